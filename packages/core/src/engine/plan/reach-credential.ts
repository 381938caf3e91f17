import { _credentialRoutes } from "../_credential-routes.js";
import { impliedBy } from "../credential-status.js";
import { findHeld, lapsedOn } from "../evaluate.js";
import { type Chain, extend, onChain } from "./chain.js";
import type { PlanContext } from "./context.js";
import { entityKey } from "./entity-key.js";
import { type Attempt, blockedBy, blockersOf, cycleAt, keepBest, type Outcome } from "./outcome.js";
import { reachStep } from "./reach-step.js";
import { routeScope } from "./route-scope.js";
import { copyToTry, triedOn } from "./satisfy.js";
import { adoptState, type RouteState } from "./state.js";
import type { PlanPurpose } from "./types.js";

/**
 * Reaches a credential: held and active today, earned earlier on the route, or else earned by the
 * step that grants it (again, when an earlier holding lapsed: the step is taken anew even if it
 * was recorded as done) or, while the pathway's grace period lasts, renewed. @internal
 */
export function reachCredential(
  ctx: PlanContext,
  id: string,
  state: RouteState,
  chain: Chain,
  because: PlanPurpose,
): Outcome {
  const key = entityKey(ctx.pathway, "credential", id);
  if (onChain(chain, key)) return cycleAt(chain, key);
  for (const [earned, day] of state.earned) {
    if (impliedBy(ctx.pathway, earned).has(id)) return { day };
  }
  const scope = routeScope(ctx, state, ctx.today);
  const held = findHeld(scope, id);
  if (held.active) return { day: ctx.today };
  const next = extend(chain, key);
  const credential = Object.hasOwn(ctx.pathway.credentials, id)
    ? ctx.pathway.credentials[id]
    : undefined;
  if (!credential) return blockedBy("blocker-undefined", { kind: "credential", id }, next);
  // Reinstatement renews the credential itself, so only one held as such can be reinstated.
  const reinstatable =
    held.expired !== undefined && state.credentials.has(id) && lapsedOn(scope, id) === undefined;
  // Each step that brings it, on its own copy of the state.
  let best: Attempt | undefined;
  const blocked: Attempt[] = [];
  let routes = 0;
  for (const route of _credentialRoutes(ctx.pathway, id)) {
    if (!route.grants && !(reinstatable && route.renews)) continue;
    routes++;
    best = keepBest(best, attemptStep(ctx, state, route.step, next, because), blocked);
  }
  if (routes === 0) {
    return blockedBy("blocker-no-grant", { credential: id, title: credential.title }, next);
  }
  if (!best) return blockersOf(blocked);
  adoptState(state, best.state);
  return best.outcome;
}

/** Takes step `stepId` anew (to earn what it grants) on a copy of the state (as `attempt` tries a requirement). */
function attemptStep(
  ctx: PlanContext,
  state: RouteState,
  stepId: string,
  chain: Chain,
  because: PlanPurpose,
): Attempt {
  const copy = copyToTry(ctx, state);
  return triedOn(ctx, copy, reachStep(ctx, stepId, copy, chain, because, true), chain);
}
