// A minimal LSP client for the Pathwise language server in a web worker: it keeps the server's
// copy of one Monaco model in sync, turns the diagnostics it publishes into Monaco markers, and
// asks it for id completion and quick fixes ("did you mean"). Field completion and hover come
// from the JSON Schema through monaco-yaml. The messages are plain JSON-RPC objects;
// `vscode-languageserver/browser` posts them unframed.
import type * as Monaco from "monaco-editor/esm/vs/editor/editor.api.js";
import PathwiseWorker from "./pathwise.worker.ts?worker";

interface LspPosition {
  readonly line: number;
  readonly character: number;
}
interface LspRange {
  readonly start: LspPosition;
  readonly end: LspPosition;
}
interface LspTextEdit {
  readonly range: LspRange;
  readonly newText: string;
}
interface LspCompletion {
  readonly label: string;
  readonly kind?: number;
  readonly detail?: string;
  readonly documentation?: { readonly kind: string; readonly value: string };
  readonly textEdit?: LspTextEdit;
}
interface LspCodeAction {
  readonly title: string;
  readonly isPreferred?: boolean;
  readonly edit?: { readonly changes?: Record<string, readonly LspTextEdit[]> };
}

/** LSP's completion kind for references; the server uses it for ids. */
const referenceKind = 18;

interface LspDiagnostic {
  readonly range: LspRange;
  readonly severity?: 1 | 2 | 3 | 4;
  readonly code?: string | number;
  readonly source?: string;
  readonly message: string;
}

interface RpcMessage {
  readonly id?: number | string;
  readonly method?: string;
  readonly params?: unknown;
  readonly result?: unknown;
  readonly error?: { readonly message: string };
}

/** The marker owner of Pathwise diagnostics. */
export const markerOwner = "pathwise";

/** Options of {@link connectPathwise}. */
export interface ConnectOptions {
  /** The evaluation date for staleness checks, `YYYY-MM-DD`. */
  readonly today: string;
  /** Runs after each set of markers is applied, an empty set included. */
  readonly onPublish?: () => void;
}

/** Starts the language server worker and keeps `model`'s Pathwise markers up to date. */
export async function connectPathwise(
  monaco: typeof Monaco,
  model: Monaco.editor.ITextModel,
  options: ConnectOptions,
): Promise<{ dispose: () => void }> {
  const worker = new PathwiseWorker({ name: "pathwise-language-server" });
  const uri = model.uri.toString();
  const severities = {
    1: monaco.MarkerSeverity.Error,
    2: monaco.MarkerSeverity.Warning,
    3: monaco.MarkerSeverity.Info,
    4: monaco.MarkerSeverity.Hint,
  } as const;
  const pending = new Map<
    number | string,
    { resolve: (v: unknown) => void; reject: (e: Error) => void }
  >();
  let nextId = 1;

  const send = (message: RpcMessage) => worker.postMessage({ jsonrpc: "2.0", ...message });
  const notify = (method: string, params: unknown) => send({ method, params });
  const request = (method: string, params: unknown) =>
    new Promise<unknown>((resolve, reject) => {
      const id = nextId++;
      pending.set(id, { resolve, reject });
      send({ id, method, params });
    });

  worker.onmessage = (event: MessageEvent<RpcMessage>) => {
    const message = event.data;
    if (message.method === undefined && message.id !== undefined) {
      const waiter = pending.get(message.id);
      pending.delete(message.id);
      if (message.error) waiter?.reject(new Error(message.error.message));
      else waiter?.resolve(message.result);
    } else if (message.method === "textDocument/publishDiagnostics") {
      const params = message.params as {
        uri: string;
        version?: number;
        diagnostics: LspDiagnostic[];
      };
      // Diagnostics of an older version are about to be replaced; showing them would flicker.
      if (
        params.uri !== uri ||
        (params.version !== undefined && params.version !== model.getVersionId())
      )
        return;
      monaco.editor.setModelMarkers(
        model,
        markerOwner,
        params.diagnostics.map((d) => ({
          startLineNumber: d.range.start.line + 1,
          startColumn: d.range.start.character + 1,
          endLineNumber: d.range.end.line + 1,
          endColumn: d.range.end.character + 1,
          severity: severities[d.severity ?? 1],
          message: d.message,
          source: d.source ?? "pathwise",
          ...(d.code !== undefined ? { code: String(d.code) } : {}),
        })),
      );
      options.onPublish?.();
    } else if (message.id !== undefined) {
      // A request from the server (configuration, registrations): this client has nothing to add.
      send({ id: message.id, result: null });
    }
  };

  await request("initialize", {
    processId: null,
    rootUri: null,
    capabilities: {},
    initializationOptions: { today: options.today },
  });
  notify("initialized", {});
  notify("textDocument/didOpen", {
    textDocument: {
      uri,
      languageId: "yaml",
      version: model.getVersionId(),
      text: model.getValue(),
    },
  });
  const listener = model.onDidChangeContent(() =>
    notify("textDocument/didChange", {
      textDocument: { uri, version: model.getVersionId() },
      contentChanges: [{ text: model.getValue() }],
    }),
  );

  const toPosition = (p: Monaco.IPosition): LspPosition => ({
    line: p.lineNumber - 1,
    character: p.column - 1,
  });
  const toRange = (r: LspRange) =>
    new monaco.Range(r.start.line + 1, r.start.character + 1, r.end.line + 1, r.end.character + 1);

  const completion = monaco.languages.registerCompletionItemProvider("yaml", {
    triggerCharacters: [":", " ", "[", ","],
    async provideCompletionItems(target, position) {
      if (target !== model) return { suggestions: [] };
      const items = (await request("textDocument/completion", {
        textDocument: { uri },
        position: toPosition(position),
      })) as LspCompletion[] | null;
      const word = target.getWordUntilPosition(position);
      const fallback = new monaco.Range(
        position.lineNumber,
        word.startColumn,
        position.lineNumber,
        position.column,
      );
      return {
        suggestions: (items ?? [])
          .filter((item) => item.kind === referenceKind)
          .map((item) => ({
            label: item.label,
            kind: monaco.languages.CompletionItemKind.Reference,
            insertText: item.textEdit?.newText ?? item.label,
            range: item.textEdit ? toRange(item.textEdit.range) : fallback,
            ...(item.detail ? { detail: item.detail } : {}),
            ...(item.documentation ? { documentation: { value: item.documentation.value } } : {}),
          })),
      };
    },
  });

  const quickFixes = monaco.languages.registerCodeActionProvider("yaml", {
    async provideCodeActions(target, range) {
      if (target !== model) return { actions: [], dispose: () => {} };
      const versionId = target.getVersionId();
      const actions = (await request("textDocument/codeAction", {
        textDocument: { uri },
        range: {
          start: toPosition(range.getStartPosition()),
          end: toPosition(range.getEndPosition()),
        },
        context: { diagnostics: [] },
      })) as LspCodeAction[] | null;
      return {
        actions: (actions ?? []).map((action) => ({
          title: action.title,
          kind: "quickfix",
          isPreferred: action.isPreferred ?? false,
          edit: {
            edits: (action.edit?.changes?.[uri] ?? []).map((edit) => ({
              resource: target.uri,
              versionId,
              textEdit: { range: toRange(edit.range), text: edit.newText },
            })),
          },
        })),
        dispose: () => {},
      };
    },
  });

  return {
    dispose: () => {
      listener.dispose();
      completion.dispose();
      quickFixes.dispose();
      worker.terminate();
    },
  };
}
