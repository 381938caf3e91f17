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
  CredentialStatusCode,
} from "./credential-status.js";
export type { ConditionKind, ConditionTrace, MissingFact, MissingFactCode } from "./evaluate.js";
export { createEvaluator, type Evaluator, evaluateCondition } from "./evaluate-condition.js";
export type { ExperienceAmount } from "./experience.js";
export { type ExplainKind, type Explanation, explain } from "./explain.js";
export { formatGoal, type GoalKind, goalTarget, parseGoal } from "./goal.js";
export type { CodedMessage } from "./messages/coded.js";
export { englishMessages } from "./messages/en.js";
export { formatMessage } from "./messages/format.js";
export { localizeAnswer } from "./messages/localize.js";
export type { Locale, MessageCatalog, MessageKey, MessageOptions } from "./messages/types.js";
export type { EngineOptions } from "./options.js";
export {
  type Blocker,
  type Plan,
  type PlanItem,
  type PlanItemCode,
  type PlanPurpose,
  planRoute,
} from "./plan/index.js";
export {
  type CloseStep,
  type GoalProgress,
  type Reason,
  type ReasonCode,
  type ReasonData,
  type Recommendation,
  type Recommendations,
  type RecommendOptions,
  recommendSteps,
  scoring,
} from "./recommend.js";
export { credentialStatuses } from "./session.js";
