/**
 * The Pathwise language server: {@link startServer} serves it over an LSP connection, and
 * {@link createLanguageService} gives the pure language service underneath (for hosts that speak
 * another protocol, or tests). The types are those their signatures name.
 * @packageDocumentation
 * @module \@pathwise/language-server
 */

export {
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
export type { DefinitionAt } from "./service/definition.js";
export type { DocumentIndex, Occurrence } from "./service/document-index.js";
export type { DocumentLink } from "./service/document-links.js";
export type { Highlight } from "./service/highlight.js";
export type { HoverInfo } from "./service/hover.js";
export type { InlayHint } from "./service/inlay-hints.js";
export { createLanguageService, type LanguageService } from "./service/language-service.js";
export type { NextSteps } from "./service/next-steps.js";
export type { OutlineSymbol } from "./service/outline.js";
export type { PathwayCandidate, PathwayFinder } from "./service/pathway-finder.js";
export type { QuickFix } from "./service/quick-fixes.js";
export type { LanguageServiceOptions } from "./service/service-options.js";
export type { Edit, Span } from "./service/span.js";
