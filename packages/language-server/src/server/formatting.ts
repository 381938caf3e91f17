import type { ServerCapabilities } from "vscode-languageserver";
import { lspRange } from "./positions.js";
import type { Session } from "./session.js";

/** Serves `textDocument/formatting`: the document in the normal form (see the service's). */
export function serveFormatting(session: Session): ServerCapabilities {
  session.connection.onDocumentFormatting((params) => {
    const state = session.stateOf(params.textDocument.uri);
    if (!state) return [];
    return session
      .service()
      .format(state.doc)
      .map((e) => ({ range: lspRange(state.doc, e), newText: e.newText }));
  });
  return { documentFormattingProvider: true };
}
