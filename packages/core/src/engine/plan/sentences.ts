import { count } from "../../internal/count.js";
import { type PlanContext, titleOf } from "./context.js";
import type { Job } from "./timeline.js";

/** What the last entity of a chain is, for `because` (steps quoted, as everywhere in plans). @internal */
export function describeChain(ctx: PlanContext, chain: readonly string[]): string {
  const last = chain[chain.length - 1] ?? "";
  const [kind, id = ""] = last.split(":") as ["role" | "setting" | "credential" | "step", string];
  const title = titleOf(ctx, `${kind}s`, id);
  return kind === "step" ? `“${title}”` : title;
}

/**
 * What every route assumes about the person's work: that they keep their current job (or, with
 * none, that no experience accrues until the plan takes one up). @internal
 */
export function workAssumption(ctx: PlanContext, job: Job | undefined, recorded: boolean): string {
  if (!job) {
    return "The profile names no current role, so no experience is assumed to accrue until the plan takes one up.";
  }
  const where = job.setting ? ` in ${titleOf(ctx, "settings", job.setting)}` : "";
  const assumed = recorded ? "" : " (the profile gives no current job, so this is assumed)";
  return `You keep working as ${titleOf(ctx, "roles", job.role)}${where} at ${count(job.hoursPerWeek, "hour")} a week${assumed}, and take up each role in the plan as soon as you qualify.`;
}

/** The plan's one-sentence summary. @internal */
export function planMessage(
  name: string,
  date: string,
  finish: string,
  items: number,
  steps: number,
  waits: boolean,
): string {
  if (items === 0) return `You have already reached ${name}.`;
  if (steps === 0 && finish === date) return `You meet the requirements for ${name} now.`;
  if (steps === 0) {
    return `${name} can be reached by ${finish}: no new steps, only time to gain experience.`;
  }
  const wait = waits ? ", including time to gain experience" : "";
  return `${name} can be reached by ${finish} in ${count(steps, "step")}${wait}.`;
}
