/**
 * Pathwise core: the pathway format, positioned validation and the engine.
 * @packageDocumentation
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
export * from "./engine/index.js";
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
  Pathway as PathwaySchema,
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
export {
  type CeActivity,
  type CompletedStep,
  type Goal,
  type HeldCredential,
  type HistoryEntry,
  type Profile,
  Profile as ProfileSchema,
  type ProfileExpectations,
} from "./model/profile.js";
export { profileReferenceSlotAt } from "./model/profile-references.js";
export type { Duration, Effort, Money } from "./model/quantities.js";
export {
  collectionOf,
  collectReferences,
  definitionKindAt,
  type EntityKind,
  kindLabel,
  type Reference,
  type ReferenceSlot,
  referenceSlotAt,
} from "./model/references.js";
export {
  isRenamedKind,
  type RenamedKind,
  renamedMapOf,
  resolveRename,
} from "./model/renames.js";
export { pathwaySchemaId, profileSchemaId } from "./schema/schema-ids.js";
export {
  type SnippetInfo,
  snippetsAt,
  type ValueInfo,
  valuesAt,
} from "./validate/editor-hints.js";
export { type FieldInfo, fieldDocAt, fieldsAt } from "./validate/schema-at.js";
export { validatePathway } from "./validate/validate-pathway.js";
export { type ValidateProfileOptions, validateProfile } from "./validate/validate-profile.js";
