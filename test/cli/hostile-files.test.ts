// Issue 14, finding 8 and 10, at the CLI surface: the built binary never destroys its own
// input, keeps what a rewritten file is (mode, symlink, hard links, read-only), stays inside
// the folders it is given, and leaves no temporary file behind.
import {
  chmodSync,
  linkSync,
  lstatSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  statSync,
  symlinkSync,
  writeFileSync,
} from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import {
  removePendingTemporaryFiles,
  writeFileAtomic,
} from "../../packages/cli/src/internal/write-file-atomic.js";
import { pathwise, root } from "./pathwise.js";

const demo = join(root, "packages/core/test/profile-fixtures/demo.pathway.yaml");
const old = "pathwise: 1\npathway: demo\nrole: helper\n";
const migrated = "pathwise: 1\npathway: demo\nrole: assistant\n";

let dir: string;
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), "pathwise-files-"));
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

const temporaries = (folder: string) => readdirSync(folder).filter((f) => f.endsWith(".tmp"));
const migrate = (...paths: string[]) =>
  pathwise(["migrate", "--pathway", demo, ...paths, "--write"], { cwd: dir });

describe("validate never writes over its input", () => {
  it("refuses --format json=X when X is being validated", () => {
    const file = join(dir, "a.pathway.yaml");
    writeFileSync(file, readFileSync(demo));
    const r = pathwise(["validate", file, "--format", `json=${file}`], { cwd: dir });
    expect(r.code).toBe(2);
    expect(r.stderr).toContain("it is one of the files being validated");
    expect(readFileSync(file, "utf8")).toBe(readFileSync(demo, "utf8"));
  });

  it("refuses it through a symlink, and for a file found in a folder", () => {
    mkdirSync(join(dir, "pathways"));
    const file = join(dir, "pathways/a.pathway.yaml");
    writeFileSync(file, readFileSync(demo));
    symlinkSync(file, join(dir, "link.json"));
    const r = pathwise(["validate", "pathways", "--format", "json=link.json"], { cwd: dir });
    expect(r.code).toBe(2);
    expect(readFileSync(file, "utf8")).toBe(readFileSync(demo, "utf8"));
  });
});

describe("migrate --write keeps what a file is", () => {
  it("keeps a 0600 mode", () => {
    const file = join(dir, "p.profile.yaml");
    writeFileSync(file, old, { mode: 0o600 });
    chmodSync(file, 0o600);
    expect(migrate(file).code).toBe(0);
    expect(readFileSync(file, "utf8")).toBe(migrated);
    expect(statSync(file).mode & 0o777).toBe(0o600);
  });

  it("leaves a read-only file alone and says so", () => {
    const file = join(dir, "p.profile.yaml");
    writeFileSync(file, old);
    chmodSync(file, 0o444);
    const r = migrate(file);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain("the file is read-only");
    expect(readFileSync(file, "utf8")).toBe(old);
    expect(temporaries(dir)).toEqual([]);
  });

  it("writes a symlink's target and keeps the link", () => {
    mkdirSync(join(dir, "store"));
    const target = join(dir, "store/p.profile.yaml");
    writeFileSync(target, old);
    const link = join(dir, "link.profile.yaml");
    symlinkSync(target, link);
    expect(migrate(link).code).toBe(0);
    expect(lstatSync(link).isSymbolicLink()).toBe(true);
    expect(readFileSync(target, "utf8")).toBe(migrated);
  });

  it("keeps hard links together", () => {
    const file = join(dir, "p.profile.yaml");
    const other = join(dir, "other-name.yaml");
    writeFileSync(file, old);
    linkSync(file, other);
    expect(migrate(file).code).toBe(0);
    expect(readFileSync(other, "utf8")).toBe(migrated);
    expect(statSync(file).nlink).toBe(2);
    expect(temporaries(dir)).toEqual([]);
  });

  it("does not follow `parent -> ..` out of the named folder", () => {
    mkdirSync(join(dir, "named"));
    const outside = join(dir, "outside.profile.yaml");
    writeFileSync(outside, old);
    const inside = join(dir, "named/in.profile.yaml");
    writeFileSync(inside, old);
    symlinkSync("..", join(dir, "named/parent"));
    const r = migrate("named");
    expect(r.code).toBe(0);
    expect(readFileSync(inside, "utf8")).toBe(migrated);
    expect(readFileSync(outside, "utf8")).toBe(old);
    expect(r.stderr).toContain("reached through symbolic links that lead out of it");
  });
});

describe("interrupted writes (finding 10)", () => {
  it("removes a temporary file still being written, and the target keeps its content", async () => {
    const file = join(dir, "report.json");
    writeFileSync(file, "old");
    // 20 MB: Node writes it in many chunks, so the temporary file exists for many turns.
    const writing = writeFileAtomic(file, "x".repeat(20 * 1024 * 1024));
    while (temporaries(dir).length === 0) await new Promise((r) => setImmediate(r));
    removePendingTemporaryFiles();
    expect(temporaries(dir)).toEqual([]);
    await expect(writing).rejects.toThrow();
    expect(readFileSync(file, "utf8")).toBe("old");
    expect(temporaries(dir)).toEqual([]);
  });
});
