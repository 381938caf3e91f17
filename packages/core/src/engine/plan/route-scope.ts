import type { HeldCredential } from "../../model/profile.js";
import { type CredentialPeriod, countWork } from "../credential-roles.js";
import { impliedBy, renewedThrough } from "../credential-status.js";
import type { EvaluationScope } from "../evaluate.js";
import type { CountedSpan, WorkSpan } from "../experience.js";
import type { PersonFacts } from "../facts.js";
import { dateOf, type PlanContext } from "./context.js";
import { derivedFrom, frozen, type RouteState } from "./state.js";
import { type Timeline, timelineWork } from "./timeline.js";

// A route state as the evaluator sees it: the facts of the person on a day, with what the route
// has done by then. Scopes are kept per state revision and day; what they are made of is kept
// per map and per timeline, so that scopes of a state on different days, and of copies that
// have not changed those facts, share them, and what the evaluator works out from them (it
// caches by identity: the work each job counts as, the roles credentials confer) is found again.

/**
 * When credentials are held on the route: as recorded for the past; from today on, those active
 * today and those the route earns or renews stay active (kept renewed). @internal
 */
export function routePeriods(ctx: PlanContext, state: RouteState): CredentialPeriod[] {
  const { today } = ctx;
  const out = ctx.pastPeriods.map((p) =>
    p.from <= today && today <= p.to ? { ...p, to: Number.POSITIVE_INFINITY } : p,
  );
  for (const [earned, day] of state.earned) {
    for (const id of impliedBy(ctx.pathway, earned)) {
      out.push({ id, from: day, to: Number.POSITIVE_INFINITY });
    }
  }
  return out;
}

/** Past and planned work, each piece with the roles it counts as (shared: do not change). @internal */
export function routeWork(ctx: PlanContext, state: RouteState): readonly CountedSpan[] {
  // By timeline (a value: a change of job makes a new one), then the credentials the route
  // earns: experience is measured many times while those stay the same. Kept for the plan: one
  // entry per timeline and set of earned credentials a route tried, within `maxPlanAlternatives`.
  let byEarned = ctx.counted.get(state.timeline);
  if (!byEarned) {
    byEarned = new Map();
    ctx.counted.set(state.timeline, byEarned);
  }
  let key = "";
  for (const [id, day] of state.earned) key += `${id}\u0000${day}\u0001`;
  const hit = byEarned.get(key);
  if (hit) return hit;
  const work = countWork(ctx.pathway, projectedWork(ctx, state.timeline), routePeriods(ctx, state));
  byEarned.set(key, work);
  return work;
}

/**
 * The route's facts on `day`, for the evaluator: one scope per revision of the state and day,
 * kept for the plan (`PlanContext.scopes`), so that what the evaluator works out from a scope's
 * facts (it caches by their identity) is found again while the route stays the same. @internal
 */
export function routeScope(ctx: PlanContext, state: RouteState, day: number): EvaluationScope {
  const key = `${state.revision} ${day}`;
  const hit = ctx.scopes.get(key);
  if (hit) return hit;
  const scope = scopeOf(ctx, state, day);
  ctx.scopes.set(key, scope);
  return scope;
}

function scopeOf(ctx: PlanContext, state: RouteState, day: number): EvaluationScope {
  const date = dateOf(ctx, day);
  const facts: PersonFacts = {
    ...ctx.facts,
    credentials: day > ctx.today ? keptRenewed(ctx, state, date) : frozen(state, "credentials"),
    completed: derivedFrom(state, "taken", stepsDone, ctx),
    roles: derivedFrom(state, "roles", keysOf, undefined),
    settings: derivedFrom(state, "settings", keysOf, undefined),
    work: projectedWork(ctx, state.timeline),
  };
  return { pathway: ctx.pathway, facts, date, fullTime: ctx.options.fullTime, memo: ctx.memo };
}

/** Credentials after today: those active today and those the route earns are kept renewed. */
function keptRenewed(
  ctx: PlanContext,
  state: RouteState,
  date: string,
): Map<string, HeldCredential> {
  const credentials = new Map<string, HeldCredential>();
  for (const [id, held] of state.credentials) {
    const kept = ctx.activeToday.has(id) || state.earned.has(id);
    credentials.set(id, kept ? renewedThrough(ctx.pathway, held, date) : held);
  }
  return credentials;
}

const keysOf = (map: ReadonlyMap<string, number>): ReadonlySet<string> => new Set(map.keys());

/**
 * The steps done, with their dates: those recorded, then those the route takes (a step taken
 * again keeps its place, with the later date), as one map kept the whole list in that order.
 */
function stepsDone(
  taken: ReadonlyMap<string, number>,
  ctx: PlanContext,
): ReadonlyMap<string, string> {
  if (taken.size === 0) return ctx.recordedDates;
  const out = new Map(ctx.recordedDates);
  for (const [id, day] of taken) out.set(id, dateOf(ctx, day));
  return out;
}

/** Recorded work up to yesterday, then the route's jobs from today (one list per timeline). */
function projectedWork(ctx: PlanContext, timeline: Timeline): readonly WorkSpan[] {
  let work = ctx.projected.get(timeline);
  if (!work) {
    work = [...ctx.pastWork, ...timelineWork(timeline)];
    ctx.projected.set(timeline, work);
  }
  return work;
}
