import type { ServerCapabilities } from "vscode-languageserver";
import { referencesTo } from "../service/references.js";
import { profilesOf, targetAt } from "./cross-file.js";
import { lspRange } from "./positions.js";
import type { Session } from "./session.js";
import type { WorkspaceSync } from "./workspace-sync.js";

/** Serves `textDocument/references`: an id's uses in its pathway and the profiles naming it. */
export function serveReferences(session: Session, sync: WorkspaceSync): ServerCapabilities {
  session.connection.onReferences(async (params) => {
    const target = (await targetAt(session, sync, params))?.target;
    if (!target?.ok) return [];
    return referencesTo(
      target.value,
      profilesOf(session, target.value),
      params.context.includeDeclaration,
    ).map((location) => ({ uri: location.uri, range: lspRange(location.doc, location.span) }));
  });
  return { referencesProvider: true };
}
