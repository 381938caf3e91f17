import { fromDayNumber } from "../../internal/dates.js";
import type { Step } from "../../model/pathway.js";
import type { Effort } from "../../model/quantities.js";
import { stepRequirements } from "../availability.js";
import { holds } from "../evaluate.js";
import { type Chain, extend, onChain } from "./chain.js";
import { dateOf, type PlanContext } from "./context.js";
import { entityKey } from "./entity-key.js";
import { changeDay, moveTo, takeRole } from "./moves.js";
import { blockedBy, cycleAt, type Outcome } from "./outcome.js";
import { routeScope } from "./route-scope.js";
import { satisfy } from "./satisfy.js";
import { entityPurpose } from "./sentences.js";
import { addItem, changing, type RouteItem, type RouteState } from "./state.js";
import type { PlanPurpose } from "./types.js";

/**
 * Reaches a step: done already, or taken once its requirements (and the eligibility of what it
 * grants) hold, finishing after its effort. With `again`, a step recorded as done is taken anew
 * (to earn again a credential that lapsed); a step the route itself takes is taken once. @internal
 */
export function reachStep(
  ctx: PlanContext,
  id: string,
  state: RouteState,
  chain: Chain,
  because: PlanPurpose,
  again = false,
): Outcome {
  const key = entityKey(ctx.pathway, "step", id);
  if (onChain(chain, key)) return cycleAt(chain, key);
  const taken = state.taken.get(id);
  if (taken !== undefined) return { day: taken };
  const done = ctx.recorded.get(id);
  if (done !== undefined && !again) return { day: Math.max(ctx.today, done) };
  const step = Object.hasOwn(ctx.pathway.steps, id) ? ctx.pathway.steps[id] : undefined;
  const next = extend(chain, key);
  if (!step) return blockedBy("blocker-undefined", { kind: "step", id }, next);
  const needs = stepRequirements(ctx.pathway, id);
  const ready = needs
    ? satisfy(ctx, needs, state, next, entityPurpose(ctx.pathway, key))
    : { day: ctx.today };
  if ("blocked" in ready) return ready;
  const days = durationDays(ctx, step.effort);
  // A step that changes the job (a role or setting it grants) finishes only once the route's
  // waits allow a change of job.
  const moves = step.grants?.role !== undefined || step.grants?.setting !== undefined;
  const finish = moves ? changeDay(state, ready.day + days) : ready.day + days;
  const start = finish - days;
  if (needs && start > ready.day && !holds(needs, routeScope(ctx, state, start))) {
    const data = { step: id, title: step.title, day: fromDayNumber(start) };
    return blockedBy("blocker-step-lapses", data, next);
  }
  takeStep(ctx, id, step, { start, finish }, state, because);
  return { day: finish };
}

/** Adds a step to the route with its dates, cost, and what it grants or renews on its finish. */
function takeStep(
  ctx: PlanContext,
  id: string,
  step: Step,
  { start, finish }: { start: number; finish: number },
  state: RouteState,
  because: PlanPurpose,
): void {
  // Built in place, in the order `planItem` spreads its fields (the answer's keys keep it).
  const item: { -readonly [K in keyof RouteItem]: RouteItem[K] } = {
    kind: "step",
    id,
    code: "item-step",
    data: { step: id, title: step.title },
    title: "",
    because: "",
    purpose: because,
    start,
    finish,
  };
  if (step.effort) item.effort = step.effort;
  addItem(state, item);
  state.cost += step.effort?.cost?.amount ?? 0;
  if (step.grants?.credential && !step.effort?.cost) state.unknownCosts++;
  changing(state, "taken").set(id, finish);
  const credential = step.grants?.credential;
  if (credential) {
    changing(state, "credentials").set(credential, {
      id: credential,
      earned: dateOf(ctx, finish),
    });
    changing(state, "earned").set(credential, finish);
  }
  const held = step.renews ? state.credentials.get(step.renews) : undefined;
  if (step.renews && held) {
    changing(state, "credentials").set(step.renews, { ...held, renewed: dateOf(ctx, finish) });
    changing(state, "earned").set(step.renews, finish);
  }
  if (step.grants?.role) takeRole(ctx, step.grants.role, finish, state);
  if (step.grants?.setting) moveTo(ctx, step.grants.setting, finish, state);
}

/**
 * Days a step takes: its weeks, or its hours at the person's `preferences.hoursPerWeek`,
 * whichever is longer, rounded up to whole days.
 */
function durationDays(ctx: PlanContext, effort: Effort | undefined): number {
  if (!effort) return 0;
  const weeks = effort.weeks ?? 0;
  const perWeek = ctx.profile.preferences?.hoursPerWeek;
  const byHours = effort.hours !== undefined && perWeek ? effort.hours / perWeek : 0;
  return Math.ceil(Math.max(weeks, byHours) * 7);
}
