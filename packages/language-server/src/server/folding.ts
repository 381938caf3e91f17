import type { ServerCapabilities } from "vscode-languageserver";
import { lspRange } from "./positions.js";
import type { Session } from "./session.js";

/** Serves `textDocument/foldingRange`: each block map or list over several lines. */
export function serveFolding(session: Session): ServerCapabilities {
  session.connection.onFoldingRanges((params) => {
    const state = session.stateOf(params.textDocument.uri);
    if (!state) return [];
    return session
      .service()
      .foldingRanges(state.doc)
      .map((span) => {
        const range = lspRange(state.doc, span);
        return { startLine: range.start.line, endLine: range.end.line };
      });
  });
  return { foldingRangeProvider: true };
}
