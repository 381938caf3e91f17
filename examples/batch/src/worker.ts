// A pool worker: receives the validated pathway once (as workerData, a structured clone, so no
// worker parses YAML), then answers chunks of lines. Chunks, not single lines, keep the cost of
// messages between threads small next to the engine's work.
import { workerData } from "node:worker_threads";
import type { Pathway } from "@pathwise/core";
import { type InputLine, type RecordOptions, recommendForLine } from "./recommend-record.js";

/** What the pool sends: a chunk of lines and how to answer them. */
export interface ChunkTask {
  readonly lines: readonly InputLine[];
  readonly options: RecordOptions;
}

/** What a worker sends back: the NDJSON text for the chunk, and how many lines failed. */
export interface ChunkResult {
  readonly ndjson: string;
  readonly records: number;
  readonly failedLines: readonly number[];
}

const { pathway } = workerData as { pathway: Pathway };

/** Answers one chunk, in input order. */
export default function answerChunk(task: ChunkTask): ChunkResult {
  let ndjson = "";
  const failedLines: number[] = [];
  for (const input of task.lines) {
    const record = recommendForLine(pathway, input, task.options);
    if (!record.ok) failedLines.push(record.line);
    ndjson += `${JSON.stringify(record)}\n`;
  }
  return { ndjson, records: task.lines.length, failedLines };
}
