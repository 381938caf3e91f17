import type { Condition } from "../model/condition.js";
import type { Pathway } from "../model/pathway.js";
import type { Profile } from "../model/profile.js";
import { type ConditionTrace, evaluate, holds } from "./evaluate.js";
import type { EngineOptions } from "./options.js";
import { openScope } from "./session.js";

/**
 * Evaluates any condition for a person on a date and returns the trace: what holds, what does
 * not, and the smallest set of missing facts. Credentials count only while active; experience
 * comes from the work history, overlaps counted once, as full-time equivalents for years and
 * months. To evaluate many conditions for one person, {@link createEvaluator} does the
 * per-person work once.
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
  return evaluate(condition, openScope(pathway, profile, options));
}

/**
 * Evaluates conditions for one person on one date; see {@link createEvaluator}.
 *
 * @example
 * const person: Evaluator = createEvaluator(pathway, profile, { date: "2026-11-24" });
 * const ready = person.holds({ credential: "ptcb-cpht" });
 */
export interface Evaluator {
  /** Whether the condition holds; the same verdict as `trace(condition).holds`, without the trace. */
  holds(condition: Condition): boolean;
  /** The full trace, as {@link evaluateCondition} gives it. */
  trace(condition: Condition): ConditionTrace;
}

/**
 * Prepares a person's facts once (credential status, experience, roles) to evaluate many
 * conditions against them: for batch eligibility checks, rule lists and filters.
 *
 * @example
 * const person = createEvaluator(pathway, profile, { date: "2026-11-24" });
 * const eligible = Object.entries(pathway.credentials).filter(([, c]) => !c.requires || person.holds(c.requires));
 */
export function createEvaluator(
  pathway: Pathway,
  profile: Profile,
  options: EngineOptions,
): Evaluator {
  const scope = openScope(pathway, profile, options);
  return {
    holds: (condition) => holds(condition, scope),
    trace: (condition) => evaluate(condition, scope),
  };
}
