// End to end: `pathwise migrate` on saved profiles whose ids the pathway has renamed.
import {
  copyFileSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  writeFileSync,
} from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { pathwise, root } from "./pathwise.js";

// The demo pathway renames roles `helper` and `aide` (via `helper`) to `assistant`, and the
// credential `basic-certificate` to `basic-cert`.
const demo = join(root, "packages/core/test/profile-fixtures/demo.pathway.yaml");

const oldYaml = `# Saved in 2024, before the renames.
pathwise: 1
pathway: demo
role: helper    # the job today
history:
  - { role: aide, setting: clinic, from: 2024-01-08 }   # aide → helper → assistant
  - role: "helper"
    from: 2025-01-06
credentials:
  - id: 'basic-certificate'
    earned: 2025-06-01
goals: [{ role: senior }]
`;

const migratedYaml = `# Saved in 2024, before the renames.
pathwise: 1
pathway: demo
role: assistant    # the job today
history:
  - { role: assistant, setting: clinic, from: 2024-01-08 }   # aide → helper → assistant
  - role: "assistant"
    from: 2025-01-06
credentials:
  - id: 'basic-cert'
    earned: 2025-06-01
goals: [{ role: senior }]
`;

const oldJson = `{
  "pathwise": 1,
  "pathway": "demo",
  "role": "helper",
  "credentials": [{ "id": "basic-certificate", "earned": "2025-06-01" }],
  "goals": [{ "role": "senior" }]
}
`;

const current = `pathwise: 1
pathway: demo
role: assistant
`;

let work: string;
const at = (...parts: string[]) => join(work, ...parts);
const read = (...parts: string[]) => readFileSync(at(...parts), "utf8");
const migrate = (...args: string[]) =>
  pathwise(["migrate", "-p", "demo.pathway.yaml", ...args], { cwd: work });

beforeEach(() => {
  work = mkdtempSync(join(tmpdir(), "pathwise-migrate-"));
  copyFileSync(demo, at("demo.pathway.yaml"));
  mkdirSync(at("profiles"));
  writeFileSync(at("profiles", "old.profile.yaml"), oldYaml);
  writeFileSync(at("profiles", "app.profile.json"), oldJson);
  writeFileSync(at("profiles", "current.profile.yaml"), current);
});
afterEach(() => rmSync(work, { recursive: true, force: true }));

