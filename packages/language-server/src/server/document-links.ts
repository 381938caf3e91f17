import type { ServerCapabilities } from "vscode-languageserver";
import { lspRange } from "./positions.js";
import type { Session } from "./session.js";

/** Serves `textDocument/documentLink`: the sources' URLs, clickable. */
export function serveDocumentLinks(session: Session): ServerCapabilities {
  session.connection.onDocumentLinks((params) => {
    const state = session.stateOf(params.textDocument.uri);
    if (!state) return [];
    return session
      .service()
      .documentLinks(state.doc)
      .map((link) => ({ range: lspRange(state.doc, link), target: link.target }));
  });
  return { documentLinkProvider: { resolveProvider: false } };
}
