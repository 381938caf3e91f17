import { describe, expect, it } from "vitest";
import { allDiagnosticCodes, loadPathway } from "../src/index.js";
import { fixtureToday, readExpected, readFixtures, toGolden, writeExpected } from "./fixtures.js";

const fixtures = readFixtures();
const update = process.env.UPDATE_GOLDEN === "1";

/** Decodes like the loader does, so that golden `text` slices line up with ranges. */
function sourceText(bytes: Uint8Array): string {
  const text = new TextDecoder("utf-8").decode(bytes);
  return text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
}

describe("golden fixtures", () => {
  for (const fixture of fixtures) {
    it(fixture.name, () => {
      const result = loadPathway(fixture.bytes, { ...fixture.options, today: fixtureToday });
      const golden = toGolden(result.diagnostics, sourceText(fixture.bytes));
      if (update) writeExpected(fixture, golden);
      expect(golden).toEqual(readExpected(fixture));
      expect(result.ok).toBe(!golden.some((d) => d.severity === "error"));
    });
  }

  it("cover every diagnostic code", () => {
    const seen = new Set(fixtures.flatMap((f) => (readExpected(f) ?? []).map((d) => d.code)));
    expect(allDiagnosticCodes.filter((code) => !seen.has(code))).toEqual([]);
  });

  it("have a fixture named after every code", () => {
    const names = new Set(fixtures.map((f) => f.name));
    expect(allDiagnosticCodes.filter((code) => !names.has(code))).toEqual([]);
  });
});
