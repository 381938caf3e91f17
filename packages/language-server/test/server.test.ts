import { readFileSync } from "node:fs";
import { loadPathway } from "@pathwise/core";
import { describe, expect, it } from "vitest";
import { connectInMemory, useServer } from "./lsp-client.js";

const fixtures = new URL("../../core/test/fixtures/", import.meta.url);
const valid = readFileSync(new URL("valid/input.yaml", fixtures), "utf8");
const uri = "file:///work/demo.pathway.yaml";

const lsp = useServer();

describe("language server over LSP", () => {
  it("announces its features", async () => {
    const again = connectInMemory();
    const result = (await again.initialize()) as { capabilities: Record<string, unknown> };
    again.dispose();
    expect(result.capabilities).toMatchObject({
      completionProvider: expect.any(Object),
      hoverProvider: true,
      definitionProvider: true,
      referencesProvider: true,
      renameProvider: { prepareProvider: true },
      documentSymbolProvider: true,
      codeActionProvider: expect.any(Object),
    });
  });

  it("takes the evaluation date from the client's initializationOptions", async () => {
    const again = connectInMemory("2026-11-24");
    await again.client.sendRequest("initialize", {
      processId: null,
      rootUri: null,
      capabilities: {},
      initializationOptions: { today: "2030-01-01" },
    });
    const published = await again.open(uri, valid);
    again.dispose();
    expect(published.diagnostics.map((d) => d.code)).toEqual(["stale-review", "stale-source"]);
  });

  it("publishes the core's diagnostics, converted to 0-based positions", async () => {
    const text = valid.replace("{ credential: basic-cert }", "{ credential: basic-cret }");
    const published = await lsp().open(uri, text);
    expect(published.diagnostics).toEqual([
      {
        range: { start: { line: 23, character: 36 }, end: { line: 23, character: 46 } },
        severity: 1,
        code: "unknown-reference",
        source: "pathwise",
        message:
          "Expected a credential defined under `credentials`, found `basic-cret`; did you mean `basic-cert`?",
        data: {
          path: ["roles", "senior", "requires", "all", 0, "credential"],
          suggestions: ["basic-cert"],
        },
      },
    ]);
  });

  it("gives exactly the library's verdict on every golden fixture", async () => {
    const { readdirSync } = await import("node:fs");
    for (const name of readdirSync(fixtures).sort()) {
      const bytes = readFileSync(new URL(`${name}/input.yaml`, fixtures));
      let text = new TextDecoder().decode(bytes);
      if (text.charCodeAt(0) === 0xfeff) text = text.slice(1);
      // Editors hold text, not bytes: fixtures about bytes and load limits do not apply.
      if (name.startsWith("invalid-encoding") || name.startsWith("too-") || name === "alias-limit")
        continue;
      const expected = loadPathway(text, { today: "2026-11-24" }).diagnostics.map((d) => ({
        code: d.code,
        message: d.message,
        start: d.range && [d.range.start.line - 1, d.range.start.column - 1],
        end: d.range && [d.range.end.line - 1, d.range.end.column - 1],
      }));
      const docUri = `file:///fixtures/${name}.pathway.yaml`;
      const published = await lsp().open(docUri, text);
      const actual = published.diagnostics.map((d) => ({
        code: d.code,
        message: d.message,
        start: [d.range.start.line, d.range.start.character],
        end: [d.range.end.line, d.range.end.character],
      }));
      expect(actual, name).toEqual(expected);
    }
  });

  it("re-validates on change and publishes only for the latest version after a burst of edits", async () => {
    await lsp().open(uri, valid);
    const last = lsp().nextDiagnostics(uri, 1000);
    for (let version = 2; version <= 1000; version++) {
      const text =
        version === 1000
          ? valid.replace("strategy: certify", "strategy: certfy")
          : `${valid}# edit ${version}\n`;
      void lsp().client.sendNotification("textDocument/didChange", {
        textDocument: { uri, version },
        contentChanges: [{ text }],
      });
    }
    const published = await last;
    expect(published.diagnostics.map((d) => d.code)).toEqual(["unused", "unknown-reference"]);
  });

  it("answers requests for unopened documents with empty results and keeps running", async () => {
    const other = "file:///nowhere.pathway.yaml";
    expect(
      await lsp().client.sendRequest("textDocument/hover", {
        textDocument: { uri: other },
        position: { line: 0, character: 0 },
      }),
    ).toBeNull();
    expect(
      await lsp().client.sendRequest("textDocument/completion", {
        textDocument: { uri: other },
        position: { line: 0, character: 0 },
      }),
    ).toEqual([]);
    await expect(lsp().client.sendRequest("pathwise/unknownMethod", {})).rejects.toThrow();
    const published = await lsp().open(uri, "\u0000\u0001binary");
    expect(published.diagnostics.map((d) => d.code)).toEqual(["invalid-encoding"]);
  });
});
