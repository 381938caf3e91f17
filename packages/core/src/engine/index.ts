// The engine's public surface, shared by the full entry (`@pathwise/core`) and the engine-only
// entry (`@pathwise/core/engine`). The plain-text `render*` helpers, `checkExpectations` (content
// tests) and `verifyPlan` (replaying a plan) are tooling, exported by the full entry only, so that
// the engine-only entry carries the computations alone.
export type {
  StepAvailability,
  StepState,
} from "./availability.js";
export type {
  CeCategoryProgress,
  CeFeasibility,
  CeProgress,
  CredentialState,
  CredentialStatus,
} from "./credential-status.js";
export type { ConditionKind, ConditionTrace, MissingFact } from "./evaluate.js";
export { createEvaluator, type Evaluator, evaluateCondition } from "./evaluate-condition.js";
export type { ExperienceAmount } from "./experience.js";
export { type ExplainKind, type Explanation, explain } from "./explain.js";
export { formatGoal, type GoalKind, goalTarget, parseGoal } from "./goal.js";
export type { EngineOptions } from "./options.js";
export { type Blocker, type Plan, type PlanItem, planRoute } from "./plan/index.js";
export {
  type CloseStep,
  type GoalProgress,
  type Reason,
  type ReasonCode,
  type Recommendation,
  type Recommendations,
  type RecommendOptions,
  recommendSteps,
  scoring,
} from "./recommend.js";
export { credentialStatuses } from "./session.js";
