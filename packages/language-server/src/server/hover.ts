import type { ServerCapabilities } from "vscode-languageserver";
import { lspRange, offsetAt } from "./positions.js";
import type { Session } from "./session.js";

/** Serves `textDocument/hover`: an id's title and summary, or a field's documentation. */
export function serveHover(session: Session): ServerCapabilities {
  session.connection.onHover(async (params) => {
    const state = await session.settledState(params.textDocument.uri);
    if (!state) return null;
    const hover = session.service().hover(state.doc, offsetAt(state.text, params.position));
    return hover
      ? {
          contents: { kind: "markdown", value: hover.markdown },
          range: lspRange(state.doc, hover.range),
        }
      : null;
  });
  return { hoverProvider: true };
}
