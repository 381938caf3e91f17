// Formatting over LSP: one normal form that keeps comments, key order, quoting, flow or block
// style and the line breaks inside text; refuses what it cannot move safely.
import { readdirSync, readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { useServer } from "./lsp-client.js";

const uri = "file:///work/demo.pathway.yaml";
const options = { tabSize: 2, insertSpaces: true };

const lsp = useServer();

const format = async (text: string, doc = uri) => {
  await lsp().open(doc, text);
  return lsp().client.sendRequest("textDocument/formatting", {
    textDocument: { uri: doc },
    options,
  });
};

const messy = `pathwise: 1   
id: demo


title: Demo pathway
sources:
    handbook: {title: Handbook,url: "https://example.org/handbook",   accessed: 2026-11-01}   # cited
credentials:
    basic-cert:
        title: Basic certificate
        # who issues it
        issuer: 'Example Board'
        summary: A long
          plain text
        sources: [ handbook ]
roles:
  senior:
      title: Senior
      requires:
        all:
        - credential: basic-cert
        - experience: {years: 2}
      notes: |
          kept as written   
            indented more
`;

describe("formatting", () => {
  it("indents two spaces per level, respaces flow collections, trims, keeps the rest", async () => {
    expect(await format(messy)).toEqual([
      {
        range: { start: { line: 0, character: 0 }, end: { line: 25, character: 0 } },
        newText: `pathwise: 1
id: demo

title: Demo pathway
sources:
  handbook: { title: Handbook, url: "https://example.org/handbook", accessed: 2026-11-01 }   # cited
credentials:
  basic-cert:
    title: Basic certificate
    # who issues it
    issuer: 'Example Board'
    summary: A long
      plain text
    sources: [handbook]
roles:
  senior:
    title: Senior
    requires:
      all:
        - credential: basic-cert
        - experience: { years: 2 }
    notes: |
        kept as written   
          indented more
`,
      },
    ]);
  });

  it("leaves a document in the normal form alone: the flagship, its profiles, the fixtures", async () => {
    const root = new URL("../../../pathways/", import.meta.url);
    const files = [
      new URL("pharmacy-technician.pathway.yaml", root),
      ...readdirSync(new URL("profiles/", root)).map((f) => new URL(`profiles/${f}`, root)),
      new URL("../../core/test/fixtures/valid/input.yaml", import.meta.url),
    ];
    for (const [i, file] of files.entries()) {
      const doc = `file:///work/f${i}.${file.pathname.endsWith(".profile.yaml") ? "profile" : "pathway"}.yaml`;
      expect(await format(readFileSync(file, "utf8"), doc), file.pathname).toEqual([]);
    }
  });

  it("formats nothing in a document with a syntax error", async () => {
    expect(await format("pathwise: 1\nid: [demo\n    title:   x  \n")).toEqual([]);
  });

  it("is stable: formatting the result changes nothing", async () => {
    const [edit] = (await format(messy)) as { newText: string }[];
    await lsp().change(uri, edit?.newText ?? "", 2);
    expect(
      await lsp().client.sendRequest("textDocument/formatting", { textDocument: { uri }, options }),
    ).toEqual([]);
  });
});
