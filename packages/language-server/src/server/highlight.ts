import { DocumentHighlightKind, type ServerCapabilities } from "vscode-languageserver";
import { lspRange, offsetAt } from "./positions.js";
import type { Session } from "./session.js";

/** Serves `textDocument/documentHighlight`: the id's definition (write) and uses (read). */
export function serveHighlight(session: Session): ServerCapabilities {
  session.connection.onDocumentHighlight((params) => {
    const state = session.stateOf(params.textDocument.uri);
    if (!state) return [];
    return session
      .service()
      .highlights(state.doc, offsetAt(state.text, params.position))
      .map((h) => ({
        range: lspRange(state.doc, h),
        kind: h.role === "definition" ? DocumentHighlightKind.Write : DocumentHighlightKind.Read,
      }));
  });
  return { documentHighlightProvider: true };
}
