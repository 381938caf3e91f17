import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { isMap } from "yaml";
import { analyzeProfile, loadPathwayOrThrow, loadProfile } from "../src/index.js";
import { fixtureToday, profileFixturePathway, readProfileFixtures } from "./fixtures.js";

const pathway = loadPathwayOrThrow(readFileSync(profileFixturePathway), { today: fixtureToday });

describe("analyzeProfile", () => {
  it("gives exactly loadProfile's verdict on every profile fixture", () => {
    for (const fixture of readProfileFixtures()) {
      const options = { pathway, today: fixtureToday };
      expect(analyzeProfile(fixture.bytes, options).result, fixture.name).toEqual(
        loadProfile(fixture.bytes, options),
      );
    }
  });

  it("keeps the syntax tree and the raw data of an invalid profile", () => {
    const text = "pathwise: 1\npathway: demo\nrole: 42\ngoals:\n  - role:\n";
    const analysis = analyzeProfile(text, { pathway });
    expect(analysis.result.ok).toBe(false);
    expect(isMap(analysis.root)).toBe(true);
    expect(analysis.data).toEqual({
      pathwise: 1,
      pathway: "demo",
      role: 42,
      goals: [{ role: null }],
    });
    expect(analysis.text).toBe(text);
    expect(analysis.position(text.indexOf("42"))).toMatchObject({ line: 3, column: 7 });
  });

  it("has no tree for text that is not a profile at all", () => {
    const analysis = analyzeProfile(new Uint8Array([0xff, 0xfe, 0x00, 0x01]));
    expect(analysis.result.diagnostics.map((d) => d.code)).toEqual(["invalid-encoding"]);
    expect(analysis.root).toBeUndefined();
    expect(analysis.data).toBeUndefined();
  });
});
