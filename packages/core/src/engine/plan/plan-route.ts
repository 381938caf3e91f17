import { fromDayNumber } from "../../internal/dates.js";
import type { Pathway } from "../../model/pathway.js";
import type { Goal, Profile } from "../../model/profile.js";
import type { Money } from "../../model/quantities.js";
import { factsFromProfile } from "../facts.js";
import { formatGoal, goalTarget, goalTitle } from "../goal.js";
import { type CodedMessage, coded, defined } from "../messages/coded.js";
import { localized } from "../messages/localize.js";
import { type EngineOptions, resolveOptions } from "../options.js";
import { type PlanContext, planContext } from "./context.js";
import { searchNote } from "./first-that-works.js";
import { wordedBlockers } from "./outcome.js";
import { guarded, satisfy } from "./satisfy.js";
import { itemWords, planMessage, purposeFor, workAssumption } from "./sentences.js";
import { initialState, type RouteItem, type RouteState } from "./state.js";
import type { Job } from "./timeline.js";
import type { Plan, PlanItem } from "./types.js";

/**
 * Plans a route to a goal: the steps to take in order, the roles to take up, the time to wait
 * for experience, the earliest date of each, and total effort and cost. Among alternatives
 * (`any`, `atLeast`) it picks what finishes earliest, then what costs least, then what needs the
 * fewest items (a route whose costs are all stated beats one with a credential of unknown cost).
 * When the goal cannot be reached, it says which requirement can never be met.
 *
 * The plan assumes the person keeps working at their current weekly hours (40 when unknown) in
 * their current role, and takes up each role the plan reaches as soon as they qualify. A
 * conferred role (a certified technician) needs no change of job: the current work counts as it
 * once the plan has earned what it requires, and credentials are assumed to be kept renewed from
 * then on. A credential that lapsed past its grace period is earned again, by its step, even when
 * that step is recorded as done. Every plan passes {@link verifyPlan}.
 *
 * @example
 * const plan = planRoute(pathway, profile, { role: "lead-technician" }, { date: "2026-11-24" });
 * if (plan.reachable) for (const item of plan.items) console.log(item.start, item.title);
 */
export function planRoute(
  pathway: Pathway,
  profile: Profile,
  goal: Goal,
  options: EngineOptions,
): Plan {
  return localized(findRoute(pathway, profile, goal, options), options);
}

function findRoute(pathway: Pathway, profile: Profile, goal: Goal, options: EngineOptions): Plan {
  const ctx = planContext(pathway, profile, factsFromProfile(profile), resolveOptions(options));
  const { job, recorded } = currentJob(ctx);
  const state = initialState(ctx, job);
  const { kind, id } = goalTarget(goal);
  const name = goalTitle(pathway, goal);
  const because = purposeFor(kind, id, name);
  const reached = satisfy(ctx, { [kind]: id } as never, state, undefined, because);
  const outcome = "blocked" in reached ? reached : guarded(ctx, state, reached, undefined);
  const date = ctx.options.date;
  if ("blocked" in outcome) {
    const blockers = wordedBlockers(outcome.blocked);
    const first = blockers[0];
    const blocker = first && { code: first.code, data: first.data, message: first.message };
    const data = defined({ goal: formatGoal(goal), title: name, blocker });
    return {
      goal,
      reachable: false,
      date,
      blockers,
      ...coded("plan-unreachable", data),
    };
  }
  const finish = Math.max(outcome.day, ctx.today);
  return assemble(ctx, goal, name, state, finish, workAssumption(ctx, job, recorded));
}

function assemble(
  ctx: PlanContext,
  goal: Goal,
  name: string,
  state: RouteState,
  finishDay: number,
  assumption: CodedMessage<string>,
): Plan {
  const items = ordered(state.items);
  const steps = items.filter((i) => i.kind === "step");
  const costs = new Map<string, number>();
  for (const s of steps) {
    const c = s.effort?.cost;
    if (c) costs.set(c.currency, (costs.get(c.currency) ?? 0) + c.amount);
  }
  const cost: Money[] = [...costs.keys()].sort().map((currency) => ({
    amount: costs.get(currency) ?? 0,
    currency,
  }));
  const date = ctx.options.date;
  const finish = fromDayNumber(finishDay);
  const note = searchNote(ctx);
  const assumed = uniqueByMessage([assumption, ...state.notes, ...(note ? [note] : [])]);
  const weeks = Math.round(((finishDay - ctx.today) / 7) * 10) / 10;
  return {
    goal,
    reachable: true,
    date,
    items,
    finish,
    totals: {
      steps: steps.length,
      hours: steps.reduce((sum, s) => sum + (s.effort?.hours ?? 0), 0),
      weeks,
      cost,
    },
    assumptions: assumed.map((a) => a.message),
    assumed,
    ...planMessage(
      formatGoal(goal),
      name,
      date,
      finish,
      items.length,
      steps.length,
      items.some((i) => i.kind === "wait"),
    ),
  };
}

/** Each sentence once, in first-seen order. */
function uniqueByMessage(list: readonly CodedMessage<string>[]): CodedMessage<string>[] {
  const seen = new Set<string>();
  return list.filter((a) => !seen.has(a.message) && seen.add(a.message));
}

/** Items by start, then finish, then the order the search added them; dates as ISO strings. */
function ordered(items: readonly RouteItem[]): PlanItem[] {
  return items
    .map((item, order) => ({ item, order }))
    .sort(
      (a, b) => a.item.start - b.item.start || a.item.finish - b.item.finish || a.order - b.order,
    )
    .map(({ item }) => ({
      ...item,
      ...itemWords(item),
      start: fromDayNumber(item.start),
      finish: fromDayNumber(item.finish),
    }));
}

/**
 * The job the plan assumes continues: the latest open job; among jobs begun the same day, the
 * busiest (as experience counts the busiest job on each day), then by role and setting, whatever
 * the profile's order. With no open job, the profile's role at 40 hours a week.
 */
function currentJob(ctx: PlanContext): { job: Job | undefined; recorded: boolean } {
  const key = (w: { role: string; setting?: string | undefined }) =>
    `${w.role}\u0000${w.setting ?? ""}`;
  const open = ctx.facts.work
    .filter((w) => w.to === Number.POSITIVE_INFINITY)
    .sort(
      (a, b) =>
        b.from - a.from ||
        b.hoursPerWeek - a.hoursPerWeek ||
        (key(a) < key(b) ? -1 : key(a) > key(b) ? 1 : 0),
    );
  const latest = open[0];
  const role = latest?.role ?? ctx.profile.role;
  if (role === undefined) return { job: undefined, recorded: false };
  const setting = latest?.setting ?? ctx.profile.setting;
  return { job: { role, setting, hoursPerWeek: latest?.hoursPerWeek ?? 40 }, recorded: !!latest };
}
