/**
 * The Pathwise language server: a pure language service plus an LSP adapter.
 * @packageDocumentation
 */

export {
  nextStepsCommand,
  type PathwayFile,
  type ServerOptions,
  startServer,
  type WorkspaceFile,
  type WorkspaceFiles,
} from "./server.js";
export {
  type IdTarget,
  idTargetAt,
  type LocatedEdit,
  type Location,
  type NoTarget,
  referencesTo,
  renameRefusal,
  renameTarget,
} from "./service/cross-file.js";
export { type CursorContext, cursorContext } from "./service/cursor-context.js";
export { type DocumentIndex, indexDocument, type Occurrence } from "./service/document-index.js";
export {
  type AnalysedDocument,
  type Completion,
  createLanguageService,
  type DefinitionInPathway,
  type Edit,
  type LanguageService,
  type LanguageServiceOptions,
  type NextStepsResult,
  type OutlineSymbol,
  type ProfileDocument,
  type QuickFix,
  type ServiceDocument,
  type Span,
} from "./service/language-service.js";
export {
  type PathwayCandidate,
  type PathwayFinder,
  pickPathway,
} from "./service/pathway-finder.js";
export { createPathwayIndex, type PathwayIndex } from "./service/pathway-index.js";
export { indexProfile } from "./service/profile-index.js";
export {
  createProfilesByPathway,
  type ProfileCandidate,
  type ProfilesByPathway,
} from "./service/profiles-by-pathway.js";
