#!/usr/bin/env node
import { once } from "node:events";
// pathwise-batch: NDJSON or CSV profiles in, NDJSON recommendations out, on every core.
// The edge of the example: arguments, files, the clock, the progress bar and exit codes.
import { createReadStream, createWriteStream, rmSync, statSync } from "node:fs";
import { readFile, rename, rm } from "node:fs/promises";
import { availableParallelism } from "node:os";
import { fileURLToPath } from "node:url";
import { parseArgs } from "node:util";
import { dateRange, isIsoDate, loadPathway } from "@pathwise/core";
import cliProgress from "cli-progress";
import { readLines } from "./read-lines.js";
import { BatchInputError, createPool, runBatch } from "./run-batch.js";

const usage = `Usage: pathwise-batch [input] [options]

Recommends next steps for every profile in an NDJSON or CSV file (or standard input) and writes
one NDJSON record per input line, in order. A bad line gets an error record naming the line, and
the run goes on.

Arguments:
  input                 A .ndjson/.jsonl or .csv file, or - for standard input (default).

Options:
  -p, --pathway <file>  The pathway (default: the repository's pharmacy-technician pathway).
  -o, --output <file>   Write the records to a file, atomically (default: standard output).
  -f, --format <name>   ndjson or csv (default: from the file name, else ndjson).
  -w, --workers <n>     Worker threads (default: one per core, here ${availableParallelism()}).
  -n, --limit <n>       Steps to recommend per person (default 5).
      --date <date>     The evaluation date for every record, YYYY-MM-DD (default: each record's
                        own date, else today).
      --no-progress     No progress bar (it shows only when standard error is a terminal).
  -h, --help            Show this help.

Exit codes: 0 every line answered; 1 some lines got error records (all others answered);
2 usage or input error (bad option, unreadable file, invalid pathway, bad CSV header).`;

const defaultPathway = fileURLToPath(
  new URL("../../../pathways/pharmacy-technician.pathway.yaml", import.meta.url),
);

/** Stops with a one-line message on standard error: a usage or input error. */
function stop(message: string): never {
  process.stderr.write(`pathwise-batch: ${message}\n`);
  process.exit(2);
}

/** Lines with something on them: the records (and the CSV header) the run will read. */
function countRecords(bytes: Uint8Array): number {
  let count = 0;
  let blank = true;
  for (const byte of bytes) {
    if (byte === 10) {
      if (!blank) count++;
      blank = true;
    } else if (byte !== 13 && byte !== 32 && byte !== 9) {
      blank = false;
    }
  }
  return blank ? count : count + 1;
}

/** Today's local date: the only place the batch reads the clock. */
function today(): string {
  const now = new Date();
  const pad = (n: number) => String(n).padStart(2, "0");
  return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
}

function wholeNumber(value: string | undefined, name: string, fallback: number): number {
  if (value === undefined) return fallback;
  const n = Number(value);
  if (!Number.isInteger(n) || n < 1)
    stop(`Expected --${name} as a whole number from 1, found \`${value}\`.`);
  return n;
}

let parsed: ReturnType<typeof parseOptions>;
function parseOptions() {
  return parseArgs({
    allowPositionals: true,
    options: {
      pathway: { type: "string", short: "p" },
      output: { type: "string", short: "o" },
      format: { type: "string", short: "f" },
      workers: { type: "string", short: "w" },
      limit: { type: "string", short: "n" },
      date: { type: "string" },
      "no-progress": { type: "boolean" },
      help: { type: "boolean", short: "h" },
    },
  });
}
try {
  parsed = parseOptions();
} catch (error) {
  const option = /'(-[^']*)'/.exec((error as Error).message)?.[1];
  stop(
    option
      ? `Unknown option \`${option}\`; see --help.`
      : `${(error as Error).message} See --help.`,
  );
}
const { values, positionals } = parsed;
if (values.help) {
  process.stdout.write(`${usage}\n`);
  process.exit(0);
}
if (positionals.length > 1) stop(`Expected at most one input file, found ${positionals.length}.`);
const input = positionals[0] ?? "-";
const format = values.format ?? (/\.csv$/i.test(input) ? "csv" : "ndjson");
if (format !== "ndjson" && format !== "csv")
  stop(`Expected --format ndjson or csv, found \`${format}\`.`);
