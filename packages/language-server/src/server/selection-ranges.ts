import type { SelectionRange, ServerCapabilities } from "vscode-languageserver";
import { lspRange, offsetAt } from "./positions.js";
import type { Session } from "./session.js";

/** Serves `textDocument/selectionRange`: scalar, entry, collection, ... up to the document. */
export function serveSelectionRanges(session: Session): ServerCapabilities {
  session.connection.onSelectionRanges((params) => {
    const state = session.stateOf(params.textDocument.uri);
    if (!state) return [];
    return params.positions.map((position) => {
      const spans = session.service().selectionRanges(state.doc, offsetAt(state.text, position));
      let chain: SelectionRange | undefined;
      for (const span of [...spans].reverse())
        chain = chain
          ? { range: lspRange(state.doc, span), parent: chain }
          : { range: lspRange(state.doc, span) };
      return chain ?? { range: { start: position, end: position } };
    });
  });
  return { selectionRangeProvider: true };
}
