// docs/performance.md quotes what `pnpm bench` prints. Every bench runs here in quick mode
// (PATHWISE_BENCH_QUICK=1: one round, the smallest size, the same output) on the built packages,
// and every table the page quotes must have a caption and header the bench prints today (numbers
// may differ), under the command that produced it, and every line quoted beside them must still
// be printed in that form, so the page cannot drift from the benches.
// recommend-growth and recommend-flagship have no quick mode of their own: they run with the
// fewest rounds they support (PATHWISE_GROWTH_ROUNDS=1) and, for the A/B tables, with this build
// as the baseline too.
import { spawn } from "node:child_process";
import { readdirSync, readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { beforeAll, describe, expect, it } from "vitest";

const root = fileURLToPath(new URL("../../", import.meta.url));
const doc = readFileSync(`${root}docs/performance.md`, "utf8");
const benches = readdirSync(`${root}bench`)
  .filter((f) => f.endsWith(".bench.mjs"))
  .map((f) => f.replace(".bench.mjs", ""))
  .sort();
const thisBuild = `${root}packages/core/dist/index.js`;

interface Table {
  readonly caption: string;
  readonly header: string;
  readonly separator: string;
  readonly rows: readonly string[];
}

/** Tables as printed: a caption line, a blank line, then lines starting with `|`. */
function tablesIn(text: string): Table[] {
  const lines = text.split("\n");
  const tables: Table[] = [];
  for (let i = 0; i < lines.length; i++) {
    if (!lines[i]?.startsWith("|") || lines[i - 1]?.startsWith("|")) continue;
    let end = i;
    while (lines[end]?.startsWith("|")) end++;
    const caption = lines[i - 1] === "" ? (lines[i - 2] ?? "") : "";
    const [header = "", separator = "", ...rows] = lines.slice(i, end);
    tables.push({ caption, header, separator, rows });
  }
  return tables;
}

/** A pattern for a printed caption: any numbers where it has numbers, any words for a path. */
function captionPattern(caption: string): RegExp {
  const escaped = caption
    .split(/(\d[\d,.]*\d|\d|[^\s,;]*\/[^\s,;]*)/)
    .map((part, i) =>
      i % 2 === 0
        ? part.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")
        : /\//.test(part)
          ? ".+?"
          : "[\\d,.]+",
    )
    .join("");
  return new RegExp(`^${escaped}$`);
}

const cells = (row: string) => row.split("|").length;

interface Command {
  readonly bench: string;
  readonly baseline: boolean;
}

/** The page's text, cut where a `pnpm bench` command or a heading of level 2 starts. */
function regions(): { command: Command | undefined; text: string }[] {
  const out: { command: Command | undefined; text: string }[] = [];
  let command: Command | undefined;
  for (const part of doc.split(/```sh\n([\s\S]*?)```/).map((p, i) => ({ p, code: i % 2 === 1 }))) {
    if (part.code) {
      const m = /pnpm bench ([\w-]+)/.exec(part.p);
      if (m) command = { bench: m[1] as string, baseline: part.p.includes("PATHWISE_BASELINE") };
      continue;
    }
    // A heading of level 2 ends what the last command produced.
    for (const [i, section] of part.p.split(/\n## /).entries()) {
      if (i > 0) command = undefined;
      out.push({ command, text: section });
    }
  }
  return out;
}

/** The page's quoted tables, each with the `pnpm bench` command above it. */
function quotedTables(): (Command & { table: Table })[] {
  const out: (Command & { table: Table })[] = [];
  for (const { command, text } of regions()) {
    for (const table of tablesIn(text)) {
      if (!command)
        throw new Error(`a table with no \`pnpm bench\` command above: ${table.header}`);
      out.push({ ...command, table });
    }
  }
  return out;
}

/** A line's first four words, digits masked: how a quoted line is matched to a printed one. */
const opening = (line: string) => line.split(/\s+/).slice(0, 4).join(" ").replace(/\d/g, "#");

/** A line with its numbers' minus signs dropped: a quick run's figures may be negative. */
const unsigned = (line: string) => line.replace(/-(?=\d)/g, "");

/** Printed lines that are not part of a table, nor blank. */
const summaryLines = (text: string) =>
  text.split("\n").filter((l) => l.trim() !== "" && !l.startsWith("|"));

/** Runs one bench on the built output in quick mode; resolves with what it printed. */
function runBench(bench: string, baseline: boolean): Promise<string> {
  const env: Record<string, string> = {
    ...(process.env as Record<string, string>),
    PATHWISE_BENCH_QUICK: "1",
    PATHWISE_GROWTH_ROUNDS: "1",
  };
  if (baseline) env.PATHWISE_BASELINE = thisBuild;
  else delete env.PATHWISE_BASELINE;
  return new Promise((resolve, reject) => {
    const child = spawn(
      process.execPath,
      ["--expose-gc", "--max-old-space-size=4096", `${root}bench/${bench}.bench.mjs`],
      { cwd: root, env, stdio: ["ignore", "pipe", "pipe"] },
    );
    let stdout = "";
    let stderr = "";
    child.stdout.on("data", (d) => {
      stdout += d;
    });
    child.stderr.on("data", (d) => {
      stderr += d;
    });
    child.on("close", (code) =>
      code === 0 ? resolve(stdout) : reject(new Error(`${bench} exited ${code}: ${stderr}`)),
    );
  });
}

const quoted = quotedTables();
const runs = [
  ...benches.map((bench) => ({ bench, baseline: false })),
  ...[...new Set(quoted.filter((q) => q.baseline).map((q) => q.bench))].map((bench) => ({
    bench,
    baseline: true,
  })),
];
const printed = new Map<string, Table[]>();
const printedText = new Map<string, string>();
const key = (bench: string, baseline: boolean) => `${bench}${baseline ? " (A/B)" : ""}`;

describe("docs/performance.md against what the benches print", () => {
  beforeAll(async () => {
    // Two at a time: the machine has two cores.
    const queue = [...runs];
    const worker = async () => {
      for (let run = queue.shift(); run; run = queue.shift()) {
        const text = await runBench(run.bench, run.baseline);
        printed.set(key(run.bench, run.baseline), tablesIn(text));
        printedText.set(key(run.bench, run.baseline), text);
      }
    };
    await Promise.all([worker(), worker()]);
  }, 240_000);

  it("quotes every bench under its command", () => {
    for (const bench of benches) expect(doc, bench).toMatch(new RegExp(`pnpm bench ${bench}\\b`));
    expect(new Set(quoted.map((q) => q.bench))).toEqual(new Set(benches));
  });

  it("quotes each table with a caption and header the bench prints now", () => {
    for (const { bench, baseline, table } of quoted) {
      const tables = printed.get(key(bench, baseline)) ?? [];
      expect(tables.length, `${key(bench, baseline)} printed no table`).toBeGreaterThan(0);
      const same = tables.find((t) => t.header === table.header);
      expect(same?.header, `${bench}: ${table.caption}`).toBe(table.header);
      expect(table.caption, `${bench}: the caption above ${table.header}`).toMatch(
        captionPattern((same as Table).caption),
      );
      expect(table.separator).toBe((same as Table).separator);
      for (const row of table.rows)
        expect(cells(row), `${bench}: ${row}`).toBe(cells(table.header));
    }
  });

  it("quotes each line a bench prints beside its tables as the bench prints it now", () => {
    // A line of the page under a command that opens as a printed line does (same first four
    // words, any digits) must be that line with its numbers.
    let checked = 0;
    for (const { command, text } of regions()) {
      if (!command) continue;
      const lines = summaryLines(printedText.get(key(command.bench, command.baseline)) ?? "");
      for (const quoted of text.split("\n")) {
        const like = lines.filter((l) => opening(l) === opening(quoted));
        if (like.length === 0 || quoted.trim() === "") continue;
        checked++;
        expect(
          like.some((l) => captionPattern(unsigned(l)).test(unsigned(quoted))),
          `${command.bench}: ${quoted}\nprinted now: ${like.join("\n")}`,
        ).toBe(true);
      }
    }
    expect(checked).toBeGreaterThan(0);
  });

  it("quotes the batch bench's speed-up, cores and machine lines", () => {
    for (const line of [
      "Speed-up of 2 workers over 1: ",
      "Cores busy (",
      "Two threads on this machine, ",
    ])
      expect(doc).toContain(`\n${line}`);
  });

  it("keeps the recommendSteps growth summary line", () => {
    expect(doc).toMatch(/Exponent from 50 to 5000 steps: [\d.]+ \(goal ≤ 1\.1\)/);
  });
});
