// The server's index of pathways by id: it follows open documents, their edits and closing, and
// files created, changed and deleted on disk; a change re-checks only the open profiles whose
// pathway it is.
import { readFileSync } from "node:fs";
import { afterEach, describe, expect, it } from "vitest";
import { connectInMemory, memoryWorkspace } from "./lsp-client.js";

const core = new URL("../../core/test/", import.meta.url);
const demo = readFileSync(new URL("fixtures/valid/input.yaml", core), "utf8");
const profile = readFileSync(new URL("profile-fixtures/valid/profile.yaml", core), "utf8");
const today = "2026-11-24";

const demoUri = "file:///ws/demo.pathway.yaml";
const otherUri = "file:///ws/other.pathway.yaml";
const thirdUri = "file:///ws/third.pathway.yaml";
const brokenUri = "file:///ws/broken.pathway.yaml";
const meUri = "file:///ws/me.profile.yaml";
const youUri = "file:///ws/you.profile.yaml";
const withId = (id: string) => demo.replace("id: demo", `id: ${id}`);
const naming = (id: string) => profile.replace("pathway: demo", `pathway: ${id}`);
const notFound = (id: string) =>
  `Expected pathway \`${id}\` in the workspace's \`*.pathway.yaml\` files or the open documents, found none; only the profile's shape is checked.`;

let lsp: ReturnType<typeof connectInMemory>;
afterEach(() => lsp.dispose());

async function withWorkspace(files: Record<string, string>) {
  lsp = connectInMemory(today, { workspace: memoryWorkspace(files) });
  await lsp.initialize("file:///ws");
}

/** Resolves once the server has answered a request sent after everything before it. */
const roundTrip = () =>
  lsp.client.sendRequest("textDocument/hover", {
    textDocument: { uri: meUri },
    position: { line: 0, character: 0 },
  });

describe("the pathway index", () => {
  it("re-checks an open profile when the pathway it names is edited, and no other profile", async () => {
    await withWorkspace({ [demoUri]: demo, [otherUri]: withId("other") });
    expect((await lsp.open(meUri, profile)).diagnostics).toEqual([]);
    expect((await lsp.open(youUri, naming("other"))).diagnostics).toEqual([]);
    const opened = lsp.nextDiagnostics(meUri);
    await lsp.open(demoUri, demo);
    expect((await opened).diagnostics).toEqual([]);

    const edited = lsp.nextDiagnostics(meUri);
    await lsp.change(demoUri, demo.replace("  senior:\n", "  lead:\n"), 2);
    expect((await edited).diagnostics.map((d) => d.message)).toEqual([
      "Expected a role of pathway `demo`, found `senior`.",
    ]);
    await roundTrip();
    // The profile naming `other` was checked once, when it opened.
    expect(lsp.published(youUri)).toHaveLength(1);

    const reverted = lsp.nextDiagnostics(meUri);
    await lsp.change(demoUri, demo, 3);
    expect((await reverted).diagnostics).toEqual([]);
  });

  it("follows pathway files created, changed and deleted on disk", async () => {
    const files: Record<string, string> = {
      [demoUri]: demo,
      [thirdUri]: withId("third"),
      // Not YAML a pathway could be read from: it declares no id and is skipped.
      [brokenUri]: "id: [demo\n  - : :\n\t",
    };
    await withWorkspace(files);
    expect((await lsp.open(meUri, naming("other"))).diagnostics.map((d) => d.message)).toEqual([
      notFound("other"),
    ]);

    files[otherUri] = withId("other");
    const created = lsp.nextDiagnostics(meUri);
    await lsp.filesChanged({ uri: otherUri, type: 1 });
    expect((await created).diagnostics).toEqual([]);

    files[otherUri] = withId("other").replace("  senior:\n", "  lead:\n");
    const changed = lsp.nextDiagnostics(meUri);
    await lsp.filesChanged({ uri: otherUri, type: 2 });
    expect((await changed).diagnostics.map((d) => d.message)).toEqual([
      "Expected a role of pathway `other`, found `senior`.",
    ]);

    delete files[otherUri];
    const deleted = lsp.nextDiagnostics(meUri);
    await lsp.filesChanged({ uri: otherUri, type: 3 });
    expect((await deleted).diagnostics.map((d) => d.message)).toEqual([notFound("other")]);

    // A file whose id changes moves in the index: `third` now declares `other`.
    files[thirdUri] = withId("other");
    const moved = lsp.nextDiagnostics(meUri);
    await lsp.filesChanged({ uri: thirdUri, type: 2 });
    expect((await moved).diagnostics).toEqual([]);
  });

  it("keeps an open pathway over its file on disk until it is closed", async () => {
    const files: Record<string, string> = { [demoUri]: demo, [otherUri]: withId("other") };
    await withWorkspace(files);
    await lsp.open(meUri, profile);
    const opened = lsp.nextDiagnostics(meUri);
    await lsp.open(demoUri, demo.replace("  senior:\n", "  lead:\n"));
    const unknownSenior = ["Expected a role of pathway `demo`, found `senior`."];
    expect((await opened).diagnostics.map((d) => d.message)).toEqual(unknownSenior);
    // The file on disk changes while the editor holds the document: the editor's text counts.
    files[demoUri] = demo.replace("  assistant:\n", "  helper:\n");
    await lsp.filesChanged({ uri: demoUri, type: 2 });
    const edited = await lsp.change(meUri, `${profile}# edited\n`, 2);
    expect(edited.diagnostics.map((d) => d.message)).toEqual(unknownSenior);
    // Closed, the file's text counts: `role: assistant` and the history's are now unknown.
    const closed = lsp.nextDiagnostics(meUri);
    await lsp.client.sendNotification("textDocument/didClose", { textDocument: { uri: demoUri } });
    expect((await closed).diagnostics.map((d) => d.message)).toEqual([
      "Expected a role of pathway `demo`, found `assistant`.",
      "Expected a role of pathway `demo`, found `assistant`.",
    ]);
  });
});
