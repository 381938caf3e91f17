// The editor toolbox from the built language server (dist/node.js) over stdio, on the flagship:
// what a client without the YAML extension relies on.
import { readFileSync } from "node:fs";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { connectBuiltServer } from "./built-server.js";

const flagship = readFileSync(
  new URL("../../pathways/pharmacy-technician.pathway.yaml", import.meta.url),
  "utf8",
);
const uri = "file:///toolbox/pharmacy-technician.pathway.yaml";
const { child, client } = connectBuiltServer();
let capabilities: Record<string, unknown>;

/** The 0-based position just after the first `needle` in the flagship. */
function endOf(needle: string) {
  const before = flagship.slice(0, flagship.indexOf(needle) + needle.length);
  return {
    line: before.split("\n").length - 1,
    character: before.length - before.lastIndexOf("\n") - 1,
  };
}

beforeAll(async () => {
  const published = new Promise<void>((resolve) =>
    client.onNotification("textDocument/publishDiagnostics", () => resolve()),
  );
  client.listen();
  const init = (await client.sendRequest("initialize", {
    processId: process.pid,
    rootUri: null,
    initializationOptions: { today: "2026-11-24" },
    capabilities: {},
  })) as { capabilities: Record<string, unknown> };
  capabilities = init.capabilities;
  await client.sendNotification("initialized", {});
  await client.sendNotification("textDocument/didOpen", {
    textDocument: { uri, languageId: "pathwise-pathway", version: 1, text: flagship },
  });
  await published;
});

afterAll(() => {
  client.dispose();
  child.kill();
});

describe("the built server's toolbox", () => {
  it("announces every feature", () => {
    expect(Object.keys(capabilities).sort()).toEqual([
      "codeActionProvider",
      "completionProvider",
      "definitionProvider",
      "documentFormattingProvider",
      "documentHighlightProvider",
      "documentLinkProvider",
      "documentSymbolProvider",
      "executeCommandProvider",
      "foldingRangeProvider",
      "hoverProvider",
      "inlayHintProvider",
      "referencesProvider",
      "renameProvider",
      "selectionRangeProvider",
      "textDocumentSync",
    ]);
  });

  it("leaves the flagship's formatting alone: it is in the normal form", async () => {
    expect(
      await client.sendRequest("textDocument/formatting", {
        textDocument: { uri },
        options: { tabSize: 2, insertSpaces: true },
      }),
    ).toEqual([]);
  });

  it("links every source URL of the flagship", async () => {
    const links = (await client.sendRequest("textDocument/documentLink", {
      textDocument: { uri },
    })) as { target: string }[];
    const urls = [...flagship.matchAll(/\burl: "?(https?:\/\/[^\s",}]+)/g)].map((m) => m[1]);
    expect(links.map((l) => l.target)).toEqual(urls);
  });

  it("completes the credential kinds after `kind:`", async () => {
    const items = (await client.sendRequest("textDocument/completion", {
      textDocument: { uri },
      position: endOf("kind: certification"),
    })) as { label: string }[];
    expect(items.map((i) => i.label)).toEqual([
      "certification",
      "certificate",
      "registration",
      "license",
      "degree",
      "training",
    ]);
  });

  it("folds every collection over several lines", async () => {
    const ranges = (await client.sendRequest("textDocument/foldingRange", {
      textDocument: { uri },
    })) as { startLine: number; endLine: number }[];
    const roles = flagship.split("\n").indexOf("roles:");
    expect(ranges).toContainEqual(expect.objectContaining({ startLine: roles }));
    expect(ranges.every((r) => r.endLine > r.startLine)).toBe(true);
  });
});
