// The built language server (dist/node.js) as editors start it: a child process over stdio.
import { type ChildProcessWithoutNullStreams, spawn } from "node:child_process";
import { fileURLToPath } from "node:url";
import {
  createMessageConnection,
  type MessageConnection,
  StreamMessageReader,
  StreamMessageWriter,
} from "vscode-jsonrpc/node";

/** The path of the built server's stdio entry. */
export const builtServer = fileURLToPath(
  new URL("../../packages/language-server/dist/node.js", import.meta.url),
);

/** Starts the built server with `--stdio`; nothing is connected to its pipes yet. */
export function spawnBuiltServer(): ChildProcessWithoutNullStreams {
  return spawn(process.execPath, [builtServer, "--stdio"], { stdio: "pipe" });
}

/**
 * Starts the built server and a JSON-RPC client on its pipes. The client is not listening yet:
 * register handlers, then call `client.listen()`.
 */
export function connectBuiltServer(): {
  child: ChildProcessWithoutNullStreams;
  client: MessageConnection;
} {
  const child = spawnBuiltServer();
  const client = createMessageConnection(
    new StreamMessageReader(child.stdout),
    new StreamMessageWriter(child.stdin),
  );
  return { child, client };
}
