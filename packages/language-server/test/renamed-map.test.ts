// The pathway's `renamed` map in the editor: its values (current ids) are references of the
// map's kind, its keys (old ids) are not, and hovering an old id says what it became.
import { readFileSync } from "node:fs";
import { afterEach, describe, expect, it } from "vitest";
import { connectInMemory, memoryWorkspace } from "./lsp-client.js";

const core = new URL("../../core/test/profile-fixtures/", import.meta.url);
const fixture = readFileSync(new URL("demo.pathway.yaml", core), "utf8");
const oldProfile = readFileSync(new URL("renamed-id/profile.yaml", core), "utf8");
// The fixture's renames, written as block mappings so each id has its own line.
const demo = fixture.replace(
  "  roles: { helper: assistant, aide: helper }\n",
  "  roles:\n    helper: assistant\n    aide: helper\n",
);
const uri = "file:///ws/demo.pathway.yaml";
const profileUri = "file:///ws/old.profile.yaml";

type Position = { line: number; character: number };
type Range = { start: Position; end: Position };
type TextEdit = { range: Range; newText: string };

/** The position of the `nth` occurrence of `needle` in `text`, plus `shift` characters. */
function pos(text: string, needle: string, shift = 0, nth = 0): Position {
  let found = -1;
  for (let i = 0; i <= nth; i++) found = text.indexOf(needle, found + 1);
  if (found < 0) throw new Error(`no ${needle}`);
  const before = text.slice(0, found + shift);
  const line = before.split("\n").length - 1;
  return { line, character: before.length - (before.lastIndexOf("\n") + 1) };
}
const lineOf = (text: string, needle: string, nth = 0) => pos(text, needle, 0, nth).line;

/** Applies LSP edits to a text. */
function apply(text: string, edits: readonly TextEdit[]): string {
  const lines = text.split("\n");
  const offset = (p: Position) =>
    lines.slice(0, p.line).reduce((n, l) => n + l.length + 1, 0) + p.character;
  return [...edits]
    .sort((a, b) => offset(b.range.start) - offset(a.range.start))
    .reduce(
      (out, e) => out.slice(0, offset(e.range.start)) + e.newText + out.slice(offset(e.range.end)),
      text,
    );
}

let lsp: ReturnType<typeof connectInMemory>;
afterEach(() => lsp.dispose());

async function open(text: string) {
  lsp = connectInMemory("2026-11-24", { workspace: memoryWorkspace({ [uri]: text }) });
  await lsp.initialize("file:///ws");
  return lsp.open(uri, text);
}
const request = <T>(method: string, position: Position, at = uri) =>
  lsp.client.sendRequest(method, {
    textDocument: { uri: at },
    position,
    context: { includeDeclaration: true },
  }) as Promise<T>;
const hover = async (position: Position, at = uri) =>
  (await request<{ contents: { value: string } } | null>("textDocument/hover", position, at))
    ?.contents.value;

