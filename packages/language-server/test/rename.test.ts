// References and rename across a pathway and the profiles that name it (open, or files in the
// workspace), from either side, and prepare-rename's refusals.
import { readFileSync } from "node:fs";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { connectInMemory, memoryWorkspace, positionOf } from "./lsp-client.js";

const core = new URL("../../core/test/", import.meta.url);
const demo = readFileSync(new URL("fixtures/valid/input.yaml", core), "utf8");
const profile = readFileSync(new URL("profile-fixtures/valid/profile.yaml", core), "utf8");
const today = "2026-11-24";

const demoUri = "file:///ws/pathways/demo.pathway.yaml";
const otherUri = "file:///ws/pathways/other.pathway.yaml";
const brokenPathwayUri = "file:///ws/pathways/broken.pathway.yaml";
const meUri = "file:///ws/me.profile.yaml";
const diskUri = "file:///ws/people/disk.profile.yaml";
const youUri = "file:///ws/people/you.profile.yaml";
const brokenProfileUri = "file:///ws/people/broken.profile.yaml";
// A profile on disk, its lines shifted from the open one's.
const onDisk = `# A colleague.\n\n${profile}`;
const naming = (id: string) => profile.replace("pathway: demo", `pathway: ${id}`);

type Range = {
  start: { line: number; character: number };
  end: { line: number; character: number };
};
type Location = { uri: string; range: Range };
type WorkspaceEdit = { changes: Record<string, { range: Range; newText: string }[]> };

const at = (text: string, offset: number) => {
  const before = text.slice(0, offset);
  const line = before.split("\n").length - 1;
  return { line, character: offset - (before.lastIndexOf("\n") + 1) };
};
/** The position of `needle` in `text`, plus `shift` characters. */
const pos = (text: string, needle: string, shift = 0) => {
  const found = text.indexOf(needle);
  if (found < 0) throw new Error(`no ${needle}`);
  return at(text, found + shift);
};
/** The ranges of every whole-word `id` in `text`. */
const rangesOf = (text: string, id: string): Range[] =>
  [...text.matchAll(new RegExp(`(?<![a-z0-9-])${id}(?![a-z0-9-])`, "g"))].map((m) => ({
    start: at(text, m.index),
    end: at(text, m.index + id.length),
  }));
const locations = (uri: string, text: string, id: string) =>
  rangesOf(text, id).map((range) => ({ uri, range }));
const edits = (text: string, id: string, newText: string) =>
  rangesOf(text, id).map((range) => ({ range, newText }));

let lsp: ReturnType<typeof connectInMemory>;
afterEach(() => lsp.dispose());

let files: Record<string, string>;
/** A workspace with the demo pathway, a pathway `other`, and profiles naming each on disk. */
async function withWorkspace(extra: Record<string, string> = {}) {
  files = {
    [demoUri]: demo,
    [otherUri]: demo.replace("id: demo", "id: other"),
    [diskUri]: onDisk,
    [youUri]: naming("other"),
    // Files that do not parse: listed, and ignored.
    [brokenPathwayUri]: "id: [demo\n  - : :\n\t",
    [brokenProfileUri]: "pathway: { demo\n: : -",
    ...extra,
  };
  lsp = connectInMemory(today, { workspace: memoryWorkspace(files) });
  await lsp.initialize("file:///ws", {
    workspace: { didChangeWatchedFiles: { dynamicRegistration: true } },
  });
}

const rename = (uri: string, position: { line: number; character: number }, newName: string) =>
  lsp.client.sendRequest("textDocument/rename", {
    textDocument: { uri },
    position,
    newName,
  }) as Promise<WorkspaceEdit>;
const references = (uri: string, position: object, includeDeclaration = true) =>
  lsp.client.sendRequest("textDocument/references", {
    textDocument: { uri },
    position,
    context: { includeDeclaration },
  }) as Promise<Location[]>;
const prepareRename = (uri: string, position: object) =>
  lsp.client.sendRequest("textDocument/prepareRename", { textDocument: { uri }, position });

