/**
 * The Pathwise language server: a pure language service plus an LSP adapter.
 * @packageDocumentation
 */

export { type ServerOptions, startServer } from "./server.js";
export { type CursorContext, cursorContext } from "./service/cursor-context.js";
export { type DocumentIndex, indexDocument, type Occurrence } from "./service/document-index.js";
export {
  type Completion,
  createLanguageService,
  type Edit,
  type LanguageService,
  type LanguageServiceOptions,
  type OutlineSymbol,
  type QuickFix,
  type ServiceDocument,
  type Span,
} from "./service/language-service.js";
