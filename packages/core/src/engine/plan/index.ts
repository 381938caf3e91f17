// The planner: `planRoute` and the shapes of its answer. Each kind of thing a plan reaches has
// its own module (reach-credential, reach-step, reach-role, reach-setting, wait-experience);
// `satisfy` dispatches conditions to them over one route state (state.ts).
export { planRoute } from "./plan-route.js";
export type { Blocker, Plan, PlanItem, PlanItemCode, PlanPurpose } from "./types.js";
