import type { Pathway } from "../model/pathway.js";
import type { Plan } from "./plan/index.js";

// What a goal's plan puts on its route, worked out once per goal of a recommendation rather than
// once for every step scored against it.

/** The steps on a goal's quickest route, and the goal with what that route reaches. @internal */
export interface _GoalRoute {
  /** Steps the plan takes; empty when the goal is not reachable. */
  readonly steps: ReadonlySet<string>;
  /** `role:` and `credential:` keys: the goal itself, the roles and the credentials the plan reaches. */
  readonly onRoute: ReadonlySet<string>;
}

const routes = new WeakMap<Plan, _GoalRoute>();

/** The route of a goal's plan, kept as long as the plan object lives. @internal */
export function _goalRoute(pathway: Pathway, goal: { key: string; plan: Plan }): _GoalRoute {
  const hit = routes.get(goal.plan);
  if (hit) return hit;
  const steps = new Set<string>();
  const onRoute = new Set([goal.key]);
  if (goal.plan.reachable) {
    for (const item of goal.plan.items) {
      if (item.kind === "step" && item.id) steps.add(item.id);
      if (item.kind === "role" && item.id) onRoute.add(`role:${item.id}`);
      const granted =
        item.kind === "step" && item.id ? pathway.steps[item.id]?.grants?.credential : undefined;
      if (granted) onRoute.add(`credential:${granted}`);
    }
  }
  const route = { steps, onRoute };
  routes.set(goal.plan, route);
  return route;
}
