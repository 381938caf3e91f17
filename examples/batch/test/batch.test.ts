// The batch example: its pure parts from the sources, then the built command end to end on a
// small input with bad lines, as a user's shell would run it.
import { spawnSync } from "node:child_process";
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { loadPathwayOrThrow } from "@pathwise/core";
import { afterAll, describe, expect, it } from "vitest";
import { csvRowToProfile, readCsvHeader, splitCsvLine } from "../src/csv.js";
import { recommendForLine } from "../src/recommend-record.js";

// Answers are read as loose JSON; each test asserts the shape it relies on.
// biome-ignore lint/suspicious/noExplicitAny: parsed JSON of known shape
type Json = Record<string, any>;

const here = (path: string) => fileURLToPath(new URL(path, import.meta.url));
const cli = here("../dist/cli.js");
const sample = here("../sample/");
const today = "2026-11-24";
const pathway = loadPathwayOrThrow(
  readFileSync(here("../../../pathways/pharmacy-technician.pathway.yaml")),
  { today },
);
const work = mkdtempSync(join(tmpdir(), "pathwise-batch-"));
afterAll(() => rmSync(work, { recursive: true, force: true }));

function batch(args: string[], input?: string) {
  if (!existsSync(cli)) throw new Error("examples/batch/dist/cli.js is missing: run `pnpm build`");
  const run = spawnSync(process.execPath, [cli, ...args], {
    encoding: "utf8",
    input,
    env: { PATH: process.env.PATH ?? "" },
  });
  const records = run.stdout
    .split("\n")
    .filter((l) => l !== "")
    .map((l) => JSON.parse(l) as Json);
  return { code: run.status, stdout: run.stdout, stderr: run.stderr, records };
}

describe("CSV", () => {
  it("splits quoted cells with commas and doubled quotes", () => {
    expect(splitCsvLine('a,"b, c","say ""hi""",')).toEqual({
      ok: true,
      cells: ["a", "b, c", 'say "hi"', ""],
    });
    expect(splitCsvLine('a,"open')).toEqual({
      ok: false,
      message: "Expected a closing quote for the cell at column 2.",
    });
  });

  it("reads a header and refuses unknown columns", () => {
    expect(readCsvHeader("id,role,goals")).toEqual({ ok: true, columns: ["id", "role", "goals"] });
    expect(readCsvHeader("id,rol")).toMatchObject({
      ok: false,
      message: expect.stringContaining("found `rol`"),
    });
    expect(readCsvHeader("id")).toEqual({
      ok: false,
      message: "Expected a `role` column in the CSV header.",
    });
  });

  it("turns a row into a profile", () => {
    const header = readCsvHeader(
      "id,role,setting,job_started,hours_per_week,credentials,completed,goals,budget,hours_available",
    );
    if (!header.ok) throw new Error(header.message);
    const row = csvRowToProfile(
      header.columns,
      "p-1,pharmacy-technician,hospital,2021-01-11,40,ptcb-cpht@2021-06-01@2025-06-01,set-up-cpe-monitor@2021-07-01,role:lead-technician;credential:ptcb-cspt,500 USD,6",
    );
    expect(row).toEqual({
      ok: true,
      id: "p-1",
      profile: {
        pathwise: 1,
        name: "p-1",
        role: "pharmacy-technician",
        setting: "hospital",
        history: [
          {
            role: "pharmacy-technician",
            setting: "hospital",
            from: "2021-01-11",
            hoursPerWeek: 40,
          },
        ],
        credentials: [{ id: "ptcb-cpht", earned: "2021-06-01", renewed: "2025-06-01" }],
        completed: [{ step: "set-up-cpe-monitor", date: "2021-07-01" }],
        goals: [{ role: "lead-technician" }, { credential: "ptcb-cspt" }],
        preferences: { budget: { amount: 500, currency: "USD" }, hoursPerWeek: 6 },
      },
    });
    expect(csvRowToProfile(header.columns, "p-2,pharmacy-technician")).toEqual({
      ok: false,
      message: "Expected 10 cells as in the header, found 2.",
    });
  });
});

