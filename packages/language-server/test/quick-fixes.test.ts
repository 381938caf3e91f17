// Quick fixes over LSP, each applied to the text to show what it leaves: a misspelt field, a
// missing required field, a duplicate key, a requirement cycle's closing edge.
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { useServer } from "./lsp-client.js";

const fixtures = new URL("../../core/test/fixtures/", import.meta.url);
const valid = readFileSync(new URL("valid/input.yaml", fixtures), "utf8");
const uri = "file:///work/demo.pathway.yaml";

interface Action {
  title: string;
  kind: string;
  isPreferred: boolean;
  diagnostics: { code: string }[];
  edit: { changes: Record<string, { range: Range; newText: string }[]> };
}
interface Range {
  start: { line: number; character: number };
  end: { line: number; character: number };
}

const lsp = useServer();

/** Opens the text and asks for the fixes of its first diagnostic. */
async function fixesFor(text: string): Promise<Action[]> {
  const published = await lsp().open(uri, text);
  const first = published.diagnostics[0];
  if (!first) throw new Error("expected a diagnostic");
  return lsp().client.sendRequest("textDocument/codeAction", {
    textDocument: { uri },
    range: first.range,
    context: { diagnostics: [first] },
  });
}

/** The text after an action's edits (applied from the end). */
function apply(text: string, action: Action): string {
  const lines = text.split("\n");
  const offset = (p: Range["start"]) =>
    lines.slice(0, p.line).reduce((n, l) => n + l.length + 1, 0) + p.character;
  const edits = [...(action.edit.changes[uri] ?? [])].sort(
    (a, b) => offset(b.range.start) - offset(a.range.start),
  );
  let result = text;
  for (const e of edits)
    result = result.slice(0, offset(e.range.start)) + e.newText + result.slice(offset(e.range.end));
  return result;
}

describe("quick fixes", () => {
  it("renames a misspelt field to the one meant", async () => {
    const text = valid.replace("issuer:", "isuer:");
    const actions = await fixesFor(text);
    // The first diagnostic is the missing `issuer`; the misspelling is the second.
    const published = lsp().published(uri).at(-1)?.diagnostics ?? [];
    expect(published.map((d) => d.code)).toEqual(["missing-field", "unknown-field"]);
    const misspelt = (await lsp().client.sendRequest("textDocument/codeAction", {
      textDocument: { uri },
      range: published[1]?.range,
      context: { diagnostics: [published[1]] },
    })) as Action[];
    expect(misspelt.map((a) => [a.title, a.isPreferred, a.diagnostics[0]?.code])).toEqual([
      ["Change to `issuer`", true, "unknown-field"],
    ]);
    expect(misspelt[0]?.edit.changes[uri]).toEqual([
      {
        range: { start: { line: 13, character: 4 }, end: { line: 13, character: 9 } },
        newText: "issuer",
      },
    ]);
    expect(apply(text, misspelt[0] as Action)).toBe(valid);
    expect(actions.map((a) => a.title)).toEqual(["Add the required field `issuer`"]);
  });

  it("adds a missing required field after the entry's last field, at its indentation", async () => {
    const text = valid.replace("    issuer: Example Board\n", "");
    const [action, ...more] = await fixesFor(text);
    expect(more).toEqual([]);
    expect(action).toMatchObject({
      title: "Add the required field `issuer`",
      kind: "quickfix",
      isPreferred: true,
      diagnostics: [{ code: "missing-field" }],
      edit: {
        changes: {
          [uri]: [
            {
              range: { start: { line: 15, character: 0 }, end: { line: 15, character: 0 } },
              newText: "    issuer: \n",
            },
          ],
        },
      },
    });
    expect(apply(text, action as Action)).toBe(
      valid
        .replace("    issuer: Example Board\n", "")
        .replace("    sources: [handbook]\n", "    sources: [handbook]\n    issuer: \n"),
    );
  });

  it("adds a missing required field inside a flow map", async () => {
    const text = valid.replace("  clinic: { title: Clinic }", "  clinic: { summary: A clinic }");
    const [action] = await fixesFor(text);
    expect(action?.title).toBe("Add the required field `title`");
    expect(apply(text, action as Action)).toContain("  clinic: { summary: A clinic, title:  }");
  });

  it("removes the second of two equal keys, its whole line in block style", async () => {
    const text = valid.replace(
      "    title: Assistant\n",
      "    title: Assistant\n    title: Again\n",
    );
    const [action] = await fixesFor(text);
    expect(action).toMatchObject({
      title: "Remove this second `title`",
      isPreferred: true,
      diagnostics: [{ code: "duplicate-key" }],
      edit: {
        changes: {
          [uri]: [
            {
              range: { start: { line: 19, character: 0 }, end: { line: 20, character: 0 } },
              newText: "",
            },
          ],
        },
      },
    });
    expect(apply(text, action as Action)).toBe(valid);
  });

  it("removes the second of two equal keys with its comma in flow style", async () => {
    const text = valid.replace(
      "  clinic: { title: Clinic }",
      "  clinic: { title: Clinic, title: X }",
    );
    const [action] = await fixesFor(text);
    expect(apply(text, action as Action)).toBe(valid);
  });

  it("offers no removal for two entries with one id: they are merged by hand", async () => {
    const text = valid.replace("  senior:\n", "  assistant:\n    title: Again\n  senior:\n");
    const published = await lsp().open(uri, text);
    expect(published.diagnostics.map((d) => d.code)).toContain("duplicate-id");
    const duplicate = published.diagnostics.find((d) => d.code === "duplicate-id");
    expect(
      await lsp().client.sendRequest("textDocument/codeAction", {
        textDocument: { uri },
        range: duplicate?.range,
        context: { diagnostics: [duplicate] },
      }),
    ).toEqual([]);
  });

  it("breaks a requirement cycle by removing the requirement that closes it", async () => {
    const text = valid
      .replace("    title: Assistant\n", "    title: Assistant\n    requires: { role: senior }\n")
      .replace(
        "{ all: [{ credential: basic-cert }",
        "{ all: [{ role: assistant }, { credential: basic-cert }",
      );
    const [action, ...more] = await fixesFor(text);
    expect(more).toEqual([]);
    expect(action).toMatchObject({
      title: "Remove the requirement `role: senior` to break the cycle",
      isPreferred: false,
      diagnostics: [{ code: "requirement-cycle" }],
    });
    // The whole `requires` of `assistant` goes: it was that one requirement.
    expect(apply(text, action as Action)).toBe(
      valid.replace(
        "{ all: [{ credential: basic-cert }",
        "{ all: [{ role: assistant }, { credential: basic-cert }",
      ),
    );
  });

  it("breaks a cycle inside a list by removing that item only", async () => {
    const text = valid
      .replace(
        "    title: Assistant\n",
        "    title: Assistant\n    requires:\n      any:\n        - role: senior\n        - step: earn-basic\n",
      )
      .replace(
        "{ all: [{ credential: basic-cert }",
        "{ all: [{ role: assistant }, { credential: basic-cert }",
      );
    const [action] = await fixesFor(text);
    expect(action?.title).toBe("Remove the requirement `role: senior` to break the cycle");
    expect(apply(text, action as Action)).toBe(text.replace("        - role: senior\n", ""));
  });

  it("offers quick fixes: did you mean, and a stub for a missing source", async () => {
    const text = valid
      .replace("{ credential: basic-cert }", "{ credential: basic-cret }")
      .replace("sources: [handbook]", "sources: [handbook, rules]");
    const published = await lsp().open(uri, text);
    const actions = (await lsp().client.sendRequest("textDocument/codeAction", {
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
});
