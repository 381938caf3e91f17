// Selection ranges over LSP: "expand selection" from an id out to the whole document.
import { readFileSync } from "node:fs";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { connectInMemory, positionOf } from "./lsp-client.js";

const fixtures = new URL("../../core/test/fixtures/", import.meta.url);
const valid = readFileSync(new URL("valid/input.yaml", fixtures), "utf8");
const uri = "file:///work/demo.pathway.yaml";

let lsp: ReturnType<typeof connectInMemory>;
beforeEach(async () => {
  lsp = connectInMemory();
  await lsp.initialize();
  await lsp.open(uri, valid);
});
afterEach(() => lsp.dispose());

interface Chain {
  range: { start: { line: number; character: number }; end: { line: number; character: number } };
  parent?: Chain;
}

/** The ranges of a selection-range chain, innermost first, as `line:char-line:char`. */
function flatten(chain: Chain | undefined): string[] {
  const out: string[] = [];
  for (let at = chain; at; at = at.parent) {
    const { start, end } = at.range;
    out.push(`${start.line}:${start.character}-${end.line}:${end.character}`);
  }
  return out;
}

describe("selection ranges", () => {
  it("expands from an id inside a condition through each enclosing node", async () => {
    const [chain] = (await lsp.client.sendRequest("textDocument/selectionRange", {
      textDocument: { uri },
      positions: [positionOf(valid, "credential: basic-cert", 14)],
    })) as Chain[];
    expect(flatten(chain)).toEqual([
      "23:36-23:46", // basic-cert
      "23:24-23:46", // credential: basic-cert
      "23:22-23:48", // { credential: basic-cert }
      "23:21-23:79", // [...]
      "23:16-23:79", // all: [...]
      "23:14-23:81", // { all: ... }
      "23:4-23:81", // requires: ...
      "21:4-23:81", // senior's fields
      "20:2-23:81", // senior: ...
      "17:2-23:81", // the roles
      "16:0-23:81", // roles: ...
      "0:0-28:38", // the document
    ]);
  });

  it("starts from the key when the cursor is on one", async () => {
    const [chain] = (await lsp.client.sendRequest("textDocument/selectionRange", {
      textDocument: { uri },
      positions: [positionOf(valid, "issuer:", 2)],
    })) as Chain[];
    expect(flatten(chain).slice(0, 3)).toEqual(["13:4-13:10", "13:4-13:25", "12:4-15:23"]);
  });
});
