// The engine off the event loop: a pool of worker threads, so that one heavy request (a long
// plan) never holds up the others, whose checks and 4xx answers stay on the main thread.
import { availableParallelism } from "node:os";
import type { Pathway } from "@pathwise/core";
import { Piscina } from "piscina";
import type { EngineAnswer, EngineRunner, EngineTask } from "./engine-task.js";

/** A runner backed by `threads` workers (default: one per core), and how to stop it. */
export function createEnginePool(
  pathways: readonly Pathway[],
  threads = availableParallelism(),
): { run: EngineRunner; close: () => Promise<void> } {
  const pool = new Piscina<EngineTask, EngineAnswer>({
    filename: new URL("./engine-worker.js", import.meta.url).href,
    workerData: { pathways },
    minThreads: threads,
    maxThreads: threads,
    idleTimeout: Number.POSITIVE_INFINITY,
  });
  return { run: (task) => pool.run(task), close: () => pool.destroy() };
}
