// Go to definition and find references within a pathway, over LSP.
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { positionOf, useServer } from "./lsp-client.js";

const fixtures = new URL("../../core/test/fixtures/", import.meta.url);
const valid = readFileSync(new URL("valid/input.yaml", fixtures), "utf8");
const uri = "file:///work/demo.pathway.yaml";

const lsp = useServer();

describe("definition", () => {
  it("goes to the definition and finds every reference", async () => {
    await lsp().open(uri, valid);
    const at = positionOf(valid, "credential: basic-cert }, {", 14);
    const definition = await lsp().client.sendRequest("textDocument/definition", {
      textDocument: { uri },
      position: at,
    });
    expect(definition).toEqual({
      uri,
      range: { start: { line: 11, character: 2 }, end: { line: 11, character: 12 } },
    });
    const refs = (await lsp().client.sendRequest("textDocument/references", {
      textDocument: { uri },
      position: at,
      context: { includeDeclaration: true },
    })) as { range: { start: { line: number } } }[];
    expect(refs.map((r) => r.range.start.line)).toEqual([11, 23, 28]);
  });
});
