// Spawns the built language server (dist/node.js) and talks real LSP to it over stdio.
import { type ChildProcess, spawn } from "node:child_process";
import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import {
  createMessageConnection,
  type MessageConnection,
  StreamMessageReader,
  StreamMessageWriter,
} from "vscode-jsonrpc/node";

const server = fileURLToPath(
  new URL("../../packages/language-server/dist/node.js", import.meta.url),
);
const valid = readFileSync(
  new URL("../../packages/core/test/fixtures/valid/input.yaml", import.meta.url),
  "utf8",
);
const uri = "file:///stdio/demo.pathway.yaml";

let child: ChildProcess;
let client: MessageConnection;
const published = new Map<
  string,
  (p: { diagnostics: { code: string; range: { start: { line: number } } }[] }) => void
>();

beforeAll(async () => {
  child = spawn(process.execPath, [server, "--stdio"], { stdio: ["pipe", "pipe", "pipe"] });
  client = createMessageConnection(
    new StreamMessageReader(child.stdout!),
    new StreamMessageWriter(child.stdin!),
  );
  client.onNotification("textDocument/publishDiagnostics", (p) => published.get(p.uri)?.(p));
  client.listen();
  await client.sendRequest("initialize", {
    processId: process.pid,
    rootUri: null,
    capabilities: {},
  });
  await client.sendNotification("initialized", {});
});

afterAll(async () => {
  await client.sendRequest("shutdown").catch(() => undefined);
  await client.sendNotification("exit").catch(() => undefined);
  client.dispose();
  child.kill();
});

function diagnosticsFor(docUri: string) {
  return new Promise<{ diagnostics: { code: string; range: { start: { line: number } } }[] }>(
    (resolve) => published.set(docUri, resolve),
  );
}

describe("the built language server over stdio", () => {
  it("publishes diagnostics for an opened pathway", async () => {
    const text = valid.replace("settings: [clinic]\n  senior", "settings: [clinc]\n  senior");
    const next = diagnosticsFor(uri);
    await client.sendNotification("textDocument/didOpen", {
      textDocument: { uri, languageId: "yaml", version: 1, text },
    });
    const { diagnostics } = await next;
    expect(diagnostics.map((d) => [d.code, d.range.start.line])).toEqual([
      ["unknown-reference", 19],
    ]);
  });

  it("survives malformed JSON-RPC and keeps answering", async () => {
    const garbage = "{ this is not json";
    child.stdin!.write(`Content-Length: ${Buffer.byteLength(garbage)}\r\n\r\n${garbage}`);
    const hover = await client.sendRequest("textDocument/hover", {
      textDocument: { uri },
      position: { line: 11, character: 4 },
    });
    expect(hover).toMatchObject({ contents: { kind: "markdown" } });
    expect(child.exitCode).toBeNull();
  });

  it("answers a huge document without stalling", async () => {
    const roles = Array.from(
      { length: 2000 },
      (_, i) => `  role-${i}:\n    title: Role ${i}\n    settings: [clinic]\n`,
    ).join("");
    const big = valid.replace("roles:\n", `roles:\n${roles}`);
    const bigUri = "file:///stdio/big.pathway.yaml";
    const next = diagnosticsFor(bigUri);
    await client.sendNotification("textDocument/didOpen", {
      textDocument: { uri: bigUri, languageId: "yaml", version: 1, text: big },
    });
    expect((await next).diagnostics).toEqual([]);
  });
});