describe("pathwise migrate", () => {
  it("without --write reports what would change, exit 1, and changes nothing", () => {
    const r = migrate("profiles");
    expect(r.code).toBe(1);
    expect(r.stderr).toBe("");
    expect(r.stdout).toBe(
      [
        "profiles/app.profile.json",
        "  4:11  helper → assistant  (role)",
        "  5:27  basic-certificate → basic-cert  (credentials[0].id)",
        "",
        "profiles/old.profile.yaml",
        "  4:7   helper → assistant  (role)",
        "  6:13  aide → assistant  (history[0].role)",
        "  7:11  helper → assistant  (history[1].role)",
        "  10:9  basic-certificate → basic-cert  (credentials[0].id)",
        "",
        "2 of 3 profiles would change (6 ids); run with --write to rewrite them.",
        "",
      ].join("\n"),
    );
    expect(read("profiles", "old.profile.yaml")).toBe(oldYaml);
    expect(read("profiles", "app.profile.json")).toBe(oldJson);
  });

  it("with --write rewrites only the ids, keeping comments, quotes and layout", () => {
    const r = migrate("profiles", "--write");
    expect(r.stderr).toBe("");
    expect(r.code).toBe(0);
    expect(r.stdout).toContain("profiles/old.profile.yaml (rewritten)\n");
    expect(r.stdout).toMatch(/Rewrote 2 of 3 profiles \(6 ids\)\.\n$/);
    expect(read("profiles", "old.profile.yaml")).toBe(migratedYaml);
    expect(read("profiles", "app.profile.json")).toBe(
      oldJson.replace('"helper"', '"assistant"').replace('"basic-certificate"', '"basic-cert"'),
    );
    expect(read("profiles", "current.profile.yaml")).toBe(current);
    // Written through a temporary file that is gone afterwards.
    expect(readdirSync(at("profiles")).sort()).toEqual([
      "app.profile.json",
      "current.profile.yaml",
      "old.profile.yaml",
    ]);
    // The rewritten profiles validate with no warning left.
    const check = pathwise(["validate", "--today", "2026-11-24", "."], { cwd: work });
    expect(check.stdout).not.toContain("renamed-id");
  });

  it("is idempotent: a second run finds nothing, exit 0, in both modes", () => {
    expect(migrate("profiles", "--write").code).toBe(0);
    const after = read("profiles", "old.profile.yaml");
    for (const args of [["profiles"], ["profiles", "--write"]]) {
      const r = migrate(...args);
      expect(r).toEqual({
        code: 0,
        stdout: "✔ 3 profiles checked; every id is current.\n",
        stderr: "",
      });
    }
    expect(read("profiles", "old.profile.yaml")).toBe(after);
  });

  it("keeps CRLF line endings and a byte-order mark", () => {
    const crlf = `\uFEFF${oldYaml.replace(/\n/g, "\r\n")}`;
    writeFileSync(at("profiles", "old.profile.yaml"), crlf);
    expect(migrate("profiles/old.profile.yaml", "--write").code).toBe(0);
    expect(read("profiles", "old.profile.yaml")).toBe(
      `\uFEFF${migratedYaml.replace(/\n/g, "\r\n")}`,
    );
  });

  it("takes files with any name, and globs", () => {
    writeFileSync(at("saved.json"), oldJson);
    const r = migrate("saved.json", "profiles/*.yaml");
    expect(r.code).toBe(1);
    expect(r.stdout).toContain("saved.json\n  4:11  helper → assistant  (role)\n");
    expect(r.stdout).toContain("2 of 3 profiles would change (6 ids)");
  });

  it("prints a profile's errors and exits 1, still migrating its renamed ids", () => {
    writeFileSync(
      at("profiles", "old.profile.yaml"),
      oldYaml.replace("goals: [{ role: senior }]", "goals: [{ role: senoir }]"),
    );
    const r = migrate("profiles/old.profile.yaml", "--write");
    expect(r.code).toBe(1);
    expect(r.stderr).toContain("profiles/old.profile.yaml\n");
    expect(r.stderr).toContain("found `senoir`; did you mean `senior`?");
    expect(read("profiles", "old.profile.yaml")).toContain("role: assistant    # the job today");
  });

  it("leaves a profile that does not parse alone, exit 1", () => {
    writeFileSync(at("profiles", "broken.profile.yaml"), "pathwise: 1\nrole: [helper\n");
    const r = migrate("profiles/broken.profile.yaml", "--write");
    expect(r.code).toBe(1);
    expect(r.stderr).toContain("yaml-syntax");
    expect(read("profiles", "broken.profile.yaml")).toBe("pathwise: 1\nrole: [helper\n");
  });

  it("exits 1 without touching profiles when the pathway has errors", () => {
    writeFileSync(at("bad.pathway.yaml"), "pathwise: 1\nid: demo\n");
    const r = pathwise(["migrate", "-p", "bad.pathway.yaml", "profiles", "--write"], { cwd: work });
    expect(r.code).toBe(1);
    expect(r.stderr).toContain("missing-field");
    expect(read("profiles", "old.profile.yaml")).toBe(oldYaml);
  });

  it("exits 2 with one line on usage and I/O errors, never a stack trace", () => {
    const cases: [string[], string][] = [
      [["migrate", "profiles"], "pathwise: `pathwise migrate` needs `--pathway <file>`.\n"],
      [
        ["migrate", "-p", "demo.pathway.yaml"],
        "pathwise: `pathwise migrate` needs the profiles to migrate: files, folders or globs.\n",
      ],
      [
        ["migrate", "-p", "missing.yaml", "profiles"],
        "pathwise: Cannot read `missing.yaml`: does not exist.\n",
      ],
      [["migrate", "-p", "demo.pathway.yaml", "nowhere"], "pathwise: `nowhere` does not exist.\n"],
      [
        ["migrate", "-p", "demo.pathway.yaml", "*.nothing"],
        "pathwise: No files match `*.nothing`.\n",
      ],
      [
        ["migrate", "-p", "demo.pathway.yaml", "profiles", "--wirte"],
        "pathwise: Unknown option `--wirte` for `pathwise migrate`; did you mean `--write`?\n",
      ],
    ];
    mkdirSync(at("empty"));
    cases.push([
      ["migrate", "-p", "demo.pathway.yaml", "empty"],
      "pathwise: No profile files (*.profile.yaml, *.profile.json) in `empty`.\n",
    ]);
    for (const [args, first] of cases) {
      const r = pathwise(args, { cwd: work });
      expect(r.code, args.join(" ")).toBe(2);
      expect(r.stdout, args.join(" ")).toBe("");
      expect(r.stderr.split("\n")[0], args.join(" ")).toBe(first.trimEnd());
      expect(r.stderr, args.join(" ")).not.toMatch(/\n\s+at /);
    }
    expect(read("profiles", "old.profile.yaml")).toBe(oldYaml);
  });
});
