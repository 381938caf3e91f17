// Completion of ids and keys over LSP.
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

describe("completion", () => {
  it("completes ids where an id is expected", async () => {
    const text = valid.replace("{ credential: basic-cert }", "{ credential:  }");
    await lsp.open(uri, text);
    const items = (await lsp.client.sendRequest("textDocument/completion", {
      textDocument: { uri },
      position: pos(text, "{ credential:  }", 14),
    })) as { label: string; detail: string }[];
    expect(items.map((i) => [i.label, i.detail])).toEqual([
      ["basic-cert", "credential: Basic certificate"],
    ]);
  });

  it("completes keys from the schema with their documentation", async () => {
    const text = valid.replace(
      "    settings: [clinic]\n  senior:",
      "    settings: [clinic]\n    sum\n  senior:",
    );
    await lsp.open(uri, text);
    const items = (await lsp.client.sendRequest("textDocument/completion", {
      textDocument: { uri },
      position: pos(text, "    sum\n", 7),
    })) as { label: string; documentation?: { value: string } }[];
    expect(items.map((i) => i.label)).toEqual([
      "summary",
      "requires",
      "conferred",
      "codes",
      "sources",
    ]);
    expect(items[0]?.documentation?.value).toContain("A few sentences");
  });
});
