// A real LSP client over in-memory streams, for driving the server in tests without sleeps:
// every wait is on a message.
import { PassThrough } from "node:stream";
import { afterEach, beforeEach } from "vitest";
import {
  createMessageConnection,
  StreamMessageReader,
  StreamMessageWriter,
} from "vscode-jsonrpc/node";
import { createConnection } from "vscode-languageserver/node";
import type { PublishDiagnosticsParams } from "vscode-languageserver-protocol";
import { type ServerOptions, startServer, type WorkspaceFiles } from "../src/server.js";

/** Workspace files held in memory: `file:` URI to text. */
export function memoryWorkspace(files: Record<string, string>): WorkspaceFiles {
  const find = (suffix: string) => async (folders: readonly string[]) =>
    Object.entries(files)
      .filter(([uri]) => uri.endsWith(suffix) && folders.some((f) => uri.startsWith(f)))
      .map(([uri, text]) => ({ uri, text }));
  return {
    findPathwayFiles: find(".pathway.yaml"),
    findProfileFiles: find(".profile.yaml"),
    readFile: async (uri) => files[uri],
  };
}

export function connectInMemory(today = "2026-11-24", options: Omit<ServerOptions, "today"> = {}) {
  const up = new PassThrough();
  const down = new PassThrough();
  const serverConnection = createConnection(
    new StreamMessageReader(up),
    new StreamMessageWriter(down),
  );
  startServer(serverConnection, { today, ...options });
  const client = createMessageConnection(
    new StreamMessageReader(down),
    new StreamMessageWriter(up),
  );
  const waiting = new Map<string, ((p: PublishDiagnosticsParams) => void)[]>();
  const history = new Map<string, PublishDiagnosticsParams[]>();
  client.onNotification("textDocument/publishDiagnostics", (params: PublishDiagnosticsParams) => {
    history.set(params.uri, [...(history.get(params.uri) ?? []), params]);
    const list = waiting.get(params.uri) ?? [];
    waiting.set(params.uri, []);
    for (const resolve of list) resolve(params);
  });
  let register: (registrations: unknown[]) => void = () => undefined;
  const registered = new Promise<unknown[]>((resolve) => {
    register = resolve;
  });
  client.onRequest("client/registerCapability", (params: { registrations: unknown[] }) => {
    register(params.registrations);
    return null;
  });
  client.listen();
  return {
    client,
    /** Every diagnostics notification received so far for a document, oldest first. */
    published(uri: string): readonly PublishDiagnosticsParams[] {
      return history.get(uri) ?? [];
    },
    /** Resolves with the next diagnostics published for a document (optionally for a version). */
    nextDiagnostics(uri: string, version?: number): Promise<PublishDiagnosticsParams> {
      return new Promise((resolve) => {
        const wait = (p: PublishDiagnosticsParams) => {
          if (version === undefined || p.version === version) resolve(p);
          else waiting.set(uri, [...(waiting.get(uri) ?? []), wait]);
        };
        waiting.set(uri, [...(waiting.get(uri) ?? []), wait]);
      });
    },
    /** Resolves with the first capabilities the server registers with the client. */
    registered,
    async initialize(rootUri: string | null = null, capabilities: object = {}) {
      const result = await client.sendRequest("initialize", {
        processId: null,
        rootUri,
        capabilities,
      });
      await client.sendNotification("initialized", {});
      return result;
    },
    async change(uri: string, text: string, version: number) {
      const published = this.nextDiagnostics(uri, version);
      await client.sendNotification("textDocument/didChange", {
        textDocument: { uri, version },
        contentChanges: [{ text }],
      });
      return published;
    },
    async open(uri: string, text: string, version = 1) {
      const published = this.nextDiagnostics(uri, version);
      await client.sendNotification("textDocument/didOpen", {
        textDocument: { uri, languageId: "yaml", version, text },
      });
      return published;
    },
    /** Tells the server that watched files were created (1), changed (2) or deleted (3). */
    filesChanged(...changes: { uri: string; type: 1 | 2 | 3 }[]) {
      return client.sendNotification("workspace/didChangeWatchedFiles", { changes });
    },
    dispose() {
      client.dispose();
      serverConnection.dispose();
      up.destroy();
      down.destroy();
    },
  };
}

/** The 0-based LSP position of the n-th occurrence of `needle` in `text`, plus `shift` characters. */
export function positionOf(text: string, needle: string, shift = 0, nth = 0) {
  let at = -1;
  for (let i = 0; i <= nth; i++) at = text.indexOf(needle, at + 1);
  if (at < 0) throw new Error(`no ${needle}`);
  const offset = at + shift;
  const before = text.slice(0, offset);
  const line = before.split("\n").length - 1;
  return { line, character: offset - (before.lastIndexOf("\n") + 1) };
}

/**
 * A fresh, initialized in-memory server for each test of the calling file, disposed after it;
 * call the returned function for the current one.
 */
export function useServer(): () => ReturnType<typeof connectInMemory> {
  let lsp: ReturnType<typeof connectInMemory> | undefined;
  beforeEach(async () => {
    lsp = connectInMemory();
    await lsp.initialize();
  });
  afterEach(() => lsp?.dispose());
  return () => {
    if (!lsp) throw new Error("useServer() is read inside a test only");
    return lsp;
  };
}
