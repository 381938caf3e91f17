import {
  CompletionItemKind,
  InsertTextFormat,
  InsertTextMode,
  type ServerCapabilities,
} from "vscode-languageserver";
import { lspRange, offsetAt } from "./positions.js";
import type { Session } from "./session.js";

const kinds = {
  id: CompletionItemKind.Reference,
  field: CompletionItemKind.Property,
  value: CompletionItemKind.Value,
  snippet: CompletionItemKind.Snippet,
} as const;

// A snippet's later lines follow the indentation of the line it is inserted on.
const snippetFormat = {
  insertTextFormat: InsertTextFormat.Snippet,
  insertTextMode: InsertTextMode.adjustIndentation,
} as const;

/**
 * Serves `textDocument/completion`: ids where an id is expected; values, snippets and fields from
 * the schema elsewhere.
 */
export function serveCompletion(session: Session): ServerCapabilities {
  session.connection.onCompletion(async (params) => {
    const state = await session.settledState(params.textDocument.uri);
    if (!state) return [];
    const offset = offsetAt(state.text, params.position);
    return session
      .service()
      .complete(state.doc, offset)
      .map((c) => ({
        label: c.label,
        kind: kinds[c.kind],
        ...(c.detail ? { detail: c.detail } : {}),
        ...(c.documentation
          ? { documentation: { kind: "markdown" as const, value: c.documentation } }
          : {}),
        ...(c.kind === "snippet" ? snippetFormat : {}),
        textEdit: { range: lspRange(state.doc, c.replace), newText: c.insertText },
      }));
  });
  return { completionProvider: { triggerCharacters: [":", " ", "[", ","] } };
}
