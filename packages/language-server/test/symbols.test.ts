// The document outline over LSP.
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { useServer } from "./lsp-client.js";

const fixtures = new URL("../../core/test/fixtures/", import.meta.url);
const valid = readFileSync(new URL("valid/input.yaml", fixtures), "utf8");
const uri = "file:///work/demo.pathway.yaml";

const lsp = useServer();

describe("symbols", () => {
  it("outlines collections and their entries with titles", async () => {
    await lsp().open(uri, valid);
    const symbols = (await lsp().client.sendRequest("textDocument/documentSymbol", {
      textDocument: { uri },
    })) as {
      name: string;
      children: { name: string; detail?: string }[];
    }[];
    const roles = symbols.find((s) => s.name === "roles");
    expect(roles?.children.map((c) => [c.name, c.detail])).toEqual([
      ["assistant", "Assistant"],
      ["senior", "Senior assistant"],
    ]);
    expect(symbols.map((s) => s.name)).toEqual([
      "pathwise",
      "id",
      "title",
      "reviewed",
      "sources",
      "settings",
      "strategies",
      "credentials",
      "roles",
      "steps",
    ]);
  });
});
