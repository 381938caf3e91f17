// Document links over LSP: the sources' URLs, without their quotes.
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { useServer } from "./lsp-client.js";

const fixtures = new URL("../../core/test/fixtures/", import.meta.url);
const valid = readFileSync(new URL("valid/input.yaml", fixtures), "utf8");
const uri = "file:///work/demo.pathway.yaml";

const lsp = useServer();

const links = () =>
  lsp().client.sendRequest("textDocument/documentLink", { textDocument: { uri } });

describe("document links", () => {
  it("links a quoted source URL, inside the quotes", async () => {
    await lsp().open(uri, valid);
    expect(await links()).toEqual([
      {
        range: { start: { line: 5, character: 37 }, end: { line: 5, character: 65 } },
        target: "https://example.org/handbook",
      },
    ]);
  });

  it("links a plain URL in block style, and nothing that is not an http(s) URL", async () => {
    const text = valid.replace(
      '  handbook: { title: Handbook, url: "https://example.org/handbook", accessed: 2026-11-01 }\n',
      "  handbook:\n    title: Handbook\n    url: http://example.org/a?b=1\n    accessed: 2026-11-01\n  other: { title: Other, url: ftp://example.org/x, accessed: 2026-11-01 }\n",
    );
    await lsp().open(uri, text);
    expect(await links()).toEqual([
      {
        range: { start: { line: 7, character: 9 }, end: { line: 7, character: 33 } },
        target: "http://example.org/a?b=1",
      },
    ]);
  });
});