describe("rename across a pathway and its profiles", () => {
  it("renames from the pathway in the profiles that name it, open or on disk, and no other", async () => {
    await withWorkspace();
    await lsp.open(demoUri, demo);
    await lsp.open(meUri, profile);
    const edit = await rename(demoUri, pos(demo, "  clinic:", 2), "outpatient-clinic");
    expect(Object.keys(edit.changes).sort()).toEqual([demoUri, meUri, diskUri].sort());
    expect(edit.changes[demoUri]).toEqual(edits(demo, "clinic", "outpatient-clinic"));
    expect(edit.changes[demoUri]).toHaveLength(3);
    expect(edit.changes[meUri]).toEqual([
      {
        range: { start: { line: 4, character: 9 }, end: { line: 4, character: 15 } },
        newText: "outpatient-clinic",
      },
      {
        range: { start: { line: 6, character: 32 }, end: { line: 6, character: 38 } },
        newText: "outpatient-clinic",
      },
    ]);
    expect(edit.changes[diskUri]).toEqual(edits(onDisk, "clinic", "outpatient-clinic"));
    expect(edit.changes[diskUri]?.[0]?.range.start.line).toBe(6);
  });

  it("renames from a profile: the definition in the pathway file, its references and every profile naming it", async () => {
    await withWorkspace();
    await lsp.open(meUri, profile);
    const edit = await rename(meUri, pos(profile, "id: basic-cert", 6), "basic-certificate");
    expect(edit.changes).toEqual({
      [demoUri]: edits(demo, "basic-cert", "basic-certificate"),
      [meUri]: edits(profile, "basic-cert", "basic-certificate"),
      [diskUri]: edits(onDisk, "basic-cert", "basic-certificate"),
    });
    expect(edit.changes[demoUri]?.map((e) => e.range.start.line)).toEqual([11, 23, 28]);
  });

  it("refuses a new id that is invalid or taken, from either side", async () => {
    await withWorkspace();
    await lsp.open(meUri, profile);
    const onRole = pos(profile, "role: assistant", 7);
    await expect(rename(meUri, onRole, "Lead Tech")).rejects.toThrow(
      "`Lead Tech` is not a valid id: use lowercase kebab-case, such as `lead-technician`.",
    );
    await expect(rename(meUri, onRole, "senior")).rejects.toThrow(
      "A role `senior` already exists.",
    );
  });

  it("renames in the text on disk now, when a closed profile changed without notice", async () => {
    await withWorkspace();
    await lsp.open(demoUri, demo);
    const moved = `# Moved down.\n${files[diskUri]}`;
    files[diskUri] = moved;
    const edit = await rename(demoUri, pos(demo, "  clinic:", 2), "ward");
    expect(edit.changes[diskUri]).toEqual(edits(moved, "clinic", "ward"));
  });

  it("follows profiles created and deleted on disk, and asks the client to watch them", async () => {
    await withWorkspace();
    expect(await lsp.registered).toEqual([
      expect.objectContaining({
        method: "workspace/didChangeWatchedFiles",
        registerOptions: {
          watchers: [{ globPattern: "**/*.pathway.yaml" }, { globPattern: "**/*.profile.yaml" }],
        },
      }),
    ]);
    await lsp.open(demoUri, demo);
    const onStep = pos(demo, "  earn-basic:", 2);
    const newUri = "file:///ws/people/new.profile.yaml";
    files[newUri] = profile;
    await lsp.filesChanged({ uri: newUri, type: 1 });
    const withNew = await references(demoUri, onStep);
    expect(withNew.map((l) => l.uri)).toEqual([demoUri, diskUri, newUri]);
    delete files[diskUri];
    await lsp.filesChanged({ uri: diskUri, type: 3 });
    expect((await references(demoUri, onStep)).map((l) => l.uri)).toEqual([demoUri, newUri]);
  });

  it("reaches open profiles without a workspace (as in a browser worker)", async () => {
    lsp = connectInMemory(today);
    await lsp.initialize();
    await lsp.open(demoUri, demo);
    await lsp.open(meUri, profile);
    await lsp.open(youUri, naming("other"));
    const edit = await rename(meUri, pos(profile, "step: earn-basic", 6), "earn-it");
    expect(edit.changes).toEqual({
      [demoUri]: edits(demo, "earn-basic", "earn-it"),
      [meUri]: edits(profile, "earn-basic", "earn-it"),
    });
  });
});

