// Completion of the schema's values and snippets over LSP: enum members, booleans, condition
// snippets where a condition goes, and a new entry's snippet inside a collection.
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { connectInMemory, positionOf } from "./lsp-client.js";

const uri = "file:///work/demo.pathway.yaml";
const pathway = `pathwise: 1
id: demo
title: Demo
reviewed: 2026-11-01
credentials:
  basic-cert:
    title: Basic certificate
    issuer: Example Board
    kind: cert
roles:
  senior:
    title: Senior
    conferred: 
    requires: 
`;

let lsp: ReturnType<typeof connectInMemory>;
beforeEach(async () => {
  lsp = connectInMemory();
  await lsp.initialize();
  await lsp.open(uri, pathway);
});
afterEach(() => lsp.dispose());

const complete = (position: { line: number; character: number }) =>
  lsp.client.sendRequest("textDocument/completion", { textDocument: { uri }, position }) as Promise<
    Record<string, unknown>[]
  >;

describe("completion of values from the schema", () => {
  it("offers an enum's members with their descriptions, replacing the word typed", async () => {
    const items = await complete(positionOf(pathway, "kind: cert", 10));
    const range = { start: { line: 8, character: 10 }, end: { line: 8, character: 14 } };
    expect(items).toEqual(
      [
        ["certification", "An exam-based professional certification that must be renewed."],
        ["certificate", "An assessment-based certificate in a specialty."],
        ["registration", "A registration with a regulator, such as a state board."],
        ["license", "A license to practise issued by a regulator."],
        ["degree", "An academic degree."],
        ["training", "Completion of a training or education program."],
      ].map(([value, markdown]) => ({
        label: value,
        kind: 12,
        documentation: { kind: "markdown", value: markdown },
        textEdit: { range, newText: value },
      })),
    );
  });

  it("offers true and false for a boolean", async () => {
    const items = await complete(positionOf(pathway, "conferred: ", 11));
    const range = { start: { line: 12, character: 15 }, end: { line: 12, character: 15 } };
    expect(items).toEqual([
      { label: "true", kind: 12, textEdit: { range, newText: "true" } },
      { label: "false", kind: 12, textEdit: { range, newText: "false" } },
    ]);
  });
});

describe("snippets from the schema", () => {
  it("offers every kind of condition where a condition goes, in flow style", async () => {
    const items = await complete(positionOf(pathway, "requires: ", 10));
    const range = { start: { line: 13, character: 14 }, end: { line: 13, character: 14 } };
    expect(items.map((i) => [i.label, (i.textEdit as { newText: string }).newText])).toEqual([
      ["all", "{ all: [{ credential: $1 }, { experience: { years: ${2:1} } }] }"],
      ["any", "{ any: [{ step: $1 }, { experience: { hours: ${2:500} } }] }"],
      ["not", "{ not: $1 }"],
      ["atLeast", "{ atLeast: ${1:3}, of: [{ credential: $2 }] }"],
      ["credential", "{ credential: $1 }"],
      ["role", "{ role: $1 }"],
      ["step", "{ step: $1 }"],
      ["setting", "{ setting: $1 }"],
      ["experience", "{ experience: { years: ${1:2} } }"],
      ["jurisdiction", "{ jurisdiction: $1 }"],
    ]);
    expect(items[0]).toEqual({
      label: "all",
      kind: 15,
      detail: "{ all: [{ credential:  }, { experience: { years: 1 } }] }",
      documentation: { kind: "markdown", value: "Holds when every listed condition holds." },
      insertTextFormat: 2,
      insertTextMode: 2,
      textEdit: {
        range,
        newText: "{ all: [{ credential: $1 }, { experience: { years: ${2:1} } }] }",
      },
    });
  });

  it("offers the conditions again inside `all`, and nothing but ids after `credential:`", async () => {
    const text = pathway.replace("requires: \n", "requires:\n      all:\n        - \n");
    await lsp.change(uri, text, 2);
    const items = await complete(positionOf(text, "        - ", 10));
    expect(items.map((i) => i.label)).toEqual([
      "all",
      "any",
      "not",
      "atLeast",
      "credential",
      "role",
      "step",
      "setting",
      "experience",
      "jurisdiction",
    ]);
    const leaf = text.replace("        - \n", "        - credential: \n");
    await lsp.change(uri, leaf, 3);
    expect((await complete(positionOf(leaf, "- credential: ", 14))).map((i) => i.label)).toEqual([
      "basic-cert",
    ]);
  });

  it("offers a new entry of a collection as a block snippet with an id placeholder", async () => {
    const text = pathway.replace("roles:\n", "roles:\n  \n");
    await lsp.change(uri, text, 2);
    const items = await complete(positionOf(text, "roles:\n  ", 9));
    expect(items).toEqual([
      {
        label: "New role",
        kind: 15,
        detail: "role entry",
        documentation: { kind: "markdown", value: "A role: a job a person can hold." },
        insertTextFormat: 2,
        insertTextMode: 2,
        textEdit: {
          range: { start: { line: 10, character: 2 }, end: { line: 10, character: 2 } },
          newText:
            "${1:role-id}:\n  title: $2\n  settings: [$3]\n  requires: { all: [{ credential: $4 }, { experience: { years: ${5:2} } }] }",
        },
      },
    ]);
  });
});
