// Inlay hints over LSP: the title of the entry an id refers to, after the id, in a pathway and in
// a profile (from the pathway it names).
import { readFileSync } from "node:fs";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { connectInMemory } from "./lsp-client.js";

const fixtures = new URL("../../core/test/fixtures/", import.meta.url);
const valid = readFileSync(new URL("valid/input.yaml", fixtures), "utf8");
const uri = "file:///work/demo.pathway.yaml";
const everything = { start: { line: 0, character: 0 }, end: { line: 99, character: 0 } };

let lsp: ReturnType<typeof connectInMemory>;
beforeEach(async () => {
  lsp = connectInMemory();
  await lsp.initialize();
  await lsp.open(uri, valid);
});
afterEach(() => lsp.dispose());

const hints = (doc: string, range = everything) =>
  lsp.client.sendRequest("textDocument/inlayHint", { textDocument: { uri: doc }, range });

const hint = (line: number, character: number, label: string) => ({
  position: { line, character },
  label,
  paddingLeft: true,
});

describe("inlay hints", () => {
  it("shows the referenced entry's title after each reference, none after a definition", async () => {
    expect(await hints(uri)).toEqual([
      hint(15, 22, "Handbook"),
      hint(19, 21, "Clinic"),
      hint(22, 21, "Clinic"),
      hint(23, 46, "Basic certificate"),
      hint(26, 21, "Get certified"),
      hint(28, 36, "Basic certificate"),
    ]);
  });

  it("answers only for the range asked", async () => {
    const range = { start: { line: 20, character: 0 }, end: { line: 24, character: 0 } };
    expect(await hints(uri, range)).toEqual([
      hint(22, 21, "Clinic"),
      hint(23, 46, "Basic certificate"),
    ]);
  });

  it("shows nothing after an id that is not defined", async () => {
    await lsp.change(uri, valid.replace("settings: [clinic]", "settings: [clinc]"), 2);
    expect((await hints(uri)) as unknown[]).toHaveLength(5);
  });

  it("shows the titles from the pathway in a profile", async () => {
    const profileUri = "file:///work/me.profile.yaml";
    await lsp.open(
      profileUri,
      "pathwise: 1\npathway: demo\nrole: assistant\nsetting: clinic\ngoals:\n  - role: senior\n",
    );
    expect(await hints(profileUri)).toEqual([
      hint(2, 15, "Assistant"),
      hint(3, 15, "Clinic"),
      hint(5, 16, "Senior assistant"),
    ]);
  });
});
