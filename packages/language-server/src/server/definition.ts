import type { ServerCapabilities } from "vscode-languageserver";
import { lspRange, offsetAt } from "./positions.js";
import type { Session } from "./session.js";

/** Serves `textDocument/definition`: an id's entry, in the pathway or the profile's pathway. */
export function serveDefinition(session: Session): ServerCapabilities {
  session.connection.onDefinition(async (params) => {
    const state = await session.settledState(params.textDocument.uri);
    if (!state) return null;
    const found = session.service().definition(state.doc, offsetAt(state.text, params.position));
    return found
      ? { uri: found.uri ?? params.textDocument.uri, range: lspRange(found.doc, found.span) }
      : null;
  });
  return { definitionProvider: true };
}
