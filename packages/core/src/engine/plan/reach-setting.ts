import { _settingRoutes } from "../_setting-routes.js";
import { coded } from "../messages/coded.js";
import { type Chain, extend, onChain } from "./chain.js";
import { type PlanContext, titleOf } from "./context.js";
import { entityKey } from "./entity-key.js";
import { changeDay, moveTo } from "./moves.js";
import { type Attempt, blockedBy, cycleAt, keepBest, type Outcome } from "./outcome.js";
import { attempt } from "./satisfy.js";
import { chainPurpose, entityPurpose, planItem } from "./sentences.js";
import { addItem, addNote, adoptState, type RouteState } from "./state.js";
import { jobOn } from "./timeline.js";

/**
 * Reaches a setting: worked in already, granted by a step, or moved to by taking a job there, in
 * the current role when the setting has it, else in a role of the setting the route can reach.
 * @internal
 */
export function reachSetting(
  ctx: PlanContext,
  id: string,
  state: RouteState,
  chain: Chain,
): Outcome {
  const key = entityKey(ctx.pathway, "setting", id);
  if (onChain(chain, key)) return cycleAt(chain, key);
  const since = state.settings.get(id);
  if (since !== undefined) return { day: since };
  const setting = Object.hasOwn(ctx.pathway.settings, id) ? ctx.pathway.settings[id] : undefined;
  const next = extend(chain, key);
  if (!setting) return blockedBy("blocker-undefined", { kind: "setting", id }, next);
  const because = entityPurpose(ctx.pathway, key);
  const routes = _settingRoutes(ctx.pathway, id);
  const granting = routes.steps;
  let byStep: Attempt | undefined;
  for (const s of granting)
    byStep = keepBest(byStep, attempt(ctx, { step: s }, state, next, because));
  if (byStep) {
    adoptState(state, byStep.state);
    return byStep.outcome;
  }
  const current = jobOn(state.timeline, ctx.today);
  // With no job, or one whose role the setting does not have, work there means a role it has.
  if (!current || !ctx.pathway.roles[current.role]?.settings?.includes(id)) {
    let best: Attempt | undefined;
    for (const r of routes.roles)
      best = keepBest(best, attempt(ctx, { role: r }, state, next, because));
    if (best && "day" in best.outcome) {
      adoptState(state, best.state);
      const moved = state.settings.get(id);
      if (moved !== undefined) return { day: moved };
      return { day: moveThere(ctx, id, best.outcome.day, state, chain) };
    }
    if (!current)
      return blockedBy("blocker-no-role-in-setting", { setting: id, title: setting.title }, next);
    addNote(
      state,
      coded("assume-setting-unlisted", {
        role: current.role,
        roleTitle: titleOf(ctx, "roles", current.role),
        setting: id,
        settingTitle: setting.title,
      }),
    );
  }
  return { day: moveThere(ctx, id, ctx.today, state, chain) };
}

/** Adds a move to setting `id` from `from` (or once the route's waits allow); returns its day. @internal */
export function moveThere(
  ctx: PlanContext,
  id: string,
  from: number,
  state: RouteState,
  chain: Chain,
): number {
  const day = changeDay(state, from);
  addItem(state, {
    kind: "setting",
    id,
    ...planItem(
      "item-setting",
      { setting: id, title: titleOf(ctx, "settings", id) },
      chainPurpose(ctx, chain),
    ),
    start: day,
    finish: day,
  });
  return moveTo(ctx, id, day, state);
}
