/**
 * The engine-only entry of Pathwise core: recommendations, plans, explanations and credential
 * status over a pathway and a profile that are already validated (for example in CI, or by the
 * main entry on a server). It carries neither the YAML parser nor the schema validator, so it
 * stays small in a browser bundle.
 * @packageDocumentation
 * @module \@pathwise/core/engine
 */
export { PathwiseError, type PathwiseErrorCode } from "./diagnostics/pathwise-error.js";
export {
  type Blocker,
  type CeCategoryProgress,
  type CeFeasibility,
  type CeProgress,
  type CloseStep,
  type CodedMessage,
  type ConditionKind,
  type ConditionTrace,
  type CredentialState,
  type CredentialStatus,
  type CredentialStatusCode,
  createEvaluator,
  credentialStatuses,
  type EngineOptions,
  type Evaluator,
  type ExperienceAmount,
  type ExplainKind,
  type Explanation,
  englishMessages,
  evaluateCondition,
  explain,
  formatGoal,
  formatMessage,
  type GoalKind,
  type GoalProgress,
  goalTarget,
  type Locale,
  localizeAnswer,
  type MessageCatalog,
  type MessageKey,
  type MessageOptions,
  type MissingFact,
  type MissingFactCode,
  type Plan,
  type PlanItem,
  type PlanItemCode,
  type PlanPurpose,
  parseGoal,
  planRoute,
  type Reason,
  type ReasonCode,
  type ReasonData,
  type Recommendation,
  type Recommendations,
  type RecommendOptions,
  recommendSteps,
  type StepAvailability,
  type StepState,
  scoring,
} from "./engine/index.js";
export type { Condition, ExperienceRequirement } from "./model/condition.js";
export type { Credential, Pathway, Role, Setting, Step, Strategy } from "./model/pathway.js";
export type { Goal, Profile } from "./model/profile.js";
export type { Duration, Effort, Money } from "./model/quantities.js";
