// Issue 14 at the batch surface: the built command, spawned as a user runs it. One bad line
// (a date that is no date, a profile dated 9999) costs one error record, never the run; lone
// CRs end lines; a byte-order mark does not spoil the first line; an interrupted run leaves no
// temporary file.
import { spawn, spawnSync } from "node:child_process";
import { once } from "node:events";
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { afterAll, describe, expect, it } from "vitest";

const cli = fileURLToPath(new URL("../dist/cli.js", import.meta.url));
const sample = readFileSync(new URL("../sample/profiles.ndjson", import.meta.url), "utf8")
  .split("\n")
  .filter((l) => l !== "");
const work = mkdtempSync(join(tmpdir(), "pathwise-batch-hostile-"));
afterAll(() => rmSync(work, { recursive: true, force: true }));

function batch(args: string[], input: string) {
  if (!existsSync(cli)) throw new Error("examples/batch/dist/cli.js is missing: run `pnpm build`");
  const run = spawnSync(process.execPath, [cli, "--workers", "1", "--no-progress", ...args], {
    encoding: "utf8",
    input,
    env: { PATH: process.env.PATH ?? "" },
  });
  const records = run.stdout
    .split("\n")
    .filter((l) => l !== "")
    .map((l) => JSON.parse(l) as { line: number; ok: boolean; error?: string; message?: string });
  return { code: run.status, stderr: run.stderr, records };
}

const good = sample[0] as string;
const envelope = JSON.parse(good) as { id: string; profile: Record<string, unknown> };

describe("the documented command (finding 2)", () => {
  it("runs exactly as the README writes it, from the repository root", () => {
    const readme = readFileSync(new URL("../README.md", import.meta.url), "utf8");
    const line = /^node (examples\/batch\/dist\/cli\.js \S+) > \S+$/m.exec(readme)?.[1];
    expect(line).toBe("examples/batch/dist/cli.js examples/batch/sample/profiles.ndjson");
    // The shell's `> file` is standard output, captured here instead of written to the tree.
    const run = spawnSync(process.execPath, (line as string).split(" "), {
      cwd: fileURLToPath(new URL("../../../", import.meta.url)),
      encoding: "utf8",
      env: { PATH: process.env.PATH ?? "" },
    });
    expect(run.status).toBe(0);
    const records = run.stdout.split("\n").filter((l) => l !== "");
    expect(records).toHaveLength(sample.length);
    expect(records.every((r) => JSON.parse(r).ok === true)).toBe(true);
  });
});

describe("batch on hostile lines (finding 7)", () => {
  it("gives an envelope date of 2026-13-45 one error record and answers the rest", () => {
    const bad = JSON.stringify({ ...envelope, date: "2026-13-45" });
    const r = batch([], [good, bad, good].join("\n"));
    expect(r.stderr).not.toMatch(/ {4}at |RangeError/);
    expect(r.code).toBe(1);
    expect(r.records.map((x) => [x.line, x.ok, x.error])).toEqual([
      [1, true, undefined],
      [2, false, "invalid-request"],
      [3, true, undefined],
    ]);
  });

  it("gives a profile dated 9999 an invalid-profile record", () => {
    const bad = JSON.stringify({
      ...envelope,
      profile: { ...envelope.profile, date: "9999-12-31" },
    });
    const r = batch([], [bad, good].join("\n"));
    expect(r.code).toBe(1);
    expect(r.records.map((x) => [x.line, x.ok, x.error])).toEqual([
      [1, false, "invalid-profile"],
      [2, true, undefined],
    ]);
  });

  it("refuses --date 9999-12-31 as a usage error", () => {
    const r = batch(["--date", "9999-12-31"], good);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain("from 1900-01-01 to 2999-12-31");
  });
});

describe("batch line ends (finding 11)", () => {
  it("reads a byte-order mark on the first line and lone CRs as line ends", () => {
    const r = batch([], `\uFEFF${good}\r${good}\r\n${good}\n`);
    expect(r.code).toBe(0);
    expect(r.records.map((x) => [x.line, x.ok])).toEqual([
      [1, true],
      [2, true],
      [3, true],
    ]);
  });
});

describe("batch interrupted (finding 10)", () => {
  it("removes its temporary output file on SIGTERM and keeps the old output", async () => {
    const output = join(work, "out.ndjson");
    writeFileSync(output, "old\n");
    const child = spawn(
      process.execPath,
      [cli, "--workers", "1", "--no-progress", "--output", output, "-"],
      { stdio: ["pipe", "ignore", "pipe"], env: { PATH: process.env.PATH ?? "" } },
    );
    // Feed a first line, wait until the temporary file exists, then interrupt.
    child.stdin.write(`${good}\n`);
    const temporary = () => readdirSync(work).filter((f) => f.endsWith(".tmp"));
    while (temporary().length === 0) await new Promise((r) => setImmediate(r));
    child.kill("SIGTERM");
    const [code, signal] = await once(child, "exit");
    expect(code ?? signal).toBe(143);
    expect(temporary()).toEqual([]);
    expect(readFileSync(output, "utf8")).toBe("old\n");
  });
});
