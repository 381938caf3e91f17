import { approximateDays } from "../../internal/dates.js";
import { maxPlanAlternatives } from "../../load/limits.js";
import type { Condition } from "../../model/condition.js";
import { type ConditionTrace, type EvaluationScope, evaluate, holds } from "../evaluate.js";
import { inJurisdiction } from "../facts.js";
import { type CodedMessage, defined } from "../messages/coded.js";
import type { Chain } from "./chain.js";
import type { PlanContext } from "./context.js";
import { firstThatWorks } from "./first-that-works.js";
import {
  type Attempt,
  blockedBy,
  blockersOf,
  byOutcome,
  keepBest,
  type Outcome,
  type SearchBlocker,
} from "./outcome.js";
import { reachCredential } from "./reach-credential.js";
import { reachRole } from "./reach-role.js";
import { reachSetting } from "./reach-setting.js";
import { reachStep } from "./reach-step.js";
import { routeScope } from "./route-scope.js";
import { addGuard, adoptState, cloneState, type RouteState } from "./state.js";
import type { PlanPurpose } from "./types.js";
import { waitForExperience } from "./wait-experience.js";

/**
 * Makes a condition hold on the route: schedules what it needs and says from which day it holds,
 * or why it never can. `because` says what the items it adds are for. @internal
 */
export function satisfy(
  ctx: PlanContext,
  condition: Condition,
  state: RouteState,
  chain: Chain,
  because: PlanPurpose,
): Outcome {
  if ("all" in condition) return satisfyAll(ctx, condition.all, state, chain, because);
  if (("any" in condition || "atLeast" in condition) && ctx.search.tried > maxPlanAlternatives) {
    return firstThatWorks(ctx, condition, state, chain, because);
  }
  if ("any" in condition) {
    // Each option on its own copy of the state.
    let best: Attempt | undefined;
    const blocked: Attempt[] = [];
    for (const c of condition.any)
      best = keepBest(best, attempt(ctx, c, state, chain, because), blocked);
    if (!best) return blockersOf(blocked);
    adoptState(state, best.state);
    return best.outcome;
  }
  if ("atLeast" in condition) return satisfyAtLeast(ctx, condition, state, chain, because);
  if ("not" in condition) return keepsAbsent(ctx, condition.not, state, ctx.today, chain);
  if ("credential" in condition)
    return reachCredential(ctx, condition.credential, state, chain, because);
  if ("step" in condition) return reachStep(ctx, condition.step, state, chain, because);
  if ("role" in condition) return reachRole(ctx, condition.role, state, chain);
  if ("setting" in condition) return reachSetting(ctx, condition.setting, state, chain);
  if ("jurisdiction" in condition) {
    const code = condition.jurisdiction;
    if (inJurisdiction(ctx.facts.jurisdiction, code)) return { day: ctx.today };
    const data = defined({ jurisdiction: code, where: ctx.facts.jurisdiction });
    return blockedBy("blocker-jurisdiction", data, chain);
  }
  return waitForExperience(ctx, condition.experience, state, chain, because);
}

/** Tries a requirement on a copy of the state, to compare alternatives. @internal */
export function attempt(
  ctx: PlanContext,
  condition: Condition,
  state: RouteState,
  chain: Chain,
  because: PlanPurpose,
): Attempt {
  const copy = copyToTry(ctx, state);
  return triedOn(ctx, copy, satisfy(ctx, condition, copy, chain, because), chain);
}

/** A copy of the state to try one alternative on, counted against `maxPlanAlternatives`. @internal */
export function copyToTry(ctx: PlanContext, state: RouteState): RouteState {
  ctx.search.tried++;
  return cloneState(state);
}

/**
 * The attempt an alternative made on its copy (see `copyToTry`): blocked when it makes true a
 * `not` the route met earlier (see `guarded`). @internal
 */
export function triedOn(
  ctx: PlanContext,
  copy: RouteState,
  outcome: Outcome,
  chain: Chain,
): Attempt {
  return {
    outcome: "blocked" in outcome ? outcome : guarded(ctx, copy, outcome, chain),
    state: copy,
  };
}

/**
 * The outcome, unless the route has made true a `not` it met earlier (an alternative that does
 * is blocked, so that another is chosen). @internal
 */
export function guarded(
  ctx: PlanContext,
  state: RouteState,
  outcome: Outcome,
  chain: Chain,
): Outcome {
  for (const guard of state.guards) {
    const scope = routeScope(ctx, state, guard.day);
    // The trace only for its sentence, when the guard is broken.
    if (holds(guard.inner, scope)) {
      const trace = evaluate(guard.inner, scope);
      return blockedBy("blocker-not-route", { inner: textOf(trace) }, chain);
    }
  }
  return outcome;
}

/**
 * Every part, from the latest day any part holds. Experience inside a `within` window is met
 * after the other parts (old work leaves a window, so it is met as late as the rest allows), and
 * a `not` is checked last, on that day and with what the other parts brought, so that a route
 * cannot make true what it must keep untrue.
 */
