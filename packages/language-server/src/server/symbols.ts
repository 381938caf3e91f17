import { type DocumentSymbol, type ServerCapabilities, SymbolKind } from "vscode-languageserver";
import type { AnalysedDocument } from "../service/analysed-document.js";
import type { OutlineSymbol } from "../service/outline.js";
import { lspRange } from "./positions.js";
import type { Session } from "./session.js";

const symbolKinds: Record<OutlineSymbol["kind"], SymbolKind> = {
  collection: SymbolKind.Namespace,
  field: SymbolKind.Field,
  source: SymbolKind.File,
  setting: SymbolKind.Module,
  strategy: SymbolKind.Enum,
  ceCategory: SymbolKind.EnumMember,
  credential: SymbolKind.Class,
  role: SymbolKind.Struct,
  step: SymbolKind.Function,
};

/** Serves `textDocument/documentSymbol`: a pathway's collections and their entries. */
export function serveSymbols(session: Session): ServerCapabilities {
  session.connection.onDocumentSymbol((params) => {
    const state = session.pathwayState(params.textDocument.uri);
    if (!state) return [];
    return session
      .service()
      .outline(state.doc)
      .map((s) => documentSymbol(state.doc, s));
  });
  return { documentSymbolProvider: true };
}

function documentSymbol(doc: AnalysedDocument, s: OutlineSymbol): DocumentSymbol {
  return {
    name: s.name,
    ...(s.detail ? { detail: s.detail } : {}),
    kind: symbolKinds[s.kind],
    range: lspRange(doc, s.range),
    selectionRange: lspRange(doc, s.selection),
    children: s.children.map((c) => documentSymbol(doc, c)),
  };
}
