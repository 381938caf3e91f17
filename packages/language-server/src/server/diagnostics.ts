import type { Diagnostic as CoreDiagnostic } from "@pathwise/core";
import { type Diagnostic, DiagnosticSeverity } from "vscode-languageserver";
import { lspRange, lspRangeOf } from "./positions.js";
import type { Session } from "./session.js";
import { isPathwayUri, isProfileUri } from "./workspace-files.js";

/** A core diagnostic as an LSP diagnostic: the same code and message, 0-based positions. */
export const lspDiagnostic = (d: CoreDiagnostic): Diagnostic => ({
  range: lspRangeOf(d.range),
  severity:
    d.severity === "error"
      ? DiagnosticSeverity.Error
      : d.severity === "warning"
        ? DiagnosticSeverity.Warning
        : DiagnosticSeverity.Information,
  code: d.code,
  source: "pathwise",
  message: d.message,
  data: { path: d.path, suggestions: d.suggestions ?? [] },
});

/**
 * Publishes each open document's diagnostics, once per version: analysis runs on the next turn
 * of the event loop and is skipped if a newer version arrived meanwhile, so bursts of edits cost
 * one analysis. Returns `pathwaysChanged`, which checks the open profiles again whose pathway is
 * now another one, or another version (once per burst).
 */
export function publishDiagnostics(session: Session): { pathwaysChanged(): void } {
  const { connection, documents } = session;
  const pending = new Map<string, ReturnType<typeof setTimeout>>();

  const publish = async (uri: string) => {
    pending.delete(uri);
    const state = await session.settledState(uri);
    // A newer version is on its way, or the document closed, while the scan finished.
    if (!state || pending.has(uri)) return;
    const diagnostics = session.service().diagnostics(state.doc).map(lspDiagnostic);
    if (state.doc.kind === "profile" && state.doc.notice) {
      diagnostics.push({
        range: lspRange(state.doc, state.doc.notice),
        severity: DiagnosticSeverity.Information,
        source: "pathwise",
        message: state.doc.notice.message,
      });
    }
    void connection.sendDiagnostics({ uri, version: state.text.version, diagnostics });
  };
  const schedule = (uri: string) => {
    const timer = pending.get(uri);
    if (timer) clearTimeout(timer);
    pending.set(
      uri,
      setTimeout(() => void publish(uri), 0),
    );
  };

  let recheckQueued = false;
  const pathwaysChanged = () => {
    if (recheckQueued) return;
    recheckQueued = true;
    setTimeout(() => {
      recheckQueued = false;
      for (const text of documents.all()) {
        if (isProfileUri(text.uri) && !session.isCurrent(text.uri)) schedule(text.uri);
      }
    }, 0);
  };

  /** An open document changed (or closed): the indexes follow, and profiles their pathway. */
  const documentEdited = (uri: string) => {
    session.reindex(uri);
    if (isPathwayUri(uri)) pathwaysChanged();
  };
  documents.onDidOpen((e) => {
    schedule(e.document.uri);
    documentEdited(e.document.uri);
  });
  documents.onDidChangeContent((e) => {
    schedule(e.document.uri);
    documentEdited(e.document.uri);
  });
  documents.onDidClose((e) => {
    const timer = pending.get(e.document.uri);
    if (timer) clearTimeout(timer);
    pending.delete(e.document.uri);
    session.forget(e.document.uri);
    void connection.sendDiagnostics({ uri: e.document.uri, diagnostics: [] });
    documentEdited(e.document.uri);
  });

  return { pathwaysChanged };
}
