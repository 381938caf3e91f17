import type { PlanContext } from "./context.js";
import type { RouteState } from "./state.js";
import { changeJob, jobOn } from "./timeline.js";

/**
 * Takes up role `id` as the job from `day`: in the current setting when the role has it, else
 * in the role's first setting, at the current weekly hours (40 when unknown). @internal
 */
export function takeRole(ctx: PlanContext, id: string, day: number, state: RouteState): void {
  state.roles.set(id, Math.min(day, state.roles.get(id) ?? day));
  const current = jobOn(state.timeline, day);
  const settings = ctx.pathway.roles[id]?.settings ?? [];
  const setting =
    current?.setting && (settings.length === 0 || settings.includes(current.setting))
      ? current.setting
      : settings[0];
  const hoursPerWeek = current?.hoursPerWeek ?? ctx.facts.currentHoursPerWeek ?? 40;
  state.timeline = changeJob(state.timeline, day, { role: id, setting, hoursPerWeek });
  if (setting !== undefined && !state.settings.has(setting)) state.settings.set(setting, day);
}

/** Moves the current job to setting `id` from `day`. @internal */
export function moveTo(id: string, day: number, state: RouteState): void {
  state.settings.set(id, Math.min(day, state.settings.get(id) ?? day));
  const current = jobOn(state.timeline, day);
  if (current) state.timeline = changeJob(state.timeline, day, { ...current, setting: id });
}
