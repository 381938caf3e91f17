// Go to definition and find references within a pathway, over LSP.
import { readFileSync } from "node:fs";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { connectInMemory } from "./lsp-client.js";

const fixtures = new URL("../../core/test/fixtures/", import.meta.url);
const valid = readFileSync(new URL("valid/input.yaml", fixtures), "utf8");
const uri = "file:///work/demo.pathway.yaml";

/** The 0-based position of the n-th occurrence of `needle` (plus `shift` characters). */
function pos(text: string, needle: string, shift = 0, nth = 0) {
  let at = -1;
  for (let i = 0; i <= nth; i++) at = text.indexOf(needle, at + 1);
  if (at < 0) throw new Error(`no ${needle}`);
  const offset = at + shift;
  const before = text.slice(0, offset);
  const line = before.split("\n").length - 1;
  return { line, character: offset - (before.lastIndexOf("\n") + 1) };
}

let lsp: ReturnType<typeof connectInMemory>;
beforeEach(async () => {
  lsp = connectInMemory();
  await lsp.initialize();
});
afterEach(() => lsp.dispose());

describe("definition", () => {
  it("goes to the definition and finds every reference", async () => {
    await lsp.open(uri, valid);
    const at = pos(valid, "credential: basic-cert }, {", 14);
    const definition = await lsp.client.sendRequest("textDocument/definition", {
      textDocument: { uri },
      position: at,
    });
    expect(definition).toEqual({
      uri,
      range: { start: { line: 11, character: 2 }, end: { line: 11, character: 12 } },
    });
    const refs = (await lsp.client.sendRequest("textDocument/references", {
      textDocument: { uri },
      position: at,
      context: { includeDeclaration: true },
    })) as { range: { start: { line: number } } }[];
    expect(refs.map((r) => r.range.start.line)).toEqual([11, 23, 28]);
  });
});