describe("recommendForLine", () => {
  const options = { format: "ndjson", today } as const;

  it("answers a profile, or a record around one, on its own date", () => {
    const profile = {
      pathwise: 1,
      pathway: "pharmacy-technician",
      role: "pharmacy-technician",
      date: "2026-06-01",
    };
    const bare = recommendForLine(pathway, { line: 1, text: JSON.stringify(profile) }, options);
    expect(bare).toMatchObject({ line: 1, ok: true, date: "2026-06-01" });
    const wrapped = recommendForLine(
      pathway,
      { line: 2, text: JSON.stringify({ id: "p-9", date: "2026-07-01", profile }) },
      options,
    );
    expect(wrapped).toMatchObject({ line: 2, id: "p-9", ok: true, date: "2026-07-01" });
    expect(wrapped.ok && wrapped.steps.length).toBeGreaterThan(0);
  });

  it("names the line and the first problem of a bad one", () => {
    expect(recommendForLine(pathway, { line: 7, text: "{oops" }, options)).toMatchObject({
      line: 7,
      ok: false,
      error: "invalid-json",
      message: expect.stringMatching(/^Line 7: the line is not JSON \(/),
    });
    const unknown = recommendForLine(
      pathway,
      {
        line: 8,
        text: JSON.stringify({
          id: "p-8",
          profile: { pathwise: 1, pathway: "pharmacy-technician", role: "pharmacy-tech" },
        }),
      },
      options,
    );
    expect(unknown).toMatchObject({ line: 8, id: "p-8", ok: false, error: "invalid-profile" });
    expect(!unknown.ok && unknown.message).toBe(
      "Line 8: at role: Expected a role of pathway `pharmacy-technician`, found `pharmacy-tech`.",
    );
  });
});

describe("pathwise-batch (built)", () => {
  const good = readFileSync(join(sample, "profiles.ndjson"), "utf8");
  const goodLines = good.trim().split("\n").length;
  const input = join(work, "people.ndjson");
  writeFileSync(
    input,
    `${good}\n{"id": "broken", "profile": {"pathwise": 1, "pathway": "pharmacy-technician", "role": 42}}\nnot json at all\n`,
  );

  it("answers every good line, reports each bad one by line, goes on, and exits 1", () => {
    const run = batch([input, "--workers", "2", "--date", today]);
    expect(run.code).toBe(1);
    expect(run.records).toHaveLength(goodLines + 2);
    expect(run.records.map((r) => r.line)).toEqual(
      [...Array(goodLines).keys()].map((i) => i + 1).concat([goodLines + 2, goodLines + 3]),
    );
    expect(run.records.slice(0, goodLines).every((r) => r.ok && r.date === today)).toBe(true);
    const [broken, notJson] = run.records.slice(goodLines);
    expect(broken).toMatchObject({
      id: "broken",
      ok: false,
      error: "invalid-profile",
      diagnostics: [{ code: "wrong-type", path: ["role"] }],
    });
    expect(broken?.message).toMatch(new RegExp(`^Line ${goodLines + 2}: at role: Expected `));
    expect(notJson).toMatchObject({ ok: false, error: "invalid-json", line: goodLines + 3 });
    expect(run.stderr).toBe(
      `${goodLines + 2} profiles: ${goodLines} answered, 2 with errors (line ${goodLines + 2}, ${goodLines + 3}); ${/; ([\d.]+ s on 2 workers)/.exec(run.stderr)?.[1]}.\n`,
    );
  });

  it("gives the same records with one worker as with two", () => {
    const one = batch([input, "-w", "1", "--date", today]);
    const two = batch([input, "-w", "2", "--date", today]);
    expect(one.stdout).toBe(two.stdout);
  });

  it("keeps input order across many chunks, with several in flight on each worker", () => {
    // 40 copies of the sample: 320 lines, ten chunks of 32, more than two workers hold at once.
    const many = join(work, "many.ndjson");
    writeFileSync(many, `${good.trim()}\n`.repeat(40));
    const one = batch([many, "-w", "1", "--date", today]);
    const two = batch([many, "-w", "2", "--date", today]);
    expect(two.code).toBe(0);
    expect(two.records.map((r) => r.line)).toEqual(
      [...Array(goodLines * 40).keys()].map((i) => i + 1),
    );
    expect(two.stdout).toBe(one.stdout);
  });

  it("reads CSV from standard input and writes the records to a file", () => {
    const csv = `${readFileSync(join(sample, "profiles.csv"), "utf8")}p-004,pharmacy-technician,pharmacy-technician,community,US-TX,2026-05-04,lots,,,,,,\n`;
    const output = join(work, "out.ndjson");
    const run = batch(["-", "--format", "csv", "--output", output], csv);
    expect(run.code).toBe(1);
    expect(run.stdout).toBe("");
    const records = readFileSync(output, "utf8")
      .trim()
      .split("\n")
      .map((l) => JSON.parse(l));
    expect(records.map((r) => [r.line, r.id, r.ok])).toEqual([
      [2, "p-001", true],
      [3, "p-002", true],
      [4, "p-003", true],
      [5, "p-004", false],
    ]);
    expect(records[3]).toMatchObject({
      error: "invalid-csv",
      message: "Line 5: Expected `hours_per_week` as a number, found `lots`.",
    });
    expect(records[0].steps[0].step).toBe("earn-ptcb-cpht");
  });

  it("exits 0 when every line is answered, with no progress bar off a terminal", () => {
    const run = batch([join(sample, "profiles.csv")]);
    expect(run.code).toBe(0);
    expect(run.records).toHaveLength(3);
    expect(run.stderr).not.toContain("\u001b[");
  });

  it("shows a progress bar on standard error when it is a terminal", () => {
    // `script` (util-linux) runs the command on a pseudo-terminal, as a person's shell would.
    const output = join(work, "tty.ndjson");
    const run = spawnSync(
      "script",
      ["-qec", `"${process.execPath}" "${cli}" "${input}" --output "${output}"`, "/dev/null"],
      { encoding: "utf8", env: { PATH: process.env.PATH ?? "", TERM: "xterm" } },
    );
    expect(run.status).toBe(1);
    expect(run.stdout).toContain(`${goodLines + 2}/${goodLines + 2} profiles`);
    expect(run.stdout).toContain(`${goodLines + 2} profiles: ${goodLines} answered, 2 with errors`);
    expect(readFileSync(output, "utf8").trim().split("\n")).toHaveLength(goodLines + 2);
  });

  it("exits 2 with one line for usage and input errors", () => {
    const cases: [string[], string, RegExp][] = [
      [
        [join(work, "missing.ndjson")],
        "",
        /^pathwise-batch: Cannot read .*missing\.ndjson: ENOENT\.\n$/,
      ],
      [
        ["--workers", "0"],
        "",
        /^pathwise-batch: Expected --workers as a whole number from 1, found `0`\.\n$/,
      ],
      [["--fromat", "csv"], "", /^pathwise-batch: Unknown option `--fromat`; see --help\.\n$/],
      [
        ["--format", "xml"],
        "",
        /^pathwise-batch: Expected --format ndjson or csv, found `xml`\.\n$/,
      ],
      [
        ["--date", "tomorrow"],
        "",
        /^pathwise-batch: Expected --date as YYYY-MM-DD, a real day from 1900-01-01 to 2999-12-31, found `tomorrow`\.\n$/,
      ],
      [
        ["--format", "csv"],
        "id,name\n",
        /^pathwise-batch: Line 1: Expected CSV columns among .*; found `name`\.\n$/,
      ],
      [
        ["--pathway", join(sample, "profiles.csv")],
        "",
        /pathwise-batch: The pathway .* has errors\.\n$/,
      ],
    ];
    for (const [args, stdin, message] of cases) {
      const run = batch(args, stdin);
      expect([args, run.code]).toEqual([args, 2]);
      expect(run.stderr).toMatch(message);
      expect(run.stdout).toBe("");
    }
  });
});