describe("references across a pathway and its profiles", () => {
  it("lists the profiles' locations after the pathway's, from either side", async () => {
    await withWorkspace();
    await lsp.open(demoUri, demo);
    await lsp.open(meUri, profile);
    const expected = [
      ...locations(demoUri, demo, "clinic"),
      ...locations(meUri, profile, "clinic"),
      ...locations(diskUri, onDisk, "clinic"),
    ];
    expect(expected).toHaveLength(7);
    expect(await references(demoUri, pos(demo, "settings: [clinic]", 12))).toEqual(expected);
    expect(await references(meUri, pos(profile, "setting: clinic", 10))).toEqual(expected);
    // Without the declaration: the pathway's `clinic:` key is left out.
    expect(await references(meUri, pos(profile, "setting: clinic", 10), false)).toEqual(
      expected.slice(1),
    );
  });

  it("lists nothing for a profile whose pathway is not found, and no crash on broken files", async () => {
    await withWorkspace();
    const lost = naming("nowhere");
    await lsp.open(meUri, lost);
    expect(await references(meUri, pos(lost, "role: assistant", 7))).toEqual([]);
    await lsp.open(brokenProfileUri, files[brokenProfileUri] as string);
    expect(await references(brokenProfileUri, { line: 0, character: 3 })).toEqual([]);
    await lsp.open(demoUri, demo);
    expect((await references(demoUri, pos(demo, "  earn-basic:", 2))).map((l) => l.uri)).toEqual([
      demoUri,
      diskUri,
    ]);
  });
});

describe("prepare-rename", () => {
  it("gives the id's range and placeholder, in a pathway and in a profile", async () => {
    await withWorkspace();
    await lsp.open(demoUri, demo);
    await lsp.open(meUri, profile);
    expect(await prepareRename(demoUri, pos(demo, "[{ credential: basic-cert", 16))).toEqual({
      range: { start: { line: 23, character: 36 }, end: { line: 23, character: 46 } },
      placeholder: "basic-cert",
    });
    expect(await prepareRename(meUri, pos(profile, "role: senior", 8))).toEqual({
      range: { start: { line: 12, character: 10 }, end: { line: 12, character: 16 } },
      placeholder: "senior",
    });
  });

  it("refuses, with a reason, where there is no id that can be renamed", async () => {
    await withWorkspace();
    await lsp.open(demoUri, demo);
    const misspelt = profile.replace("role: senior", "role: senoir");
    await lsp.open(meUri, misspelt);
    const lost = naming("nowhere");
    await lsp.open(youUri, lost);
    const refusal = (uri: string, position: object) =>
      prepareRename(uri, position).then(
        () => "renamed",
        (e: Error) => e.message,
      );
    expect(await refusal(demoUri, pos(demo, "title: Demo", 2))).toBe(
      "There is no id to rename here: put the cursor on the id of a source, setting, strategy, CE category, credential, role or step.",
    );
    expect(await refusal(demoUri, pos(demo, "id: demo", 5))).toBe(
      "The pathway's own id is not renamed here: change `id` in the pathway and `pathway` in its profiles.",
    );
    expect(await refusal(meUri, pos(misspelt, "name:", 1))).toBe(
      "There is no id to rename here: put the cursor on the id of a role, setting, credential, step or CE category.",
    );
    expect(await refusal(meUri, pos(misspelt, "pathway: demo", 10))).toBe(
      "The pathway's own id is not renamed here: change `id` in the pathway and `pathway` in its profiles.",
    );
    expect(await refusal(meUri, pos(misspelt, "role: senoir", 8))).toBe(
      "`senoir` is not a role of pathway `demo`, so there is no definition to rename; correct the reference instead.",
    );
    expect(await refusal(youUri, pos(lost, "role: senior", 8))).toBe(
      "`senior` cannot be renamed: pathway `nowhere`, which the profile names, was not found.",
    );
    // The rename request itself refuses the same way.
    await expect(rename(meUri, pos(misspelt, "role: senoir", 8), "lead")).rejects.toThrow(
      "`senoir` is not a role of pathway `demo`",
    );
    // An unopened document: nothing to say.
    expect(
      await prepareRename("file:///ws/closed.profile.yaml", { line: 0, character: 0 }),
    ).toBeNull();
  });
});

describe("rename within one pathway", () => {
  const uri = demoUri;
  let lsp: ReturnType<typeof connectInMemory>;
  beforeEach(async () => {
    lsp = connectInMemory(today);
    await lsp.initialize();
  });
  afterEach(() => lsp.dispose());

  it("renames an id everywhere and refuses an invalid one", async () => {
    await lsp.open(uri, demo);
    const at = positionOf(demo, "  clinic:", 3);
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
});
