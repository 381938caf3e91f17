import type { TextDocumentPositionParams } from "vscode-languageserver";
import { type IdTarget, idTargetAt } from "../service/id-target.js";
import type { ProfileCandidate } from "../service/profiles-by-pathway.js";
import { offsetAt } from "./positions.js";
import type { Session } from "./session.js";
import type { WorkspaceSync } from "./workspace-sync.js";

/**
 * The id under the cursor, for references and rename, once the workspace is listed and the file
 * events reported so far are taken in, with the document it is in; `undefined` when the document
 * is not open.
 */
export async function targetAt(
  session: Session,
  sync: WorkspaceSync,
  params: TextDocumentPositionParams,
) {
  await sync.settled();
  const state = await session.settledState(params.textDocument.uri);
  if (!state) return undefined;
  const offset = offsetAt(state.text, params.position);
  return { doc: state.doc, target: idTargetAt(state.doc, params.textDocument.uri, offset) };
}

/** The profiles that name the target's pathway: those the index resolves to that pathway. */
export function profilesOf(session: Session, target: IdTarget): ProfileCandidate[] {
  const id = target.pathwayId;
  if (id === undefined || session.pathways.findPathway(id)?.uri !== target.pathway.uri) return [];
  return session.profiles.naming(id);
}
