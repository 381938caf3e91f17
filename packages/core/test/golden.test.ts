import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import {
  allDiagnosticCodes,
  loadPathway,
  loadPathwayOrThrow,
  loadProfile,
  type Result,
} from "../src/index.js";
import {
  type Fixture,
  fixtureToday,
  profileFixturePathway,
  readExpected,
  readFixtures,
  readProfileFixtures,
  toGolden,
  writeExpected,
} from "./fixtures.js";

const fixtures = readFixtures();
const profileFixtures = readProfileFixtures();
const update = process.env.UPDATE_GOLDEN === "1";

/** Decodes like the loader does, so that golden `text` slices line up with ranges. */
function sourceText(bytes: Uint8Array): string {
  const text = new TextDecoder("utf-8").decode(bytes);
  return text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
}

function expectGolden(fixture: Fixture, result: Result<unknown>): void {
  const golden = toGolden(result.diagnostics, sourceText(fixture.bytes));
  if (update) writeExpected(fixture, golden);
  expect(golden).toEqual(readExpected(fixture));
  expect(result.ok).toBe(!golden.some((d) => d.severity === "error"));
}

describe("golden fixtures", () => {
  for (const fixture of fixtures) {
    it(fixture.name, () => {
      expectGolden(
        fixture,
        loadPathway(fixture.bytes, { ...fixture.options, today: fixtureToday }),
      );
    });
  }
});

describe("golden profile fixtures", () => {
  const pathway = loadPathwayOrThrow(readFileSync(profileFixturePathway), { today: fixtureToday });
  for (const fixture of profileFixtures) {
    it(fixture.name, () => {
      expectGolden(fixture, loadProfile(fixture.bytes, { pathway, today: fixtureToday }));
    });
  }
});

describe("fixtures, all together", () => {
  const all = [...fixtures, ...profileFixtures];
  it("cover every diagnostic code", () => {
    const seen = new Set(all.flatMap((f) => (readExpected(f) ?? []).map((d) => d.code)));
    expect(allDiagnosticCodes.filter((code) => !seen.has(code))).toEqual([]);
  });

  it("have a fixture named after every code", () => {
    const names = new Set(all.map((f) => f.name));
    expect(allDiagnosticCodes.filter((code) => !names.has(code))).toEqual([]);
  });
});
