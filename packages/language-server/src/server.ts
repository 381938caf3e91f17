import {
  type Diagnostic as CoreDiagnostic,
  createParseCache,
  type ParseCache,
} from "@pathwise/core";
import {
  CodeActionKind,
  type Connection,
  type Diagnostic,
  DiagnosticSeverity,
  type DocumentSymbol,
  ResponseError,
  SymbolKind,
  TextDocumentSyncKind,
  TextDocuments,
} from "vscode-languageserver";
import { TextDocument } from "vscode-languageserver-textdocument";
import {
  createLanguageService,
  type OutlineSymbol,
  type ServiceDocument,
  type Span,
} from "./service/language-service.js";

/** Options of {@link startServer}. */
export interface ServerOptions {
  /** The evaluation date for staleness checks; by default the server's own date at start-up. */
  readonly today?: string;
}

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

/**
 * Serves the Pathwise language service over an LSP connection (stdio or a browser worker).
 * Each document is analysed once per version; analysis runs on the next turn of the event loop
 * and is skipped if a newer version arrived meanwhile, so bursts of edits cost one analysis.
 */
export function startServer(connection: Connection, options: ServerOptions = {}): void {
  const service = createLanguageService({
    today: options.today ?? new Date().toISOString().slice(0, 10),
  });
  const documents = new TextDocuments(TextDocument);
  const analysed = new Map<string, { version: number; doc: ServiceDocument }>();
  const caches = new Map<string, ParseCache>();
  const pending = new Map<string, ReturnType<typeof setTimeout>>();

  const stateOf = (uri: string): { text: TextDocument; doc: ServiceDocument } | undefined => {
    const text = documents.get(uri);
    if (!text) return undefined;
    const cached = analysed.get(uri);
    if (cached && cached.version === text.version) return { text, doc: cached.doc };
    let cache = caches.get(uri);
    if (!cache) {
      cache = createParseCache();
      caches.set(uri, cache);
    }
    const doc = service.analyze(text.getText(), cache);
    analysed.set(uri, { version: text.version, doc });
    return { text, doc };
  };

  const toRange = (text: TextDocument, span: Span) => ({
    start: text.positionAt(span.start),
    end: text.positionAt(span.end),
  });
  const toDiagnostic = (d: CoreDiagnostic): Diagnostic => ({
    // Core positions are 1-based; LSP positions are 0-based.
    range: d.range
      ? {
          start: { line: d.range.start.line - 1, character: d.range.start.column - 1 },
          end: { line: d.range.end.line - 1, character: d.range.end.column - 1 },
        }
      : { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } },
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

  const publish = (uri: string) => {
    pending.delete(uri);
    const state = stateOf(uri);
    if (!state) return;
    void connection.sendDiagnostics({
      uri,
      version: state.text.version,
      diagnostics: service.diagnostics(state.doc).map(toDiagnostic),
    });
  };
  const schedule = (uri: string) => {
    const timer = pending.get(uri);
    if (timer) clearTimeout(timer);
    pending.set(
      uri,
      setTimeout(() => publish(uri), 0),
    );
  };

  connection.onInitialize(() => ({
    capabilities: {
      textDocumentSync: TextDocumentSyncKind.Incremental,
      completionProvider: { triggerCharacters: [":", " ", "[", ","] },
      hoverProvider: true,
      definitionProvider: true,
      referencesProvider: true,
      renameProvider: { prepareProvider: true },
      documentSymbolProvider: true,
      codeActionProvider: { codeActionKinds: [CodeActionKind.QuickFix] },
    },
    serverInfo: { name: "pathwise-language-server" },
  }));

  documents.onDidOpen((e) => schedule(e.document.uri));
  documents.onDidChangeContent((e) => schedule(e.document.uri));
  documents.onDidClose((e) => {
    const timer = pending.get(e.document.uri);
    if (timer) clearTimeout(timer);
    pending.delete(e.document.uri);
    analysed.delete(e.document.uri);
    caches.delete(e.document.uri);
    void connection.sendDiagnostics({ uri: e.document.uri, diagnostics: [] });
  });

  connection.onCompletion((params) => {
    const state = stateOf(params.textDocument.uri);
    if (!state) return [];
    const offset = state.text.offsetAt(params.position);
    return service.complete(state.doc, offset).map((c) => ({
      label: c.label,
      kind:
        c.kind === "id"
          ? 18 /* Reference */
          : c.kind === "field"
            ? 10 /* Property */
            : 12 /* Value */,
      ...(c.detail ? { detail: c.detail } : {}),
      ...(c.documentation
        ? { documentation: { kind: "markdown" as const, value: c.documentation } }
        : {}),
      textEdit: { range: toRange(state.text, c.replace), newText: c.insertText },
    }));
  });

  connection.onHover((params) => {
    const state = stateOf(params.textDocument.uri);
    const hover = state && service.hover(state.doc, state.text.offsetAt(params.position));
    return hover && state
      ? {
          contents: { kind: "markdown", value: hover.markdown },
          range: toRange(state.text, hover.range),
        }
      : null;
  });

  connection.onDefinition((params) => {
    const state = stateOf(params.textDocument.uri);
    const span = state && service.definition(state.doc, state.text.offsetAt(params.position));
    return span && state
      ? { uri: params.textDocument.uri, range: toRange(state.text, span) }
      : null;
  });

  connection.onReferences((params) => {
    const state = stateOf(params.textDocument.uri);
    if (!state) return [];
    return service
      .references(
        state.doc,
        state.text.offsetAt(params.position),
        params.context.includeDeclaration,
      )
      .map((span) => ({ uri: params.textDocument.uri, range: toRange(state.text, span) }));
  });

  connection.onPrepareRename((params) => {
    const state = stateOf(params.textDocument.uri);
    const target = state && service.prepareRename(state.doc, state.text.offsetAt(params.position));
    return target && state
      ? { range: toRange(state.text, target), placeholder: target.placeholder }
      : null;
  });

  connection.onRenameRequest((params) => {
    const state = stateOf(params.textDocument.uri);
    if (!state) return null;
    const result = service.rename(state.doc, state.text.offsetAt(params.position), params.newName);
    if ("error" in result) throw new ResponseError(-32602, result.error);
    return {
      changes: {
        [params.textDocument.uri]: result.edits.map((e) => ({
          range: toRange(state.text, e),
          newText: e.newText,
        })),
      },
    };
  });

  connection.onDocumentSymbol((params) => {
    const state = stateOf(params.textDocument.uri);
    if (!state) return [];
    const convert = (s: OutlineSymbol): DocumentSymbol => ({
      name: s.name,
      ...(s.detail ? { detail: s.detail } : {}),
      kind: symbolKinds[s.kind],
      range: toRange(state.text, s.range),
      selectionRange: toRange(state.text, s.selection),
      children: s.children.map(convert),
    });
    return service.outline(state.doc).map(convert);
  });

  connection.onCodeAction((params) => {
    const state = stateOf(params.textDocument.uri);
    if (!state) return [];
    const span = {
      start: state.text.offsetAt(params.range.start),
      end: state.text.offsetAt(params.range.end),
    };
    return service.quickFixes(state.doc, span).map((fix) => ({
      title: fix.title,
      kind: CodeActionKind.QuickFix,
      isPreferred: fix.preferred,
      diagnostics: [toDiagnostic(fix.diagnostic)],
      edit: {
        changes: {
          [params.textDocument.uri]: fix.edits.map((e) => ({
            range: toRange(state.text, e),
            newText: e.newText,
          })),
        },
      },
    }));
  });

  documents.listen(connection);
  connection.listen();
}
