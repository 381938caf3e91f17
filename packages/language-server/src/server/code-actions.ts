import { CodeActionKind, type ServerCapabilities } from "vscode-languageserver";
import { lspDiagnostic } from "./diagnostics.js";
import { lspRange, spanAt } from "./positions.js";
import type { Session } from "./session.js";

/** Serves `textDocument/codeAction`: the quick fixes of the diagnostics in the range. */
export function serveCodeActions(session: Session): ServerCapabilities {
  session.connection.onCodeAction(async (params) => {
    const state = await session.settledState(params.textDocument.uri);
    if (!state) return [];
    return session
      .service()
      .quickFixes(state.doc, spanAt(state.text, params.range))
      .map((fix) => ({
        title: fix.title,
        kind: CodeActionKind.QuickFix,
        isPreferred: fix.preferred,
        diagnostics: [lspDiagnostic(fix.diagnostic)],
        edit: {
          changes: {
            [params.textDocument.uri]: fix.edits.map((e) => ({
              range: lspRange(state.doc, e),
              newText: e.newText,
            })),
          },
        },
      }));
  });
  return { codeActionProvider: { codeActionKinds: [CodeActionKind.QuickFix] } };
}
