/**
 * Pathwise core: the pathway format, positioned validation and the engine.
 * @packageDocumentation
 * @module \@pathwise/core
 */
export type { CheckOptions } from "./check/check-pathway.js";
export { describeCondition } from "./describe/describe-condition.js";
export { describePathway } from "./describe/describe-pathway.js";
export type {
  EntityDescription,
  PathwayDescription,
  SourceDescription,
} from "./describe/entity-description.js";
export { type DescriptionFormat, renderDescription } from "./describe/render-description.js";
export {
  allDiagnosticCodes,
  type CodeInfo,
  type DiagnosticCode,
  diagnosticCodes,
} from "./diagnostics/codes.js";
export {
  compareDiagnostics,
  type Diagnostic,
  type PathSegment,
  type Position,
  type Range,
  type Severity,
} from "./diagnostics/diagnostic.js";
export { PathwiseError, type PathwiseErrorCode } from "./diagnostics/pathwise-error.js";
export type { Result } from "./diagnostics/result.js";
export {
  checkExpectations,
  type ExpectationFailure,
  type ExpectationReport,
} from "./engine/expectations.js";
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
export { spanishMessages } from "./engine/messages/es.js";
export { locales, messagesFor } from "./engine/messages/locales.js";
export {
  type RenderOptions,
  renderExpectationReport,
  renderExplanation,
  renderPlan,
  renderRecommendations,
  renderTrace,
} from "./engine/render.js";
export { type PlanProblem, type PlanVerdict, verifyPlan } from "./engine/verify/verify-plan.js";
export {
  dateRange,
  defaultLimits,
  type LoadLimits,
  maxPlanAlternatives,
  minHoursPerWeek,
  profileLimits,
} from "./load/limits.js";
export {
  analyzePathway,
  createParseCache,
  type LoadPathwayOptions,
  loadPathway,
  loadPathwayOrThrow,
  type ParseCache,
  type PathwayAnalysis,
} from "./load/load-pathway.js";
export {
  analyzeProfile,
  type LoadProfileOptions,
  loadProfile,
  type ProfileAnalysis,
} from "./load/load-profile.js";
export type { Condition, ExperienceRequirement, LeafKind } from "./model/condition.js";
export { conditionKeys } from "./model/condition.js";
export { idPattern, isIsoDate, isValidId, maxIdLength } from "./model/id.js";
export {
  type CeCategory,
  type CeRule,
  type Credential,
  type CredentialKind,
  credentialKinds,
  type EligibilityState,
  eligibilityStates,
  type FileByRule,
  fileByRules,
  type Grant,
  type Pathway,
  type Renamed,
  type Renewal,
  type Role,
  type Setting,
  type Source,
  type Step,
  type Strategy,
  supportedFormatVersions,
  undatedCopy,
} from "./model/pathway.js";
export type {
  CeActivity,
  CompletedStep,
  Goal,
  HeldCredential,
  HistoryEntry,
  Profile,
  ProfileExpectations,
} from "./model/profile.js";
export type { Duration, Effort, Money } from "./model/quantities.js";
export { pathwaySchemaId, profileSchemaId } from "./schema/schema-ids.js";
export { validatePathway } from "./validate/validate-pathway.js";
export { type ValidateProfileOptions, validateProfile } from "./validate/validate-profile.js";
