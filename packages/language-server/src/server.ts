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
  DidChangeWatchedFilesNotification,
  type DocumentSymbol,
  ErrorCodes,
  FileChangeType,
  LSPErrorCodes,
  ResponseError,
  SymbolKind,
  type TextDocumentPositionParams,
  TextDocumentSyncKind,
  TextDocuments,
  type TextEdit,
} from "vscode-languageserver";
import { TextDocument } from "vscode-languageserver-textdocument";
import {
  type IdTarget,
  idTargetAt,
  referencesTo,
  renameRefusal,
  renameTarget,
} from "./service/cross-file.js";
import {
  type AnalysedDocument,
  createLanguageService,
  type OutlineSymbol,
  type Span,
} from "./service/language-service.js";
import type { PathwayCandidate } from "./service/pathway-finder.js";
import { createPathwayIndex } from "./service/pathway-index.js";
import { createProfilesByPathway } from "./service/profiles-by-pathway.js";

/** A pathway or profile file found on disk. */
export interface WorkspaceFile {
  /** Its `file:` URI. */
  readonly uri: string;
  readonly text: string;
}

/** A pathway file found on disk. */
export type PathwayFile = WorkspaceFile;

/**
 * The server's only I/O beyond the LSP connection: reading the workspace's pathway files, so that
 * profiles can be checked against a pathway that is not open, and its profile files, so that
 * references and rename reach the profiles that are not open. Without it, only open documents
 * are searched (as in a browser worker).
 */
export interface WorkspaceFiles {
  /** Every `*.pathway.yaml` file under the given folders (as `file:` URIs), with its text. */
  findPathwayFiles(folders: readonly string[]): Promise<readonly PathwayFile[]>;
  /**
   * Every `*.profile.yaml` file under the given folders (as `file:` URIs), with its text. Without
   * it, references and rename reach open profiles only.
   */
  findProfileFiles?(folders: readonly string[]): Promise<readonly WorkspaceFile[]>;
  /** The current text of one file, or `undefined` when it is gone or unreadable. */
  readFile(uri: string): Promise<string | undefined>;
}

/** Options of {@link startServer}. */
export interface ServerOptions {
  /**
   * The evaluation date for staleness checks; by default the server's own date at start-up. A
   * client's `initializationOptions.today` takes precedence.
   */
  readonly today?: string;
  /** Access to the workspace's pathway files; without it, profiles find open pathways only. */
  readonly workspace?: WorkspaceFiles;
}

/** The `workspace/executeCommand` command that previews a profile's next steps. */
export const nextStepsCommand = "pathwise.nextSteps";

const isProfileUri = (uri: string) => uri.endsWith(".profile.yaml");
const isPathwayUri = (uri: string) => uri.endsWith(".pathway.yaml");
const isoDate = /^\d{4}-\d{2}-\d{2}$/;

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
 * A profile is analysed against the pathway it names, found through an index of the pathways
 * (open documents, else files on disk) by id, and again whenever that pathway changes or another
 * one takes its place.
 */
