import type { Condition } from "../model/condition.js";
import type { Pathway } from "../model/pathway.js";
import type { Profile } from "../model/profile.js";
import { type ConditionTrace, evaluate } from "./evaluate.js";
import type { EngineOptions } from "./options.js";
import { openSession } from "./session.js";

/**
 * Evaluates any condition for a person on a date and returns the trace: what holds, what does
 * not, and the smallest set of missing facts. Credentials count only while active; experience
 * comes from the work history, overlaps counted once, as full-time equivalents for years and
 * months.
 *
 * @example
 * const trace = evaluateCondition(pathway, profile, { credential: "ptcb-cpht" }, { date: "2026-11-24" });
 * console.log(trace.holds, trace.missing);
 */
export function evaluateCondition(
  pathway: Pathway,
  profile: Profile,
  condition: Condition,
  options: EngineOptions,
): ConditionTrace {
  return evaluate(condition, openSession(pathway, profile, options).scope);
}