if (values.date !== undefined && !isIsoDate(values.date))
  stop(
    `Expected --date as YYYY-MM-DD, a real day from ${dateRange.min} to ${dateRange.max}, found \`${values.date}\`.`,
  );
const workers = wholeNumber(values.workers, "workers", availableParallelism());
const limit = wholeNumber(values.limit, "limit", 5);
const date = today();

const pathwayFile = values.pathway ?? defaultPathway;
let pathwayText: string;
try {
  pathwayText = await readFile(pathwayFile, "utf8");
} catch (error) {
  stop(
    `Cannot read the pathway ${pathwayFile}: ${(error as NodeJS.ErrnoException).code ?? error}.`,
  );
}
const pathway = loadPathway(pathwayText, { today: date });
if (!pathway.ok) {
  for (const d of pathway.diagnostics.filter((d) => d.severity === "error")) {
    process.stderr.write(
      `${pathwayFile}:${d.range?.start.line ?? 0}:${d.range?.start.column ?? 0} ${d.message} (${d.code})\n`,
    );
  }
  stop(`The pathway ${pathwayFile} has errors.`);
}

if (input !== "-") {
  try {
    if (!statSync(input).isFile()) stop(`Expected a file, found the folder ${input}.`);
  } catch (error) {
    stop(`Cannot read ${input}: ${(error as NodeJS.ErrnoException).code ?? error}.`);
  }
}

// The output goes to a temporary file beside the target, renamed over it at the end: a reader
// never sees half a file, and a failed run leaves the old file alone.
const temporary = values.output ? `${values.output}.${process.pid}.tmp` : undefined;
const out = temporary ? createWriteStream(temporary) : process.stdout;
if (temporary) {
  // Interrupted (Ctrl-C, a job runner's SIGTERM): remove the half-written file, keep the old one.
  for (const signal of ["SIGINT", "SIGTERM"] as const) {
    process.once(signal, () => {
      rmSync(temporary, { force: true });
      process.exit(signal === "SIGINT" ? 130 : 143);
    });
  }
  try {
    await once(out, "open");
  } catch (error) {
    stop(`Cannot write ${values.output}: ${(error as NodeJS.ErrnoException).code ?? error}.`);
  }
}
const write = (text: string) =>
  out.write(text) ? undefined : once(out, "drain").then(() => undefined);

// A progress bar only for people: on a terminal, and with a known total (a file's line count).
let bar: cliProgress.SingleBar | undefined;
if (input !== "-" && process.stderr.isTTY && !values["no-progress"]) {
  const total = countRecords(await readFile(input)) - (format === "csv" ? 1 : 0);
  bar = new cliProgress.SingleBar(
    {
      stream: process.stderr,
      format: "{bar} {value}/{total} profiles | {eta_formatted} left",
      hideCursor: true,
    },
    cliProgress.Presets.shades_classic,
  );
  bar.start(Math.max(1, total), 0);
}

const pool = createPool(pathway.value, workers);
const started = performance.now();
const source = input === "-" ? process.stdin : createReadStream(input);
source.on("error", (error: NodeJS.ErrnoException) => {
  // Leaving the line loop early (a bad CSV header) aborts the stream: not a read error.
  if (error.code === "ABORT_ERR") return;
  stop(`Cannot read ${input}: ${error.code ?? error}.`);
});
try {
  const summary = await runBatch({
    pool,
    lines: readLines(source),
    format,
    options: { today: date, limit, ...(values.date ? { date: values.date } : {}) },
    write,
    onProgress: (n) => bar?.update(n),
  });
  bar?.stop();
  if (temporary && values.output) {
    out.end();
    await once(out, "finish");
    await rename(temporary, values.output);
  }
  const seconds = (performance.now() - started) / 1000;
  const failed = summary.failedLines;
  const lines = failed.slice(0, 10).join(", ") + (failed.length > 10 ? ", …" : "");
  process.stderr.write(
    `${summary.records} profiles: ${summary.records - failed.length} answered, ${failed.length} with errors${failed.length ? ` (line ${lines})` : ""}; ${seconds.toFixed(1)} s on ${workers} worker${workers === 1 ? "" : "s"}.\n`,
  );
  await pool.destroy();
  process.exitCode = failed.length > 0 ? 1 : 0;
} catch (error) {
  bar?.stop();
  if (temporary) await rm(temporary, { force: true });
  await pool.destroy();
  if (error instanceof BatchInputError) stop(error.message);
  throw error;
}
