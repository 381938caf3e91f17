import { fromDayNumber } from "../../internal/dates.js";
import { countedRoles, isConferredRole } from "../credential-roles.js";
import { holds } from "../evaluate.js";
import { coded } from "../messages/coded.js";
import { rolesCountedAs } from "../role-kinds.js";
import { type Chain, extend, onChain } from "./chain.js";
import { type PlanContext, titleOf } from "./context.js";
import { entityKey } from "./entity-key.js";
import { changeDay, takeRole } from "./moves.js";
import { blockedBy, cycleAt, type Outcome } from "./outcome.js";
import { routePeriods, routeScope } from "./route-scope.js";
import { satisfy } from "./satisfy.js";
import { chainPurpose, entityPurpose, planItem } from "./sentences.js";
import { addItem, addNote, changing, type RouteState } from "./state.js";
import { jobOn } from "./timeline.js";

/**
 * Reaches a role: held already (it, or a role that is a kind of it), or its requirements met and
 * then taken up, as a job or, for a conferred role, by the current work counting as it. With
 * `again`, a role held before is reached anew (its experience must grow). @internal
 */
export function reachRole(
  ctx: PlanContext,
  id: string,
  state: RouteState,
  chain: Chain,
  again = false,
): Outcome {
  const key = entityKey(ctx.pathway, "role", id);
  if (onChain(chain, key)) return cycleAt(chain, key);
  if (!again) {
    let since: number | undefined;
    for (const [held, day] of state.roles) {
      if (rolesCountedAs(ctx.pathway, held).has(id) && (since === undefined || day < since))
        since = day;
    }
    if (since !== undefined) return { day: since };
  }
  const role = Object.hasOwn(ctx.pathway.roles, id) ? ctx.pathway.roles[id] : undefined;
  const next = extend(chain, key);
  if (!role) return blockedBy("blocker-undefined", { kind: "role", id }, next);
  const ready = role.requires
    ? satisfy(ctx, role.requires, state, next, entityPurpose(ctx.pathway, key))
    : { day: ctx.today };
  if ("blocked" in ready) return ready;
  const day = becomeRole(ctx, id, ready.day, state, chain);
  // Put off until the route's waits allow a change of job: its requirements must still hold then.
  if (day > ready.day && role.requires && !holds(role.requires, routeScope(ctx, state, day))) {
    const data = { role: id, title: role.title, day: fromDayNumber(day) };
    return blockedBy("blocker-role-lapses", data, next);
  }
  return { day };
}

/**
 * From `ready`, when the requirements of role `id` hold: the current work counts as it if it is
 * conferred; otherwise the person takes it up as their job (once the route's waits allow).
 * Returns the day the role is held from.
 */
function becomeRole(
  ctx: PlanContext,
  id: string,
  ready: number,
  state: RouteState,
  chain: Chain,
): number {
  if (workCountsAs(ctx, id, ready, state, true)) {
    if (!state.roles.has(id)) changing(state, "roles").set(id, ready);
    return ready;
  }
  const day = changeDay(state, ready);
  addItem(state, {
    kind: "role",
    id,
    ...planItem(
      "item-role",
      { role: id, title: titleOf(ctx, "roles", id) },
      chainPurpose(ctx, chain),
    ),
    start: day,
    finish: day,
  });
  return takeRole(ctx, id, day, state);
}

/**
 * Whether the route's work on `day` counts as role `id`: the job then is that role or a kind of
 * it, or, for a conferred role, the credentials held then (those active today or earned by the
 * route are assumed to be kept renewed) make it count. With `note`, the route says so when only
 * the credentials make it count. @internal
 */
export function workCountsAs(
  ctx: PlanContext,
  id: string,
  day: number,
  state: RouteState,
  note = false,
): boolean {
  const job = jobOn(state.timeline, day);
  if (!job) return false;
  if (rolesCountedAs(ctx.pathway, job.role).has(id)) return true;
  if (!isConferredRole(ctx.pathway, id)) return false;
  const counts = countedRoles(ctx.pathway, job.role, routePeriods(ctx, state), day).has(id);
  if (counts && note) {
    addNote(
      state,
      coded("assume-counts-as", {
        role: job.role,
        roleTitle: titleOf(ctx, "roles", job.role),
        as: id,
        asTitle: titleOf(ctx, "roles", id),
        from: fromDayNumber(day),
      }),
    );
  }
  return counts;
}
