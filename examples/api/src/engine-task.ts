// One engine call of a route, as plain data in and out, so that it runs the same in the
// request's thread or in a worker thread (engine-worker.ts): no I/O, no clock.
import {
  explain,
  type Goal,
  type Pathway,
  PathwiseError,
  type Profile,
  planRoute,
  recommendSteps,
} from "@pathwise/core";

/** What a route asks of the engine, for a profile already validated against the pathway. */
export type EngineTask = {
  readonly pathway: string;
  readonly profile: Profile;
  readonly date: string;
} & (
  | { readonly route: "next"; readonly limit?: number }
  | { readonly route: "plan"; readonly goal: Goal }
  | { readonly route: "explain"; readonly target: string }
);

/** The engine's answer, or the message of an argument it refused (an unknown target). */
export type EngineAnswer =
  | { readonly ok: true; readonly value: unknown }
  | { readonly ok: false; readonly message: string };

/** Runs a task against the pathway it names. */
export function runEngineTask(pathway: Pathway, task: EngineTask): EngineAnswer {
  const { profile, date } = task;
  try {
    switch (task.route) {
      case "next":
        return {
          ok: true,
          value: recommendSteps(pathway, profile, {
            date,
            ...(task.limit ? { limit: task.limit } : {}),
          }),
        };
      case "plan":
        return { ok: true, value: planRoute(pathway, profile, task.goal, { date }) };
      case "explain":
        return { ok: true, value: explain(pathway, profile, task.target, { date }) };
    }
  } catch (error) {
    if (error instanceof PathwiseError && error.code === "invalid-argument") {
      return { ok: false, message: error.message };
    }
    throw error;
  }
}

/** Runs tasks somewhere: in the request's thread, or in a pool of worker threads. */
export type EngineRunner = (task: EngineTask) => Promise<EngineAnswer>;

/** A runner in the request's thread, for tests and small deployments. */
export function inProcessRunner(pathways: readonly Pathway[]): EngineRunner {
  const byId = new Map(pathways.map((p) => [p.id, p]));
  return async (task) => {
    const pathway = byId.get(task.pathway);
    if (!pathway) throw new Error(`no pathway ${task.pathway}`);
    return runEngineTask(pathway, task);
  };
}
