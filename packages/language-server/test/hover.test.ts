// Hover over LSP: ids and keys.
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

describe("hover", () => {
  it("hovers an id with the entity's title, and a key with its documentation", async () => {
    await lsp.open(uri, valid);
    const onId = (await lsp.client.sendRequest("textDocument/hover", {
      textDocument: { uri },
      position: pos(valid, "credential: basic-cert", 15),
    })) as { contents: { value: string } };
    expect(onId.contents.value).toBe(
      "**Basic certificate** — credential `basic-cert`\n\nIssued by Example Board (certification).",
    );
    const onKey = (await lsp.client.sendRequest("textDocument/hover", {
      textDocument: { uri },
      position: pos(valid, "issuer:", 2),
    })) as { contents: { value: string } };
    expect(onKey.contents.value).toBe("`issuer`: Who awards the credential.");
  });
});
