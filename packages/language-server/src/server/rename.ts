import {
  ErrorCodes,
  LSPErrorCodes,
  type ServerCapabilities,
  type TextEdit,
} from "vscode-languageserver";
import { renameRefusal, renameTarget } from "../service/rename.js";
import { profilesOf, targetAt } from "./cross-file.js";
import { lspRange } from "./positions.js";
import { valueOrThrow } from "./refusal-error.js";
import type { Session } from "./session.js";
import type { WorkspaceSync } from "./workspace-sync.js";

/**
 * Serves `textDocument/prepareRename` and `textDocument/rename`: an id renamed across its pathway
 * and the profiles naming it. A refusal's message is what the editor shows instead of the rename
 * box (or of the rename).
 */
export function serveRename(session: Session, sync: WorkspaceSync): ServerCapabilities {
  const { connection } = session;
  connection.onPrepareRename(async (params) => {
    const found = await targetAt(session, sync, params);
    if (!found) return null;
    const target = valueOrThrow(found.target, LSPErrorCodes.RequestFailed);
    valueOrThrow(renameRefusal(target) ?? found.target, LSPErrorCodes.RequestFailed);
    return { range: lspRange(found.doc, target.span), placeholder: target.id };
  });

  connection.onRenameRequest(async (params) => {
    const rename = async () => {
      const found = (await targetAt(session, sync, params))?.target;
      if (!found?.ok) return found;
      return renameTarget(found.value, profilesOf(session, found.value), params.newName);
    };
    let result = await rename();
    // A closed file that changed on disk unannounced: rename against its text now.
    if (result?.ok && (await sync.reread(result.value.map((e) => e.uri)))) result = await rename();
    if (!result) return null;
    const changes = new Map<string, TextEdit[]>();
    for (const edit of valueOrThrow(result, ErrorCodes.InvalidParams)) {
      const textEdit = { range: lspRange(edit.doc, edit.span), newText: edit.newText };
      const list = changes.get(edit.uri);
      if (list) list.push(textEdit);
      else changes.set(edit.uri, [textEdit]);
    }
    return { changes: Object.fromEntries(changes) };
  });
  return { renameProvider: { prepareProvider: true } };
}
