import { maxPlanAlternatives } from "../../load/limits.js";
import type { Condition } from "../../model/condition.js";
import { type CodedMessage, coded } from "../messages/coded.js";
import type { Chain } from "./chain.js";
import type { PlanContext } from "./context.js";
import type { Outcome, SearchBlocker } from "./outcome.js";
import { attempt } from "./satisfy.js";
import { adoptState, type RouteState } from "./state.js";
import type { PlanPurpose } from "./types.js";

/**
 * `any` or `atLeast` once the search has tried `maxPlanAlternatives` alternatives: the options in
 * written order, keeping the first that work, instead of comparing every route (which grows
 * exponentially with nested alternatives). The plan says so in its assumptions (see
 * `searchNote`). @internal
 */
export function firstThatWorks(
  ctx: PlanContext,
  condition:
    | { readonly any: readonly Condition[] }
    | { readonly atLeast: number; readonly of: readonly Condition[] },
  state: RouteState,
  chain: Chain,
  because: PlanPurpose,
): Outcome {
  const [options, needed] =
    "any" in condition ? [condition.any, 1] : [condition.of, condition.atLeast];
  const blocked: SearchBlocker[] = [];
  let met = 0;
  let day = ctx.today;
  for (const option of options) {
    const tried = attempt(ctx, option, state, chain, because);
    if ("blocked" in tried.outcome) {
      for (const b of tried.outcome.blocked) blocked.push(b);
      continue;
    }
    adoptState(state, tried.state);
    day = Math.max(day, tried.outcome.day);
    if (++met === needed) return { day };
  }
  return { blocked };
}

/**
 * What a plan says when its search stopped comparing alternatives somewhere: any choice, even one
 * on a route it did not take, may then not be the earliest. @internal
 */
export function searchNote(ctx: PlanContext): CodedMessage<string> | undefined {
  return ctx.search.tried > maxPlanAlternatives
    ? coded("assume-search-capped", { max: maxPlanAlternatives })
    : undefined;
}
