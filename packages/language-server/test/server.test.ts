import { readFileSync } from "node:fs";
import { loadPathway } from "@pathwise/core";
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
    const published = await lsp.open(uri, text);
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
      const published = await lsp.open(docUri, text);
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
    await lsp.open(uri, valid);
    const last = lsp.nextDiagnostics(uri, 1000);
    for (let version = 2; version <= 1000; version++) {
      const text =
        version === 1000
          ? valid.replace("strategy: certify", "strategy: certfy")
          : `${valid}# edit ${version}\n`;
      void lsp.client.sendNotification("textDocument/didChange", {
        textDocument: { uri, version },
        contentChanges: [{ text }],
      });
    }
    const published = await last;
    expect(published.diagnostics.map((d) => d.code)).toEqual(["unused", "unknown-reference"]);
  });

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

  it("renames an id everywhere and refuses an invalid one", async () => {
    await lsp.open(uri, valid);
    const at = pos(valid, "  clinic:", 3);
    const edit = (await lsp.client.sendRequest("textDocument/rename", {
      textDocument: { uri },
      position: at,
      newName: "outpatient-clinic",
    })) as {
      changes: Record<string, { range: { start: { line: number } }; newText: string }[]>;
    };
    expect(edit.changes[uri]?.map((e) => [e.range.start.line, e.newText])).toEqual([
      [7, "outpatient-clinic"],
      [19, "outpatient-clinic"],
      [22, "outpatient-clinic"],
    ]);
    await expect(
      lsp.client.sendRequest("textDocument/rename", {
        textDocument: { uri },
        position: at,
        newName: "Bad Id",
      }),
    ).rejects.toThrow(/not a valid id/);
  });

  it("outlines collections and their entries with titles", async () => {
    await lsp.open(uri, valid);
    const symbols = (await lsp.client.sendRequest("textDocument/documentSymbol", {
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

  it("offers quick fixes: did you mean, and a stub for a missing source", async () => {
    const text = valid
      .replace("{ credential: basic-cert }", "{ credential: basic-cret }")
      .replace("sources: [handbook]", "sources: [handbook, rules]");
    const published = await lsp.open(uri, text);
    const actions = (await lsp.client.sendRequest("textDocument/codeAction", {
      textDocument: { uri },
      range: { start: { line: 0, character: 0 }, end: { line: 40, character: 0 } },
      context: { diagnostics: published.diagnostics },
    })) as {
      title: string;
      isPreferred: boolean;
      edit: { changes: Record<string, { newText: string; range: { start: { line: number } } }[]> };
    }[];
    expect(actions.map((a) => a.title)).toEqual([
      "Add source `rules` to `sources`",
      "Change to `basic-cert`",
    ]);
    expect(actions[0]?.edit.changes[uri]?.[0]).toMatchObject({
      range: { start: { line: 6 } },
      newText: '  rules: { title: TODO, url: "https://", accessed: TODO }\n',
    });
  });

  it("answers requests for unopened documents with empty results and keeps running", async () => {
    const other = "file:///nowhere.pathway.yaml";
    expect(
      await lsp.client.sendRequest("textDocument/hover", {
        textDocument: { uri: other },
        position: { line: 0, character: 0 },
      }),
    ).toBeNull();
    expect(
      await lsp.client.sendRequest("textDocument/completion", {
        textDocument: { uri: other },
        position: { line: 0, character: 0 },
      }),
    ).toEqual([]);
    await expect(lsp.client.sendRequest("pathwise/unknownMethod", {})).rejects.toThrow();
    const published = await lsp.open(uri, "\u0000\u0001binary");
    expect(published.diagnostics.map((d) => d.code)).toEqual(["invalid-encoding"]);
  });
});
