// Shared golden fixtures: each folder of fixtures/ holds input.yaml, optional options.json, and
// expected.json with the diagnostics every surface (library, CLI, language server) must report.
import { existsSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import type { Diagnostic } from "../src/index.js";

export const fixturesDir = fileURLToPath(new URL("./fixtures/", import.meta.url));

/** The evaluation date every fixture is checked on. */
export const fixtureToday = "2026-11-24";

export interface Fixture {
  readonly name: string;
  readonly inputPath: string;
  readonly bytes: Uint8Array;
  readonly options: Record<string, number>;
  readonly expectedPath: string;
}

/** Profile fixtures: profile.yaml checked against {@link profileFixturePathway}. */
export const profileFixturesDir = fileURLToPath(new URL("./profile-fixtures/", import.meta.url));

/** The pathway every profile fixture is checked against: the `valid` fixture with renamed ids. */
export const profileFixturePathway = join(profileFixturesDir, "demo.pathway.yaml");

export function readFixtures(): Fixture[] {
  return readFixturesIn(fixturesDir, "input.yaml");
}

export function readProfileFixtures(): Fixture[] {
  return readFixturesIn(profileFixturesDir, "profile.yaml");
}

function readFixturesIn(root: string, inputName: string): Fixture[] {
  return readdirSync(root, { withFileTypes: true })
    .filter((e) => e.isDirectory())
    .map((e) => e.name)
    .sort()
    .map((name) => {
      const dir = join(root, name);
      const optionsPath = join(dir, "options.json");
      return {
        name,
        inputPath: join(dir, inputName),
        bytes: new Uint8Array(readFileSync(join(dir, inputName))),
        options: existsSync(optionsPath) ? JSON.parse(readFileSync(optionsPath, "utf8")) : {},
        expectedPath: join(dir, "expected.json"),
      };
    });
}

/** A diagnostic as the golden files record it: ranges as `line:column-line:column`, plus the text under the range. */
export interface GoldenDiagnostic {
  code: string;
  severity: string;
  message: string;
  path: (string | number)[];
  range?: string;
  text?: string;
  suggestions?: readonly string[];
}

export function toGolden(diagnostics: readonly Diagnostic[], source: string): GoldenDiagnostic[] {
  return diagnostics.map((d) => {
    const g: GoldenDiagnostic = {
      code: d.code,
      severity: d.severity,
      message: d.message,
      path: [...d.path],
    };
    if (d.range) {
      g.range = `${d.range.start.line}:${d.range.start.column}-${d.range.end.line}:${d.range.end.column}`;
      g.text = source.slice(d.range.start.offset, d.range.end.offset);
    }
    if (d.suggestions) g.suggestions = d.suggestions;
    return g;
  });
}

export function readExpected(fixture: Fixture): GoldenDiagnostic[] | undefined {
  return existsSync(fixture.expectedPath)
    ? JSON.parse(readFileSync(fixture.expectedPath, "utf8"))
    : undefined;
}

/** Writes expected.json; used only when UPDATE_GOLDEN=1, and the result is reviewed in the diff. */
export function writeExpected(fixture: Fixture, golden: GoldenDiagnostic[]): void {
  writeFileSync(fixture.expectedPath, `${JSON.stringify(golden, null, 2)}\n`);
}