describe("the renamed map in the editor", () => {
  it("opens without diagnostics", async () => {
    expect((await open(demo)).diagnostics).toEqual([]);
  });

  it("completes a current id with the ids of the map's kind, not the old ids", async () => {
    const text = demo.replace("    helper: assistant\n", "    helper: \n");
    await open(text);
    const items = await request<{ label: string; detail: string }[]>(
      "textDocument/completion",
      pos(text, "    helper: \n", 12),
    );
    expect(items.map((i) => [i.label, i.detail])).toEqual([
      ["assistant", "role: Assistant"],
      ["senior", "role: Senior assistant"],
    ]);
    const inFlow = await request<{ label: string }[]>(
      "textDocument/completion",
      pos(text, "basic-certificate: basic-cert", 19),
    );
    expect(inFlow.map((i) => i.label)).toEqual(["basic-cert"]);
  });

  it("does not offer CE categories as old ids of renamed CE categories", async () => {
    const text = demo
      .replace("strategies:", "ceCategories:\n  law: { title: Law }\nstrategies:")
      .replace("  credentials: {", "  ceCategories:\n    \n  credentials: {");
    await open(text);
    const items = await request<{ label: string }[]>(
      "textDocument/completion",
      pos(text, "  ceCategories:\n    \n", 20),
    );
    expect(items.map((i) => i.label)).not.toContain("law");
  });

  it("goes from a current id to its definition", async () => {
    await open(demo);
    const definition = await request<{ range: Range }>(
      "textDocument/definition",
      pos(demo, "helper: assistant", 9),
    );
    expect(definition.range.start).toEqual(pos(demo, "  assistant:", 2));
    expect(await request("textDocument/definition", pos(demo, "helper: assistant", 2))).toBeNull();
  });

  it("hovers a current id with its entity, and an old id with what it was renamed to", async () => {
    await open(demo);
    expect(await hover(pos(demo, "helper: assistant", 9))).toBe("**Assistant** — role `assistant`");
    expect(await hover(pos(demo, "    helper: assistant", 6))).toBe(
      "Role `helper` was renamed to `assistant`. Profiles that still name `helper` load with `assistant`.\n\n**Assistant** — role `assistant`",
    );
    expect(await hover(pos(demo, "    aide: helper", 6))).toBe(
      "Role `aide` was renamed to `helper`; the current id is `assistant`. Profiles that still name `aide` load with `assistant`.\n\n**Assistant** — role `assistant`",
    );
    // A current id that is itself an old id: what it was renamed to.
    expect(await hover(pos(demo, "aide: helper", 7))).toContain(
      "Role `helper` was renamed to `assistant`.",
    );
    expect(await hover(pos(demo, "basic-certificate: basic-cert", 3))).toBe(
      "Credential `basic-certificate` was renamed to `basic-cert`. Profiles that still name `basic-certificate` load with `basic-cert`.\n\n**Basic certificate** — credential `basic-cert`\n\nIssued by Example Board (certification).",
    );
  });

  it("says where a chain of renames ends nowhere", async () => {
    const text = demo.replace("    aide: helper\n", "    aide: helpr\n");
    await open(text);
    expect(await hover(pos(text, "    aide: helpr", 6))).toBe(
      "Role `aide` was renamed to `helpr`, which leads to no role of this pathway.",
    );
  });

  it("hovers an old id that is still defined as an entry without fields", async () => {
    // Invalid (the entry has no title, the old id is still defined), but hover still answers.
    const text = demo
      .replace("  senior:\n", "  lead: ~\n  senior:\n")
      .replace("    aide: helper\n", "    aide: helper\n    lead: assistant\n");
    await open(text);
    expect(await hover(pos(text, "    lead: assistant", 5))).toBe(
      "Role `lead` was renamed to `assistant`, but is still defined.",
    );
  });

  it("hovers an old id in a profile with what it was renamed to", async () => {
    lsp = connectInMemory("2026-11-24", {
      workspace: memoryWorkspace({ [uri]: demo, [profileUri]: oldProfile }),
    });
    await lsp.initialize("file:///ws");
    await lsp.open(uri, demo);
    await lsp.open(profileUri, oldProfile);
    expect(await hover(pos(oldProfile, "role: helper", 7), profileUri)).toMatch(
      /^Role `helper` was renamed to `assistant`\./,
    );
  });

  it("finds the current id among the references of an entity", async () => {
    await open(demo);
    const refs = await request<{ range: Range }[]>(
      "textDocument/references",
      pos(demo, "  assistant:", 3),
    );
    expect(refs.map((r) => r.range)).toContainEqual({
      start: pos(demo, "helper: assistant", 8),
      end: pos(demo, "helper: assistant", 17),
    });
    // The old id `helper` is a key: only the current id naming it is a reference.
    const helper = await request<{ range: Range }[]>(
      "textDocument/references",
      pos(demo, "aide: helper", 7),
    );
    expect(helper.map((r) => r.range.start)).toEqual([pos(demo, "aide: helper", 6)]);
  });

  it("renames the current ids in the map, never the old ids, and stays valid", async () => {
    await open(demo);
    const edit = await lsp.client.sendRequest("textDocument/rename", {
      textDocument: { uri },
      position: pos(demo, "  assistant:", 3),
      newName: "lead",
    });
    const edits = (edit as { changes: Record<string, TextEdit[]> }).changes[uri] ?? [];
    expect(edits.map((e) => e.range.start.line)).toContain(lineOf(demo, "helper: assistant"));
    const renamed = apply(demo, edits);
    expect(renamed).toContain("    helper: lead\n    aide: helper\n");
    expect(renamed).toContain("  lead:\n    title: Assistant\n");
    expect(renamed).not.toMatch(/: assistant$/m);
    expect((await lsp.change(uri, renamed, 2)).diagnostics).toEqual([]);

    const fromMap = await lsp.client.sendRequest("textDocument/rename", {
      textDocument: { uri },
      position: pos(renamed, "basic-certificate: basic-cert", 20),
      newName: "basic",
    });
    const again = apply(
      renamed,
      (fromMap as { changes: Record<string, TextEdit[]> }).changes[uri] ?? [],
    );
    expect(again).toContain("  basic:\n");
    expect(again).toContain("{ basic-certificate: basic }");
    expect((await lsp.change(uri, again, 3)).diagnostics).toEqual([]);
  });

  it("offers the closest id for an unknown current id", async () => {
    const text = demo.replace("helper: assistant", "helper: asistant");
    const published = await open(text);
    expect(published.diagnostics.map((d) => d.code)).toEqual(["unknown-reference"]);
    const actions = (await lsp.client.sendRequest("textDocument/codeAction", {
      textDocument: { uri },
      range: published.diagnostics[0]?.range,
      context: { diagnostics: published.diagnostics },
    })) as { title: string; edit: { changes: Record<string, TextEdit[]> } }[];
    expect(actions.map((a) => a.title)).toEqual(["Change to `assistant`"]);
    expect(apply(text, actions[0]?.edit.changes[uri] ?? [])).toBe(demo);
  });

  it("still reports an entity that only the map names as unused", async () => {
    const text = demo
      .replace(
        "  clinic: { title: Clinic }\n",
        "  clinic: { title: Clinic }\n  ward: { title: Ward }\n",
      )
      .replace("  credentials: {", "  settings: { old-ward: ward }\n  credentials: {");
    const published = await open(text);
    expect(published.diagnostics.map((d) => [d.code, d.range.start.line])).toEqual([
      ["unused", lineOf(text, "  ward:")],
    ]);
  });
});
