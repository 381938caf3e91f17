import type { ServerCapabilities } from "vscode-languageserver";
import { lspPosition, spanAt } from "./positions.js";
import type { Session } from "./session.js";

/** Serves `textDocument/inlayHint`: the title of the entry each id refers to, after the id. */
export function serveInlayHints(session: Session): ServerCapabilities {
  session.connection.languages.inlayHint.on(async (params) => {
    const state = await session.settledState(params.textDocument.uri);
    if (!state) return [];
    return session
      .service()
      .inlayHints(state.doc, spanAt(state.text, params.range))
      .map((hint) => ({
        position: lspPosition(state.doc.analysis.position(hint.offset)),
        label: hint.label,
        paddingLeft: true,
      }));
  });
  return { inlayHintProvider: true };
}
