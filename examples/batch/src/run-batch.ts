// Streams lines through a worker pool and writes the answers in input order, with a bounded
// number of chunks in flight so that memory stays flat however large the input is.
import { availableParallelism } from "node:os";
import type { Pathway } from "@pathwise/core";
import { Piscina } from "piscina";
import { type CsvColumn, readCsvHeader } from "./csv.js";
import type { InputLine, RecordOptions } from "./recommend-record.js";
import type { ChunkResult, ChunkTask } from "./worker.js";

/** A pool of worker threads, each holding the pathway. */
export type BatchPool = Piscina<ChunkTask, ChunkResult>;

/** Starts `workers` threads (default: one per core) that answer lines for `pathway`. */
export function createPool(pathway: Pathway, workers = availableParallelism()): BatchPool {
  if (!Number.isInteger(workers) || workers < 1) {
    throw new RangeError(`Expected a whole number of workers from 1, found ${workers}.`);
  }
  return new Piscina<ChunkTask, ChunkResult>({
    filename: new URL("./worker.js", import.meta.url).href,
    workerData: { pathway },
    minThreads: workers,
    maxThreads: workers,
    // Each worker runs one chunk at a time and holds the next in its own queue, so that it
    // starts on it at once instead of waiting for the main thread to hand it over. More chunks
    // wait in the pool.
    concurrentTasksPerWorker: 2,
    idleTimeout: Number.POSITIVE_INFINITY,
  });
}

/** What {@link runBatch} reads, writes and reports. */
export interface BatchRun {
  readonly pool: BatchPool;
  /** The input, line by line, without line ends. */
  readonly lines: AsyncIterable<string>;
  readonly format: "ndjson" | "csv";
  readonly options: Omit<RecordOptions, "format" | "columns">;
  /** Receives the NDJSON output in input order; may return a promise for backpressure. */
  readonly write: (ndjson: string) => void | Promise<void>;
  /** Called with the number of records answered so far. */
  readonly onProgress?: (records: number) => void;
  /** Lines per task. Default: 32. */
  readonly chunkSize?: number;
}

/** The outcome of a run. */
export interface BatchSummary {
  readonly records: number;
  readonly failedLines: readonly number[];
}

/** A problem with the input as a whole (not one line), such as a bad CSV header. */
export class BatchInputError extends Error {
  override readonly name = "BatchInputError";
}

/**
 * Answers every non-blank line (after the header, for CSV) through the pool and writes one
 * NDJSON record per line, in order. A bad line gives an error record and the run goes on.
 */
export async function runBatch(run: BatchRun): Promise<BatchSummary> {
  const chunkSize = run.chunkSize ?? 32;
  const maxInFlight = Math.max(2, run.pool.options.maxThreads * 4);
  const inFlight: Promise<ChunkResult>[] = [];
  const failedLines: number[] = [];
  let records = 0;
  let columns: readonly CsvColumn[] | undefined;
  let chunk: InputLine[] = [];
  let lineNumber = 0;

  const drainOne = async () => {
    const result = await (inFlight.shift() as Promise<ChunkResult>);
    await run.write(result.ndjson);
    records += result.records;
    for (const line of result.failedLines) failedLines.push(line);
    run.onProgress?.(records);
  };
  const submit = async () => {
    if (chunk.length === 0) return;
    const options: RecordOptions = {
      ...run.options,
      format: run.format,
      ...(columns ? { columns } : {}),
    };
    inFlight.push(run.pool.run({ lines: chunk, options }));
    chunk = [];
    if (inFlight.length >= maxInFlight) await drainOne();
  };

  for await (const text of run.lines) {
    lineNumber++;
    if (text.trim() === "") continue;
    if (run.format === "csv" && !columns) {
      const header = readCsvHeader(text.replace(/^\uFEFF/, ""));
      if (!header.ok) throw new BatchInputError(`Line ${lineNumber}: ${header.message}`);
      columns = header.columns;
      continue;
    }
    chunk.push({ line: lineNumber, text });
    if (chunk.length >= chunkSize) await submit();
  }
  await submit();
  while (inFlight.length > 0) await drainOne();
  if (run.format === "csv" && !columns)
    throw new BatchInputError("Expected a CSV header line, found an empty input.");
  return { records, failedLines };
}
