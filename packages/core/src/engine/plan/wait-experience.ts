import { toDayNumber } from "../../internal/dates.js";
import type { ExperienceRequirement } from "../../model/condition.js";
import { describeExperienceScope } from "../evaluate.js";
import { experienceAmount, isEnough, measureExperienceOnDay } from "../experience.js";
import type { Chain } from "./chain.js";
import type { PlanContext } from "./context.js";
import { earliestDay } from "./earliest-day.js";
import { blockedBy, type Outcome } from "./outcome.js";
import { reachRole, workCountsAs } from "./reach-role.js";
import { moveThere, reachSetting } from "./reach-setting.js";
import { routeWork } from "./route-scope.js";
import { planItem } from "./sentences.js";
import { addItem, type RouteState } from "./state.js";
import { jobOn } from "./timeline.js";
import type { PlanPurpose } from "./types.js";

/** The longest wait a plan considers before calling experience out of reach: 60 years. */
const horizonDays = Math.round(60 * 365.25);
/** The last day the engine's dates can name. */
const lastDay = toDayNumber("9999-12-31");

/**
 * Waits for experience: reaches the role and setting it names, makes sure the work from then on
 * counts toward it (taking the role up again, or moving back to the setting, when the current
 * job would not), and finds the first day, from `notBefore` on, the route's work adds up to it.
 * @internal
 */
export function waitForExperience(
  ctx: PlanContext,
  requirement: ExperienceRequirement,
  state: RouteState,
  chain: Chain,
  because: PlanPurpose,
  notBefore = ctx.today,
): Outcome {
  const { role, setting } = requirement;
  let from = Math.max(ctx.today, notBefore);
  if (role !== undefined) {
    const o = reachRole(ctx, role, state, chain);
    if ("blocked" in o) return o;
    from = Math.max(from, o.day);
  }
  if (setting !== undefined) {
    const o = reachSetting(ctx, setting, state, chain);
    if ("blocked" in o) return o;
    from = Math.max(from, o.day);
  }
  const { fullTime } = ctx.options;
  const measure = (day: number) =>
    measureExperienceOnDay(routeWork(ctx, state), requirement, day, fullTime);
  if (isEnough(measure(from))) return settle(ctx, state, requirement, from);
  // More is needed: from now on, the work must count toward it.
  if (role !== undefined && !workCountsAs(ctx, role, from, state)) {
    const o = reachRole(ctx, role, state, chain, true);
    if ("blocked" in o) return o;
    from = Math.max(from, o.day);
  }
  const job = jobOn(state.timeline, from);
  if (setting !== undefined && job && job.setting !== setting) {
    from = moveThere(ctx, setting, from, state, chain);
  }
  const amount = measure(from);
  if (isEnough(amount)) return settle(ctx, state, requirement, from);
  const last = Math.min(from + horizonDays, lastDay);
  const day = earliestDay(routeWork(ctx, state), requirement, from, last, fullTime);
  const what = {
    amount: experienceAmount(amount.need, amount.unit),
    scope: describeExperienceScope(ctx.pathway, requirement),
  };
  if (day === undefined) return blockedBy("blocker-experience", what, chain);
  if (role !== undefined) workCountsAs(ctx, role, from, state, true);
  addItem(state, {
    kind: "wait",
    ...planItem("item-wait", what, because),
    start: from,
    finish: day,
  });
  return settle(ctx, state, requirement, day);
}

/**
 * Experience met on `day`: unless past work alone meets it, the route's work up to that day is
 * relied on, so the job stays until then.
 */
function settle(
  ctx: PlanContext,
  state: RouteState,
  requirement: ExperienceRequirement,
  day: number,
): Outcome {
  const past = routeWork(ctx, state).filter((s) => s.from < ctx.today);
  const { fullTime } = ctx.options;
  if (!isEnough(measureExperienceOnDay(past, requirement, day, fullTime))) {
    state.busyUntil = Math.max(state.busyUntil, day);
  }
  return { day };
}