function satisfyAll(
  ctx: PlanContext,
  parts: readonly Condition[],
  state: RouteState,
  chain: Chain,
  because: PlanPurpose,
  order = orderOf(parts),
): Outcome {
  let day = ctx.today;
  let blocked: SearchBlocker[] | undefined;
  for (const c of order) {
    if ("not" in c) continue;
    const o = satisfy(ctx, c, state, chain, because);
    if (!("blocked" in o)) day = Math.max(day, o.day);
    else if (!blocked) blocked = o.blocked.slice();
    else for (const b of o.blocked) blocked.push(b);
  }
  if (blocked) return { blocked };
  // A later part can undo an earlier one (work leaves a window, a move leaves a setting): meet
  // each again, from the day the others are met, until all hold together on one day.
  for (let round = 0; ; round++) {
    const stale = firstStale(order, routeScope(ctx, state, day));
    if (!stale) break;
    if (round === order.length) {
      return blockedBy("blocker-one-day", {}, chain);
    }
    const o =
      "experience" in stale
        ? waitForExperience(ctx, stale.experience, state, chain, because, day)
        : satisfy(ctx, stale, state, chain, because);
    if ("blocked" in o) return o;
    day = Math.max(day, o.day);
  }
  for (const c of parts) {
    if (!("not" in c)) continue;
    const o = keepsAbsent(ctx, c.not, state, day, chain);
    if ("blocked" in o) return o;
  }
  return { day };
}

/** The first part, other than a `not`, that does not hold in `scope`. */
function firstStale(order: readonly Condition[], scope: EvaluationScope): Condition | undefined {
  for (const c of order) if (!("not" in c) && !holds(c, scope)) return c;
  return undefined;
}

const orders = new WeakMap<readonly Condition[], readonly Condition[]>();

/**
 * The order `satisfyAll` meets parts in, once per list of parts (it follows from the conditions
 * alone). Parts with a `not` inside go first, so that the choices after them keep it untrue;
 * experience inside a window goes last, the longest window first: the shortest, met last, keeps
 * the most of the others' work.
 */
function orderOf(parts: readonly Condition[]): readonly Condition[] {
  const hit = orders.get(parts);
  if (hit) return hit;
  const order = orderParts(parts);
  orders.set(parts, order);
  return order;
}

/** `orderOf`, worked out. */
function orderParts(parts: readonly Condition[]): readonly Condition[] {
  const windowed = (c: Condition) => "experience" in c && c.experience.within !== undefined;
  return [
    ...parts.filter((c) => hasNot(c)),
    ...parts.filter((c) => !hasNot(c) && !windowed(c)),
    ...parts.filter((c) => !hasNot(c) && windowed(c)).sort((a, b) => windowDays(b) - windowDays(a)),
  ];
}

/** The `atLeast` options that finish first, each tried alone, then taken together. */
function satisfyAtLeast(
  ctx: PlanContext,
  condition: { readonly atLeast: number; readonly of: readonly Condition[] },
  state: RouteState,
  chain: Chain,
  because: PlanPurpose,
): Outcome {
  const tries: Attempt[] = [];
  for (const c of condition.of) tries.push(attempt(ctx, c, state, chain, because));
  // The options that work, by index: those that finish first, ties in written order.
  const reachable: number[] = [];
  for (let i = 0; i < tries.length; i++) {
    if (!("blocked" in (tries[i] as Attempt).outcome)) reachable.push(i);
  }
  if (reachable.length < condition.atLeast) {
    const data = { reachable: reachable.length, needed: condition.atLeast };
    const blocked: SearchBlocker[] = [{ code: "blocker-at-least", data, message: "", chain }];
    for (const t of tries)
      if ("blocked" in t.outcome) for (const b of t.outcome.blocked) blocked.push(b);
    return { blocked };
  }
  reachable.sort((a, b) => byOutcome(tries[a] as Attempt, tries[b] as Attempt) || a - b);
  const chosen = reachable.slice(0, condition.atLeast).sort((a, b) => a - b);
  const parts: Condition[] = [];
  for (const i of chosen) parts.push(condition.of[i] as Condition);
  // A list made for this call: its order is worked out, not kept.
  return satisfyAll(ctx, parts, state, chain, because, orderParts(parts));
}

/** A `not`: holds when its condition is false on `day` with what the route has by then. */
function keepsAbsent(
  ctx: PlanContext,
  inner: Condition,
  state: RouteState,
  day: number,
  chain: Chain,
): Outcome {
  const scope = routeScope(ctx, state, day);
  if (holds(inner, scope)) {
    const trace = evaluate(inner, scope);
    return blockedBy("blocker-not-true", { inner: textOf(trace) }, chain);
  }
  addGuard(state, { inner, day });
  return { day };
}

/** The length of an experience condition's window, in days (approximately). */
function windowDays(condition: Condition): number {
  return "experience" in condition && condition.experience.within
    ? approximateDays(condition.experience.within)
    : 0;
}

const withNot = new WeakMap<Condition, boolean>();

/** Whether a condition has a `not` anywhere inside (worked out once per condition object). */
function hasNot(condition: Condition): boolean {
  const hit = withNot.get(condition);
  if (hit !== undefined) return hit;
  const found = findNot(condition);
  withNot.set(condition, found);
  return found;
}

function findNot(condition: Condition): boolean {
  if ("not" in condition) return true;
  const parts =
    "all" in condition
      ? condition.all
      : "any" in condition
        ? condition.any
        : "of" in condition
          ? condition.of
          : [];
  return parts.some(hasNot);
}

/** A trace's sentence as a piece of a blocker: its code, data and message, without its parts. */
function textOf(trace: ConditionTrace): CodedMessage<string> {
  return { code: trace.code, data: trace.data, message: trace.message };
}
