import type { Connection } from "vscode-languageserver";
import { type ServerCapabilities, TextDocumentSyncKind } from "vscode-languageserver";
import { serveCodeActions } from "./server/code-actions.js";
import { serveCompletion } from "./server/completion.js";
import { serveDefinition } from "./server/definition.js";
import { publishDiagnostics } from "./server/diagnostics.js";
import { serveDocumentLinks } from "./server/document-links.js";
import { serveFolding } from "./server/folding.js";
import { serveFormatting } from "./server/formatting.js";
import { serveHighlight } from "./server/highlight.js";
import { serveHover } from "./server/hover.js";
import { serveInlayHints } from "./server/inlay-hints.js";
import { isIsoDate, serveNextSteps } from "./server/next-steps.js";
import { serveReferences } from "./server/references.js";
import { serveRename } from "./server/rename.js";
import { serveSelectionRanges } from "./server/selection-ranges.js";
import { createSession } from "./server/session.js";
import { serveSymbols } from "./server/symbols.js";
import type { WorkspaceFiles } from "./server/workspace-files.js";
import { followWorkspace } from "./server/workspace-sync.js";

export { nextStepsCommand } from "./server/next-steps.js";
export type { PathwayFile, WorkspaceFile, WorkspaceFiles } from "./server/workspace-files.js";

/**
 * Options of {@link startServer}.
 *
 * @example
 * const options: ServerOptions = { today: "2026-11-24" };
 * startServer(createConnection(ProposedFeatures.all), options);
 */
export interface ServerOptions {
  /**
   * The evaluation date for staleness checks; by default the server's own date at start-up. A
   * client's `initializationOptions.today` takes precedence.
   */
  readonly today?: string;
  /** Access to the workspace's pathway files; without it, profiles find open pathways only. */
  readonly workspace?: WorkspaceFiles;
}

/**
 * Serves the Pathwise language service over an LSP connection (stdio or a browser worker): the
 * wiring of one module per feature over a shared session. A profile is analysed against the
 * pathway it names, found through an index of the pathways (open documents, else files on disk)
 * by id, and again whenever that pathway changes or another one takes its place.
 *
 * @example
 * import { createConnection, ProposedFeatures } from "vscode-languageserver/node";
 * startServer(createConnection(ProposedFeatures.all), { today: "2026-11-24" });
 */
export function startServer(connection: Connection, options: ServerOptions = {}): void {
  const session = createSession(
    connection,
    options.today ?? new Date().toISOString().slice(0, 10),
    options.workspace,
  );
  const { pathwaysChanged } = publishDiagnostics(session);
  const sync = followWorkspace(session, pathwaysChanged);
  const capabilities: ServerCapabilities = {
    textDocumentSync: TextDocumentSyncKind.Incremental,
    ...serveCompletion(session),
    ...serveHover(session),
    ...serveDefinition(session),
    ...serveReferences(session, sync),
    ...serveRename(session, sync),
    ...serveSymbols(session),
    ...serveCodeActions(session),
    ...serveNextSteps(session),
    ...serveFormatting(session),
    ...serveFolding(session),
    ...serveSelectionRanges(session),
    ...serveHighlight(session),
    ...serveDocumentLinks(session),
    ...serveInlayHints(session),
  };

  connection.onInitialize((params) => {
    // A client may fix the evaluation date (`initializationOptions: { today }`), as CI's
    // `pathwise validate --today` does, so that editor and CI agree on staleness.
    const today = (params.initializationOptions as { today?: unknown } | undefined)?.today;
    if (isIsoDate(today)) session.setToday(today);
    sync.begin(params);
    return { capabilities, serverInfo: { name: "pathwise-language-server" } };
  });

  session.documents.listen(connection);
  connection.listen();
}