export function startServer(connection: Connection, options: ServerOptions = {}): void {
  const workspace = options.workspace;
  const serviceFor = (today: string) =>
    createLanguageService({
      today,
      pathwaySearch: workspace
        ? "in the workspace's `*.pathway.yaml` files or the open documents"
        : "in the open documents",
    });
  let service = serviceFor(options.today ?? new Date().toISOString().slice(0, 10));
  const documents = new TextDocuments(TextDocument);
  const analysed = new Map<string, { version: number; doc: AnalysedDocument }>();
  const caches = new Map<string, ParseCache>();
  const pending = new Map<string, ReturnType<typeof setTimeout>>();
  // The pathways that profiles can name, and the profiles that name them: open documents, else
  // the files found on disk (whose texts `onDisk` holds).
  const pathways = createPathwayIndex();
  const profiles = createProfilesByPathway();
  const onDisk = new Map<string, string>();
  let folders: string[] = [];
  let watchFiles = false;
  let markReady: () => void = () => undefined;
  let markScanned: () => void = () => undefined;
  // Profiles wait for the first scan of the workspace's pathways, so that their first verdict is
  // final; references and rename wait for its profiles too.
  const ready = new Promise<void>((resolve) => {
    markReady = resolve;
  });
  const scanned = new Promise<void>((resolve) => {
    markScanned = resolve;
  });
  if (!workspace) {
    markReady();
    markScanned();
  }

  const samePathway = (a: PathwayCandidate | undefined, b: PathwayCandidate | undefined) =>
    a?.uri === b?.uri && a?.doc === b?.doc;
  /** A profile's analysis holds while the pathway it names is still the one it was checked against. */
  const current = (doc: AnalysedDocument) =>
    doc.kind === "pathway" ||
    samePathway(doc.pathwayId && pathways.findPathway(doc.pathwayId.id), doc.pathway);

  const stateOf = (uri: string): { text: TextDocument; doc: AnalysedDocument } | undefined => {
    const text = documents.get(uri);
    if (!text) return undefined;
    const cached = analysed.get(uri);
    if (cached && cached.version === text.version && current(cached.doc))
      return { text, doc: cached.doc };
    let doc: AnalysedDocument;
    if (isProfileUri(uri)) doc = service.analyzeProfile(text.getText(), pathways);
    else {
      let cache = caches.get(uri);
      if (!cache) {
        cache = createParseCache();
        caches.set(uri, cache);
      }
      doc = service.analyze(text.getText(), cache);
    }
    analysed.set(uri, { version: text.version, doc });
    return { text, doc };
  };
  const pathwayState = (uri: string) => {
    const state = stateOf(uri);
    return state?.doc.kind === "pathway" ? { text: state.text, doc: state.doc } : undefined;
  };
  const profileState = (uri: string) => {
    const state = stateOf(uri);
    return state?.doc.kind === "profile" ? { text: state.text, doc: state.doc } : undefined;
  };
  /** The state after the workspace scan, for requests about profiles. */
  const settledState = async (uri: string) => {
    if (isProfileUri(uri)) await ready;
    return stateOf(uri);
  };

  /** Points the indexes at a document's current text: the open document's, else the file's. */
  const reindex = (uri: string) => {
    const open = documents.get(uri) !== undefined;
    const text = onDisk.get(uri);
    if (isPathwayUri(uri)) {
      if (open) pathways.set(uri, () => pathwayState(uri)?.doc);
      else if (text !== undefined) pathways.set(uri, () => service.analyze(text));
      else pathways.delete(uri);
    } else if (isProfileUri(uri)) {
      if (open) profiles.set(uri, () => profileState(uri)?.doc);
      else if (text !== undefined) profiles.set(uri, () => service.analyzeProfile(text));
      else profiles.delete(uri);
    }
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

  const publish = async (uri: string) => {
    pending.delete(uri);
    const state = await settledState(uri);
    // A newer version is on its way, or the document closed, while the scan finished.
    if (!state || pending.has(uri)) return;
    const diagnostics = service.diagnostics(state.doc).map(toDiagnostic);
    if (state.doc.kind === "profile" && state.doc.notice) {
      diagnostics.push({
        range: toRange(state.text, state.doc.notice),
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
  /**
   * A pathway changed: on the next turn (once per burst), the open profiles whose pathway is now
   * another one, or another version, are checked again.
   */
  const pathwaysChanged = () => {
    if (recheckQueued) return;
    recheckQueued = true;
    setTimeout(() => {
      recheckQueued = false;
      for (const text of documents.all()) {
        if (!isProfileUri(text.uri)) continue;
        const cached = analysed.get(text.uri);
        if (!cached || !current(cached.doc)) schedule(text.uri);
      }
    }, 0);
  };

  connection.onInitialize((params) => {
    // A client may fix the evaluation date (`initializationOptions: { today }`), as CI's
    // `pathwise validate --today` does, so that editor and CI agree on staleness.
    const today = (params.initializationOptions as { today?: unknown } | undefined)?.today;
    if (typeof today === "string" && isoDate.test(today)) service = serviceFor(today);
    folders = (params.workspaceFolders ?? []).map((f) => f.uri);
    if (folders.length === 0 && params.rootUri) folders = [params.rootUri];
    watchFiles = params.capabilities.workspace?.didChangeWatchedFiles?.dynamicRegistration === true;
    void scan();
    return {
      capabilities: {
        textDocumentSync: TextDocumentSyncKind.Incremental,
        completionProvider: { triggerCharacters: [":", " ", "[", ","] },
        hoverProvider: true,
        definitionProvider: true,
        referencesProvider: true,
        renameProvider: { prepareProvider: true },
        documentSymbolProvider: true,
        codeActionProvider: { codeActionKinds: [CodeActionKind.QuickFix] },
        executeCommandProvider: { commands: [nextStepsCommand] },
      },
      serverInfo: { name: "pathwise-language-server" },
    };
  });

  connection.onInitialized(() => {
    if (!workspace || !watchFiles) return;
    void connection.client
      .register(DidChangeWatchedFilesNotification.type, {
        watchers: [
          { globPattern: "**/*.pathway.yaml" },
          ...(workspace.findProfileFiles ? [{ globPattern: "**/*.profile.yaml" }] : []),
        ],
      })
      .catch(() => undefined);
  });

  /** Whether the server follows a file on disk: pathways, and profiles when it can list them. */
  const followed = (uri: string) =>
    isPathwayUri(uri) || (isProfileUri(uri) && workspace?.findProfileFiles !== undefined);

  const scan = async () => {
    if (!workspace) return;
    const list = async (
      kind: string,
      find: (folders: readonly string[]) => Promise<readonly WorkspaceFile[]>,
    ) => {
      try {
        for (const f of await find(folders.filter((f) => f.startsWith("file:")))) {
          onDisk.set(f.uri, f.text);
          reindex(f.uri);
        }
      } catch (error) {
        connection.console.warn(`Cannot list the workspace's ${kind} files: ${String(error)}`);
      }
    };
    await list("pathway", (f) => workspace.findPathwayFiles(f));
    pathwaysChanged();
    markReady();
    const findProfiles = workspace.findProfileFiles;
    if (findProfiles) await list("profile", (f) => findProfiles.call(workspace, f));
    markScanned();
  };

  /** Takes in a file's text as read from disk now (`undefined` when it is gone). */
  const fileChanged = (uri: string, text: string | undefined) => {
    if (text === undefined) onDisk.delete(uri);
    else onDisk.set(uri, text);
    reindex(uri);
    if (isPathwayUri(uri)) pathwaysChanged();
  };

  // File events are taken in one after another, after the scan; references and rename wait for
  // those reported before them.
  let filesTaken = scanned;
  connection.onDidChangeWatchedFiles((params) => {
    if (!workspace) return;
    filesTaken = filesTaken
      .then(async () => {
        for (const change of params.changes) {
          if (!followed(change.uri)) continue;
          const text =
            change.type === FileChangeType.Deleted
              ? undefined
              : await workspace.readFile(change.uri);
          fileChanged(change.uri, text);
        }
      })
      .catch((error: unknown) =>
        connection.console.warn(`Cannot read a changed workspace file: ${String(error)}`),
      );
  });

  /** An open document changed (or closed): the indexes follow, and profiles their pathway. */
  const documentEdited = (uri: string) => {
    reindex(uri);
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
    analysed.delete(e.document.uri);
    caches.delete(e.document.uri);
    void connection.sendDiagnostics({ uri: e.document.uri, diagnostics: [] });
    documentEdited(e.document.uri);
  });

  connection.onExecuteCommand(async (params) => {
    if (params.command !== nextStepsCommand) {
      throw new ResponseError(ErrorCodes.InvalidParams, `Unknown command \`${params.command}\`.`);
    }
    const [uri, date] = params.arguments ?? [];
    if (typeof uri !== "string" || !isProfileUri(uri)) {
      throw new ResponseError(
        ErrorCodes.InvalidParams,
        `Expected the URI of a \`*.profile.yaml\` document, found ${JSON.stringify(uri) ?? "nothing"}.`,
      );
    }
    if (date !== undefined && date !== null && (typeof date !== "string" || !isoDate.test(date))) {
      throw new ResponseError(
        ErrorCodes.InvalidParams,
        `Expected a date as YYYY-MM-DD, found ${JSON.stringify(date)}.`,
      );
    }
    const state = await settledState(uri);
    if (state?.doc.kind !== "profile") {
      throw new ResponseError(
        ErrorCodes.InvalidParams,
        `Expected an open document, found none for ${uri}.`,
      );
    }
    const result = service.nextSteps(state.doc, typeof date === "string" ? date : undefined);
    if (!result.ok) throw new ResponseError(LSPErrorCodes.RequestFailed, result.message);
    return {
      uri,
      pathway: result.pathway,
      date: result.date,
      text: result.text,
      recommendations: result.recommendations,
    };
  });

  connection.onCompletion(async (params) => {
    const state = await settledState(params.textDocument.uri);
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

  connection.onHover(async (params) => {
    const state = await settledState(params.textDocument.uri);
    const hover = state && service.hover(state.doc, state.text.offsetAt(params.position));
    return hover && state
      ? {
          contents: { kind: "markdown", value: hover.markdown },
          range: toRange(state.text, hover.range),
        }
      : null;
  });

  connection.onDefinition(async (params) => {
    const state = await settledState(params.textDocument.uri);
    if (state?.doc.kind === "profile") {
      const target = service.profileDefinition(state.doc, state.text.offsetAt(params.position));
      if (!target) return null;
      const position = (offset: number) => {
        // Core positions are 1-based; LSP positions are 0-based.
        const p = target.doc.analysis.position(offset);
        return { line: p.line - 1, character: p.column - 1 };
      };
      return {
        uri: target.uri,
        range: { start: position(target.span.start), end: position(target.span.end) },
      };
    }
    const span =
      state?.doc.kind === "pathway" &&
      service.definition(state.doc, state.text.offsetAt(params.position));
    return span && state
      ? { uri: params.textDocument.uri, range: toRange(state.text, span) }
      : null;
  });

  /** The id under the cursor, for references and rename, once the workspace is listed. */
  const targetAt = async (params: TextDocumentPositionParams) => {
    await filesTaken;
    const state = await settledState(params.textDocument.uri);
    if (!state) return undefined;
    const target = idTargetAt(
      state.doc,
      params.textDocument.uri,
      state.text.offsetAt(params.position),
    );
    return { state, target };
  };
  /** The profiles that name the target's pathway: those the index resolves to that pathway. */
  const profilesOf = (target: IdTarget) => {
    const id = target.pathwayId;
    if (id === undefined || pathways.findPathway(id)?.uri !== target.pathway.uri) return [];
    return profiles.naming(id);
  };
  const rangeIn = (doc: AnalysedDocument, span: Span) => {
    // Core positions are 1-based; LSP positions are 0-based.
    const position = (offset: number) => {
      const p = doc.analysis.position(offset);
      return { line: p.line - 1, character: p.column - 1 };
    };
    return { start: position(span.start), end: position(span.end) };
  };
  /**
   * Re-reads the closed files among `uris`, so that edits are never made against an old text
   * (when the client does not report file changes); true when one of them had changed.
   */
  const reread = async (uris: Iterable<string>) => {
    if (!workspace) return false;
    let changed = false;
    for (const uri of new Set(uris)) {
      if (documents.get(uri) || !followed(uri)) continue;
      const text = await workspace.readFile(uri);
      if (text === onDisk.get(uri)) continue;
      fileChanged(uri, text);
      changed = true;
    }
    return changed;
  };

  connection.onReferences(async (params) => {
    const found = await targetAt(params);
    if (!found || "refusal" in found.target) return [];
    const target = found.target;
    return referencesTo(target, profilesOf(target), params.context.includeDeclaration).map(
      (location) => ({ uri: location.uri, range: rangeIn(location.doc, location.span) }),
    );
  });

  connection.onPrepareRename(async (params) => {
    const found = await targetAt(params);
    if (!found) return null;
    const { state, target } = found;
    // A refusal's message is what the editor shows instead of the rename box.
    if ("refusal" in target) throw new ResponseError(LSPErrorCodes.RequestFailed, target.refusal);
    const refusal = renameRefusal(target);
    if (refusal !== undefined) throw new ResponseError(LSPErrorCodes.RequestFailed, refusal);
    return { range: toRange(state.text, target.span), placeholder: target.id };
  });

  connection.onRenameRequest(async (params) => {
    const rename = async () => {
      const found = await targetAt(params);
      if (!found) return undefined;
      if ("refusal" in found.target) return { error: found.target.refusal };
      return renameTarget(found.target, profilesOf(found.target), params.newName);
    };
    let result = await rename();
    // A closed file that changed on disk unannounced: rename against its text now.
    if (result && "edits" in result && (await reread(result.edits.map((e) => e.uri))))
      result = await rename();
    if (!result) return null;
    if ("error" in result) throw new ResponseError(ErrorCodes.InvalidParams, result.error);
    const changes = new Map<string, TextEdit[]>();
    for (const edit of result.edits) {
      const textEdit = { range: rangeIn(edit.doc, edit.span), newText: edit.newText };
      const list = changes.get(edit.uri);
      if (list) list.push(textEdit);
      else changes.set(edit.uri, [textEdit]);
    }
    return { changes: Object.fromEntries(changes) };
  });

  connection.onDocumentSymbol((params) => {
    const state = pathwayState(params.textDocument.uri);
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

  connection.onCodeAction(async (params) => {
    const state = await settledState(params.textDocument.uri);
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
