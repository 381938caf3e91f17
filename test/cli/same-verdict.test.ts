// The same verdict everywhere: for every golden fixture, the CLI's JSON diagnostics are the
// library's, field for field, and match the fixture's expected.json.
import { copyFileSync, mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, relative } from "node:path";
import { type Diagnostic, loadPathway, loadPathwayOrThrow, loadProfile } from "@pathwise/core";
import { afterAll, describe, expect, it } from "vitest";
import {
  fixtureToday,
  profileFixturePathway,
  readExpected,
  readFixtures,
  readProfileFixtures,
} from "../../packages/core/test/fixtures.js";
import { pathwise, root } from "./pathwise.js";

const limitFlags: Record<string, string> = {
  maxBytes: "--max-bytes",
  maxDepth: "--max-depth",
  maxAliasNodes: "--max-alias-nodes",
  maxDiagnostics: "--max-diagnostics",
};

interface JsonFile {
  file: string;
  diagnostics: Diagnostic[];
}

function validateJson(args: string[], cwd = root): JsonFile[] {
  const r = pathwise(["validate", "--format", "json", "--today", fixtureToday, ...args], { cwd });
  expect(r.stderr).toBe("");
  expect(r.code === 0 || r.code === 1).toBe(true);
  return JSON.parse(r.stdout).files;
}

const plain = (d: readonly Diagnostic[]) => JSON.parse(JSON.stringify(d));

describe("pathway fixtures", () => {
  const fixtures = readFixtures();
  const withoutOptions = fixtures.filter((f) => Object.keys(f.options).length === 0);
  // One process for every fixture that needs no load options, one each for the others.
  const files = new Map(
    validateJson(withoutOptions.map((f) => relative(root, f.inputPath))).map((f) => [f.file, f]),
  );

  for (const fixture of fixtures) {
    it(fixture.name, () => {
      const options = Object.entries(fixture.options).flatMap(([k, v]) => [
        limitFlags[k] ?? `--unknown-option-${k}`,
        String(v),
      ]);
      const file = relative(root, fixture.inputPath);
      const out = options.length === 0 ? files.get(file) : validateJson([file, ...options])[0];
      const library = loadPathway(fixture.bytes, { ...fixture.options, today: fixtureToday });
      expect(out?.file).toBe(file);
      expect(out?.diagnostics).toEqual(plain(library.diagnostics));
      expect(out?.diagnostics.map((d) => d.code)).toEqual(
        (readExpected(fixture) ?? []).map((d) => d.code),
      );
    });
  }
});

describe("profile fixtures", () => {
  // Profiles are found by name: copy each next to the pathway it is checked against.
  const dir = mkdtempSync(join(tmpdir(), "pathwise-profiles-"));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));
  copyFileSync(profileFixturePathway, join(dir, "demo.pathway.yaml"));
  const fixtures = readProfileFixtures();
  for (const f of fixtures) copyFileSync(f.inputPath, join(dir, `${f.name}.profile.yaml`));
  const files = new Map(validateJson(["."], dir).map((f) => [f.file, f]));
  const pathway = loadPathwayOrThrow(readFileSync(profileFixturePathway), { today: fixtureToday });

  for (const fixture of fixtures) {
    it(fixture.name, () => {
      const library = loadProfile(fixture.bytes, { pathway, today: fixtureToday });
      expect(files.get(`${fixture.name}.profile.yaml`)?.diagnostics).toEqual(
        plain(library.diagnostics),
      );
      expect(files.get(`${fixture.name}.profile.yaml`)?.diagnostics.map((d) => d.code)).toEqual(
        (readExpected(fixture) ?? []).map((d) => d.code),
      );
    });
  }
});
