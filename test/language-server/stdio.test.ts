// Spawns the built language server (dist/node.js) and talks real LSP to it over stdio.
import type { ChildProcessWithoutNullStreams } from "node:child_process";
import { readFileSync } from "node:fs";
import { fileURLToPath, pathToFileURL } from "node:url";
import {
  loadPathway,
  loadPathwayOrThrow,
  loadProfile,
  recommendSteps,
  renderRecommendations,
} from "@pathwise/core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { MessageConnection } from "vscode-jsonrpc/node";
import { connectBuiltServer } from "./built-server.js";

const valid = readFileSync(
  new URL("../../packages/core/test/fixtures/valid/input.yaml", import.meta.url),
  "utf8",
);
const uri = "file:///stdio/demo.pathway.yaml";
const today = "2026-11-24";
const pathways = new URL("../../pathways/", import.meta.url);
const flagshipUrl = new URL("pharmacy-technician.pathway.yaml", pathways);
const flagship = readFileSync(flagshipUrl, "utf8");
const profileUrl = new URL("profiles/aspiring-advanced-technician.profile.yaml", pathways);
const profile = readFileSync(profileUrl, "utf8");

let child: ChildProcessWithoutNullStreams;
let client: MessageConnection;
const published = new Map<string, (p: PublishedDiagnostics) => void>();

interface PublishedDiagnostics {
  diagnostics: {
    code?: string;
    message: string;
    severity: number;
    range: { start: { line: number; character: number }; end: { line: number; character: number } };
  }[];
}

beforeAll(async () => {
  ({ child, client } = connectBuiltServer());
  client.onNotification("textDocument/publishDiagnostics", (p) => published.get(p.uri)?.(p));
  client.listen();
  await client.sendRequest("initialize", {
    processId: process.pid,
    rootUri: null,
    // The server finds the pathway a profile names in the workspace's folders, on disk.
    workspaceFolders: [{ uri: pathToFileURL(fileURLToPath(pathways)).href, name: "pathways" }],
    initializationOptions: { today },
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
  return new Promise<PublishedDiagnostics>((resolve) => published.set(docUri, resolve));
}

async function open(docUri: string, text: string, version = 1) {
  const next = diagnosticsFor(docUri);
  await client.sendNotification("textDocument/didOpen", {
    textDocument: { uri: docUri, languageId: "yaml", version, text },
  });
  return next;
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
    child.stdin.write(`Content-Length: ${Buffer.byteLength(garbage)}\r\n\r\n${garbage}`);
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

  it("checks a flagship profile against the flagship pathway found on disk", async () => {
    const profileUri = profileUrl.href;
    expect((await open(profileUri, profile)).diagnostics).toEqual([]);
    const next = diagnosticsFor(profileUri);
    await client.sendNotification("textDocument/didChange", {
      textDocument: { uri: profileUri, version: 2 },
      contentChanges: [{ text: profile.replace("setting: community\n", "setting: comunity\n") }],
    });
    expect((await next).diagnostics).toEqual([
      {
        range: { start: { line: 7, character: 9 }, end: { line: 7, character: 17 } },
        severity: 1,
        code: "unknown-reference",
        source: "pathwise",
        message:
          "Expected a setting of pathway `pharmacy-technician`, found `comunity`; did you mean `community`?",
        data: { path: ["setting"], suggestions: ["community"] },
      },
    ]);
    const back = diagnosticsFor(profileUri);
    await client.sendNotification("textDocument/didChange", {
      textDocument: { uri: profileUri, version: 3 },
      contentChanges: [{ text: profile }],
    });
    expect((await back).diagnostics).toEqual([]);
  });

  it("opens the flagship pathway with the library's verdict", async () => {
    const { diagnostics } = await open(flagshipUrl.href, flagship);
    const library = loadPathway(flagship, { today }).diagnostics;
    expect(diagnostics.map((d) => [d.code, d.message, d.range.start.line + 1])).toEqual(
      library.map((d) => [d.code, d.message, d.range?.start.line]),
    );
  });

  it("previews a flagship profile's next steps as `pathwise next` computes them", async () => {
    const result = (await client.sendRequest("workspace/executeCommand", {
      command: "pathwise.nextSteps",
      arguments: [profileUrl.href],
    })) as { date: string; pathway: string; text: string; recommendations: unknown };
    const pathway = loadPathwayOrThrow(flagship, { today });
    const checked = loadProfile(profile, { pathway, today });
    if (!checked.ok) throw new Error("the flagship profile is valid");
    const library = recommendSteps(pathway, checked.value, { date: today, limit: 5 });
    expect(result).toEqual({
      uri: profileUrl.href,
      pathway: flagshipUrl.href,
      date: today,
      text: renderRecommendations(library),
      recommendations: JSON.parse(JSON.stringify(library)),
    });
    expect(result.text).toMatch(/^Next steps on 2026-11-24:\n {2}1\. /);
  });

  it("answers a preview request for an unopened profile with an error and keeps running", async () => {
    const missing = new URL("profiles/new-technician.profile.yaml", pathways).href;
    await expect(
      client.sendRequest("workspace/executeCommand", {
        command: "pathwise.nextSteps",
        arguments: [missing],
      }),
    ).rejects.toThrow(`Expected an open document, found none for ${missing}.`);
    expect(child.exitCode).toBeNull();
  });
});
