// Issue 14 over stdio on the built server: documents that once crashed it (an 800-job profile,
// a null one level past the depth limit, thousands of aliases) get diagnostics, and the server
// keeps answering.
import type { ChildProcessWithoutNullStreams } from "node:child_process";
import { readFileSync } from "node:fs";
import { fileURLToPath, pathToFileURL } from "node:url";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { MessageConnection } from "vscode-jsonrpc/node";
import { connectBuiltServer } from "./built-server.js";

const pathways = new URL("../../pathways/", import.meta.url);
const valid = readFileSync(
  new URL("../../packages/core/test/fixtures/valid/input.yaml", import.meta.url),
  "utf8",
);

interface Published {
  diagnostics: { code?: string; range: { start: { line: number } } }[];
}

let child: ChildProcessWithoutNullStreams;
let client: MessageConnection;
const waiting = new Map<string, (p: Published) => void>();

beforeAll(async () => {
  ({ child, client } = connectBuiltServer());
  client.onNotification("textDocument/publishDiagnostics", (p) => waiting.get(p.uri)?.(p));
  client.listen();
  await client.sendRequest("initialize", {
    processId: process.pid,
    rootUri: null,
    workspaceFolders: [{ uri: pathToFileURL(fileURLToPath(pathways)).href, name: "pathways" }],
    initializationOptions: { today: "2026-11-24" },
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

async function open(uri: string, text: string) {
  const next = new Promise<Published>((resolve) => waiting.set(uri, resolve));
  await client.sendNotification("textDocument/didOpen", {
    textDocument: { uri, languageId: "yaml", version: 1, text },
  });
  const published = await next;
  // Still alive and answering.
  const symbols = await client.sendRequest("textDocument/documentSymbol", {
    textDocument: { uri },
  });
  expect(Array.isArray(symbols)).toBe(true);
  expect(child.exitCode).toBeNull();
  return published.diagnostics.map((d) => d.code);
}

describe("the built language server on hostile documents", () => {
  it("checks a profile of 800 jobs (finding 1)", async () => {
    const jobs = "  - { role: pharmacy-technician, from: 2020-01-01 }\n".repeat(800);
    const text = `pathwise: 1\npathway: pharmacy-technician\nhistory:\n${jobs}`;
    const codes = await open(new URL("jobs.profile.yaml", pathways).href, text);
    expect(codes).toEqual(["invalid-value"]);
  });

  it("checks a profile of 500 overlapping jobs, one warning each (finding 1)", async () => {
    const jobs = "  - { role: pharmacy-technician, from: 2020-01-01 }\n".repeat(500);
    const text = `pathwise: 1\npathway: pharmacy-technician\nhistory:\n${jobs}`;
    const codes = await open(new URL("overlaps.profile.yaml", pathways).href, text);
    expect(codes).toHaveLength(499);
  });

  it("reports a null one level past the depth limit (finding 4)", async () => {
    const text = `x: ${"{a: ".repeat(63)}{b}${"}".repeat(63)}\n`;
    expect(await open("file:///hostile/deep.pathway.yaml", text)).toEqual(["too-deep"]);
  });

  it("expands thousands of aliases (finding 5)", async () => {
    const n = 3000;
    const anchors = Array.from({ length: n }, (_, i) => `  s${i}: &s${i} { title: S${i} }\n`);
    const uses = Array.from({ length: n }, (_, i) => `  u${i}: *s${i}\n`);
    const text = valid.replace("settings:\n", `settings:\n${anchors.join("")}${uses.join("")}`);
    const codes = await open("file:///hostile/aliases.pathway.yaml", text);
    // 6,000 unused settings: the first thousand diagnostics, then one that counts the rest.
    expect(new Set(codes)).toEqual(new Set(["unused", "too-many-diagnostics"]));
    expect(codes).toHaveLength(1001);
  });
});
