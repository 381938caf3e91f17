import type { PlanContext } from "./context.js";
import { changeTimeline, changing, type RouteState } from "./state.js";
import { changeJob, jobOn, settleSettings } from "./timeline.js";

/**
 * The first day from `from` on that the route can change job: the last day of work its
 * experience relies on, at the earliest (the day of a change counts for both jobs). @internal
 */
export function changeDay(state: RouteState, from: number): number {
  return Math.max(from, state.busyUntil);
}

/**
 * Takes up role `id` as the job from `day` (or, when the route is waiting on the current job's
 * experience until later, from then): in the current setting when the role has it, else in the
 * role's first setting, at the current weekly hours (40 when unknown). Returns the day. @internal
 */
export function takeRole(ctx: PlanContext, id: string, from: number, state: RouteState): number {
  const day = changeDay(state, from);
  changing(state, "roles").set(id, Math.min(day, state.roles.get(id) ?? day));
  const current = jobOn(state.timeline, day);
  const settings = ctx.pathway.roles[id]?.settings ?? [];
  // With no job yet, the person is where the profile, or the last move by then, puts them.
  const moves = current ? [] : state.idleMoves;
  const here = current
    ? current.setting
    : (moves.filter((m) => m.day <= day).pop()?.setting ?? ctx.profile.setting);
  const setting = here && (settings.length === 0 || settings.includes(here)) ? here : settings[0];
  const hoursPerWeek = current?.hoursPerWeek ?? ctx.facts.currentHoursPerWeek ?? 40;
  const job = { role: id, setting, hoursPerWeek };
  changeTimeline(state, changeJob(state.timeline, day, job));
  // Moves steps make later, planned while there was no job, move this job then.
  for (const m of moves) {
    if (m.day > day) {
      changeTimeline(state, changeJob(state.timeline, m.day, { ...job, setting: m.setting }, true));
    }
  }
  changeTimeline(
    state,
    settleSettings(state.timeline, (r) => ctx.pathway.roles[r]?.settings ?? []),
  );
  if (setting !== undefined && !state.settings.has(setting))
    changing(state, "settings").set(setting, day);
  return day;
}

/** Moves the current job to setting `id` from `day`, or later as for {@link takeRole}. @internal */
export function moveTo(ctx: PlanContext, id: string, from: number, state: RouteState): number {
  const day = changeDay(state, from);
  changing(state, "settings").set(id, Math.min(day, state.settings.get(id) ?? day));
  const current = jobOn(state.timeline, day);
  if (current)
    changeTimeline(state, changeJob(state.timeline, day, { ...current, setting: id }, true));
  else {
    // With no job, the setting is only where the person is: moving on leaves no work there.
    const left = state.idleSetting;
    const worked = (s: string) =>
      ctx.facts.work.some((w) => w.setting === s) ||
      state.timeline.some((c) => c.job.setting === s);
    if (left !== undefined && left !== id && !worked(left))
      changing(state, "settings").delete(left);
    changing(state, "settings").set(id, day);
    state.idleMoves = [...state.idleMoves, { day, setting: id }].sort((a, b) => a.day - b.day);
    state.idleSetting = id;
  }
  return day;
}
