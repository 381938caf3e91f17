// Folding ranges over LSP: each block map or list that spans lines, from its key's line.
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { useServer } from "./lsp-client.js";

const fixtures = new URL("../../core/test/fixtures/", import.meta.url);
const valid = readFileSync(new URL("valid/input.yaml", fixtures), "utf8");
const uri = "file:///work/demo.pathway.yaml";

const lsp = useServer();

const fold = () => lsp().client.sendRequest("textDocument/foldingRange", { textDocument: { uri } });

describe("folding", () => {
  it("folds each collection and each entry over several lines, one-line flow maps not", async () => {
    await lsp().open(uri, valid);
    expect(await fold()).toEqual([
      { startLine: 4, endLine: 5 }, // sources
      { startLine: 6, endLine: 7 }, // settings
      { startLine: 8, endLine: 9 }, // strategies
      { startLine: 10, endLine: 15 }, // credentials
      { startLine: 11, endLine: 15 }, // basic-cert
      { startLine: 16, endLine: 23 }, // roles
      { startLine: 17, endLine: 19 }, // assistant
      { startLine: 20, endLine: 23 }, // senior
      { startLine: 24, endLine: 28 }, // steps
      { startLine: 25, endLine: 28 }, // earn-basic
    ]);
  });

  it("folds a block list under its key, and a list item that is a map over several lines", async () => {
    const text = "pathwise: 1\nhistory:\n  - role: a\n    from: 2024-01-01\n  - role: b\n";
    await lsp().open("file:///work/me.profile.yaml", text);
    expect(
      await lsp().client.sendRequest("textDocument/foldingRange", {
        textDocument: { uri: "file:///work/me.profile.yaml" },
      }),
    ).toEqual([
      { startLine: 1, endLine: 4 },
      { startLine: 2, endLine: 3 },
    ]);
  });

  it("answers nothing for a document that is not open", async () => {
    expect(await fold()).toEqual([]);
  });
});
