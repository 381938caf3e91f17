// A worker thread of the engine pool: gets the validated pathways once (workerData, a
// structured clone), then answers tasks.
import { workerData } from "node:worker_threads";
import type { Pathway } from "@pathwise/core";
import { type EngineAnswer, type EngineTask, runEngineTask } from "./engine-task.js";

const pathways = new Map((workerData as { pathways: Pathway[] }).pathways.map((p) => [p.id, p]));

/** Answers one task. */
export default function answer(task: EngineTask): EngineAnswer {
  const pathway = pathways.get(task.pathway);
  if (!pathway) throw new Error(`no pathway ${task.pathway}`);
  return runEngineTask(pathway, task);
}
