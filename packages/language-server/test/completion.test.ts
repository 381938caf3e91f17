// Completion of ids and keys over LSP.
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { positionOf, useServer } from "./lsp-client.js";

const fixtures = new URL("../../core/test/fixtures/", import.meta.url);
const valid = readFileSync(new URL("valid/input.yaml", fixtures), "utf8");
const uri = "file:///work/demo.pathway.yaml";

const lsp = useServer();

describe("completion", () => {
  it("completes ids where an id is expected", async () => {
    const text = valid.replace("{ credential: basic-cert }", "{ credential:  }");
    await lsp().open(uri, text);
    const items = (await lsp().client.sendRequest("textDocument/completion", {
      textDocument: { uri },
      position: positionOf(text, "{ credential:  }", 14),
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
    await lsp().open(uri, text);
    const items = (await lsp().client.sendRequest("textDocument/completion", {
      textDocument: { uri },
      position: positionOf(text, "    sum\n", 7),
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
