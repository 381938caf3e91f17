// Issue 14 at the CLI surface: the built binary, spawned as a user runs it, on inputs that once
// made it exit 2 with "internal error".
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { pathwise, root } from "./pathwise.js";

const dir = mkdtempSync(join(tmpdir(), "pathwise-hostile-"));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
const flagship = join(root, "pathways/pharmacy-technician.pathway.yaml");

const write = (name: string, text: string) => {
  const file = join(dir, name);
  writeFileSync(file, text);
  return file;
};

const json = (args: string[]) => {
  const r = pathwise(args);
  expect(r.stderr).not.toMatch(/internal error| {4}at /);
  return { ...r, report: r.stdout ? JSON.parse(r.stdout) : undefined };
};

describe("pathwise validate on hostile input", () => {
  it("checks 500 overlapping jobs with one warning per job (finding 1)", () => {
    const jobs = "  - { role: pharmacy-technician, from: 2020-01-01 }\n".repeat(500);
    const profile = write(
      "jobs.profile.yaml",
      `pathwise: 1\npathway: pharmacy-technician\nhistory:\n${jobs}`,
    );
    const r = json(["validate", flagship, profile, "--format", "json", "--today", "2026-11-24"]);
    expect(r.code).toBe(0);
    const file = r.report.files.find((f: { file: string }) => f.file.endsWith("jobs.profile.yaml"));
    expect(file.diagnostics).toHaveLength(499);
  });

  it("lists at most --max-diagnostics per file, then one summary (finding 1)", () => {
    const jobs = "  - { role: pharmacy-technician, from: 2020-01-01 }\n".repeat(40);
    const profile = write(
      "capped.profile.yaml",
      `pathwise: 1\npathway: pharmacy-technician\nhistory:\n${jobs}`,
    );
    const r = json([
      "validate",
      flagship,
      profile,
      "--format",
      "json",
      "--max-diagnostics",
      "10",
      "--fail-on",
      "warning",
    ]);
    expect(r.code).toBe(1);
    const file = r.report.files.find((f: { file: string }) =>
      f.file.endsWith("capped.profile.yaml"),
    );
    expect(file.diagnostics.map((d: { code: string }) => d.code).at(-1)).toBe(
      "too-many-diagnostics",
    );
    expect(file.diagnostics).toHaveLength(11);
  });

  it("reports a null one level past the depth limit as too deep (finding 4)", () => {
    const file = write("deep.pathway.yaml", `x: ${"{a: ".repeat(63)}{b}${"}".repeat(63)}\n`);
    const r = json(["validate", file, "--format", "json"]);
    expect(r.code).toBe(1);
    expect(r.report.files[0].diagnostics.map((d: { code: string }) => d.code)).toEqual([
      "too-deep",
    ]);
  });

  it("reports a far-future date in a profile as a positioned error (finding 6)", () => {
    const profile = write(
      "future.profile.yaml",
      "pathwise: 1\npathway: pharmacy-technician\ncompleted: [{ step: join-aapt, date: 9999-12-31 }]\n",
    );
    const r = json(["validate", flagship, profile, "--format", "json"]);
    expect(r.code).toBe(1);
    const file = r.report.files.find((f: { file: string }) =>
      f.file.endsWith("future.profile.yaml"),
    );
    expect(file.diagnostics[0]).toMatchObject({
      code: "invalid-value",
      range: { start: { line: 3, column: 38 } },
    });
  });
});

describe("engine commands on far-future dates (finding 6)", () => {
  const profile = join(root, "pathways/profiles/lead-technician.profile.yaml");
  for (const command of [
    ["next"],
    ["plan", "--goal", "role:supervisor"],
    ["explain", "supervisor"],
  ]) {
    it(`${command[0]} --date 9999-12-31 is a usage error`, () => {
      const r = pathwise([
        ...command,
        "--pathway",
        flagship,
        "--profile",
        profile,
        "--date",
        "9999-12-31",
      ]);
      expect(r.code).toBe(2);
      expect(r.stderr).toContain("expects a date from 1900-01-01 to 2999-12-31");
      expect(r.stderr).not.toMatch(/internal error|RangeError/);
    });
  }

  it("answers on the last date of the range", () => {
    const r = pathwise([
      "next",
      "--pathway",
      flagship,
      "--profile",
      profile,
      "--date",
      "2999-12-31",
    ]);
    expect(r.stderr).not.toMatch(/internal error|RangeError/);
    expect(r.code).toBe(0);
  });
});
