// Hover over LSP: ids and keys.
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { positionOf, useServer } from "./lsp-client.js";

const fixtures = new URL("../../core/test/fixtures/", import.meta.url);
const valid = readFileSync(new URL("valid/input.yaml", fixtures), "utf8");
const uri = "file:///work/demo.pathway.yaml";

const lsp = useServer();

describe("hover", () => {
  it("hovers an id with the entity's title, and a key with its documentation", async () => {
    await lsp().open(uri, valid);
    const onId = (await lsp().client.sendRequest("textDocument/hover", {
      textDocument: { uri },
      position: positionOf(valid, "credential: basic-cert", 15),
    })) as { contents: { value: string } };
    expect(onId.contents.value).toBe(
      "**Basic certificate** — credential `basic-cert`\n\nIssued by Example Board (certification).",
    );
    const onKey = (await lsp().client.sendRequest("textDocument/hover", {
      textDocument: { uri },
      position: positionOf(valid, "issuer:", 2),
    })) as { contents: { value: string } };
    expect(onKey.contents.value).toBe("`issuer`: Who awards the credential.");
  });
});
