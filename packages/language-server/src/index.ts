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
export type {
  AnalysedDocument,
  ProfileDocument,
  ServiceDocument,
} from "./service/analysed-document.js";
export type { Answer, Refusal } from "./service/answer.js";
export type { Completion } from "./service/completion.js";
export { type CursorContext, cursorContext } from "./service/cursor-context.js";
export type { DefinitionAt } from "./service/definition.js";
export { type DocumentIndex, indexDocument, type Occurrence } from "./service/document-index.js";
export type { DocumentLink } from "./service/document-links.js";
export type { Highlight } from "./service/highlight.js";
export type { HoverInfo } from "./service/hover.js";
export { type IdTarget, idTargetAt } from "./service/id-target.js";
export type { InlayHint } from "./service/inlay-hints.js";
export { createLanguageService, type LanguageService } from "./service/language-service.js";
export type { NextSteps } from "./service/next-steps.js";
export type { OutlineSymbol } from "./service/outline.js";
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
export type { QuickFix } from "./service/quick-fixes.js";
export { type Location, referencesTo } from "./service/references.js";
export { type LocatedEdit, renameRefusal, renameTarget } from "./service/rename.js";
export type { LanguageServiceOptions } from "./service/service-options.js";
export type { Edit, Span } from "./service/span.js";
