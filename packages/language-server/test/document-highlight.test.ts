// Document highlight over LSP: an id's definition (write) and its uses (read) in the document.
import { readFileSync } from "node:fs";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { connectInMemory, positionOf } from "./lsp-client.js";

const fixtures = new URL("../../core/test/fixtures/", import.meta.url);
const valid = readFileSync(new URL("valid/input.yaml", fixtures), "utf8");
const uri = "file:///work/demo.pathway.yaml";

let lsp: ReturnType<typeof connectInMemory>;
beforeEach(async () => {
  lsp = connectInMemory();
  await lsp.initialize();
  await lsp.open(uri, valid);
});
afterEach(() => lsp.dispose());

const highlight = (position: { line: number; character: number }) =>
  lsp.client.sendRequest("textDocument/documentHighlight", { textDocument: { uri }, position });

describe("document highlight", () => {
  const uses = [
    { range: { start: { line: 11, character: 2 }, end: { line: 11, character: 12 } }, kind: 3 },
    { range: { start: { line: 23, character: 36 }, end: { line: 23, character: 46 } }, kind: 2 },
    { range: { start: { line: 28, character: 26 }, end: { line: 28, character: 36 } }, kind: 2 },
  ];

  it("marks the definition as written and each reference as read, from the definition", async () => {
    expect(await highlight(positionOf(valid, "basic-cert:", 2))).toEqual(uses);
  });

  it("gives the same from a reference", async () => {
    expect(await highlight(positionOf(valid, "grants: { credential: basic-cert", 30))).toEqual(
      uses,
    );
  });

  it("marks nothing on a key or free text", async () => {
    expect(await highlight(positionOf(valid, "title: Demo", 9))).toEqual([]);
    expect(await highlight(positionOf(valid, "issuer:", 1))).toEqual([]);
  });
});
