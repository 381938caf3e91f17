// The built language server over stdio in a workspace folder on disk: rename and references reach
// the profile files that name a pathway, and the server follows pathway and profile files that
// are created and deleted (as the client reports them with workspace/didChangeWatchedFiles).
import type { ChildProcessWithoutNullStreams } from "node:child_process";
import { mkdirSync, mkdtempSync, readFileSync, rmSync, unlinkSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { MessageConnection } from "vscode-jsonrpc/node";
import { connectBuiltServer } from "./built-server.js";

const core = new URL("../../packages/core/test/", import.meta.url);
const demo = readFileSync(new URL("fixtures/valid/input.yaml", core), "utf8");
const profile = readFileSync(new URL("profile-fixtures/valid/profile.yaml", core), "utf8");
const naming = (id: string) => profile.replace("pathway: demo", `pathway: ${id}`);

const work = mkdtempSync(join(tmpdir(), "pathwise-workspace-"));
const file = (path: string, text?: string) => {
  const full = join(work, path);
  if (text !== undefined) {
    mkdirSync(join(full, ".."), { recursive: true });
    writeFileSync(full, text);
  }
  return pathToFileURL(full).href;
};
const demoUri = file("pathways/demo.pathway.yaml", demo);
file("pathways/other.pathway.yaml", demo.replace("id: demo", "id: other"));
file("pathways/broken.pathway.yaml", "id: [demo\n  - : :\n\t");
const meUri = file("people/me.profile.yaml", profile);
const youUri = file("people/you.profile.yaml", naming("other"));
file("people/broken.profile.yaml", "pathway: { demo\n: : -");
file("node_modules/pkg/skipped.profile.yaml", profile);

type Range = {
  start: { line: number; character: number };
  end: { line: number; character: number };
};
interface Published {
  uri: string;
  diagnostics: { message: string; range: Range }[];
}

let child: ChildProcessWithoutNullStreams;
let client: MessageConnection;
const waiting = new Map<string, (p: Published) => void>();
let registered: Promise<unknown>;

beforeAll(async () => {
  ({ child, client } = connectBuiltServer());
  client.onNotification("textDocument/publishDiagnostics", (p: Published) =>
    waiting.get(p.uri)?.(p),
  );
  registered = new Promise((resolve) =>
    client.onRequest("client/registerCapability", (params) => {
      resolve(params);
      return null;
    }),
  );
  client.listen();
  await client.sendRequest("initialize", {
    processId: process.pid,
    rootUri: null,
    workspaceFolders: [{ uri: pathToFileURL(work).href, name: "content" }],
    initializationOptions: { today: "2026-11-24" },
    capabilities: { workspace: { didChangeWatchedFiles: { dynamicRegistration: true } } },
  });
  await client.sendNotification("initialized", {});
});

afterAll(async () => {
  await client.sendRequest("shutdown").catch(() => undefined);
  client.dispose();
  child.kill();
  rmSync(work, { recursive: true, force: true });
});

const nextDiagnostics = (uri: string) =>
  new Promise<Published>((resolve) => waiting.set(uri, resolve));
async function open(uri: string, text: string) {
  const published = nextDiagnostics(uri);
  await client.sendNotification("textDocument/didOpen", {
    textDocument: { uri, languageId: "yaml", version: 1, text },
  });
  return published;
}
const filesChanged = (...changes: { uri: string; type: 1 | 2 | 3 }[]) =>
  client.sendNotification("workspace/didChangeWatchedFiles", { changes });
const position = (text: string, needle: string, shift: number) => {
  const before = text.slice(0, text.indexOf(needle) + shift);
  return {
    line: before.split("\n").length - 1,
    character: before.length - (before.lastIndexOf("\n") + 1),
  };
};
const references = (uri: string, at: object) =>
  client.sendRequest("textDocument/references", {
    textDocument: { uri },
    position: at,
    context: { includeDeclaration: true },
  }) as Promise<{ uri: string; range: Range }[]>;

describe("the built language server in a workspace on disk", () => {
  it("watches pathway and profile files", async () => {
    expect(await registered).toMatchObject({
      registrations: [
        {
          method: "workspace/didChangeWatchedFiles",
          registerOptions: {
            watchers: [{ globPattern: "**/*.pathway.yaml" }, { globPattern: "**/*.profile.yaml" }],
          },
        },
      ],
    });
  });

  it("renames a pathway's id in the profile files that name it, not in others", async () => {
    expect((await open(demoUri, demo)).diagnostics).toEqual([]);
    const edit = (await client.sendRequest("textDocument/rename", {
      textDocument: { uri: demoUri },
      position: position(demo, "  clinic:", 2),
      newName: "ward",
    })) as { changes: Record<string, { range: Range; newText: string }[]> };
    expect(Object.keys(edit.changes).sort()).toEqual([demoUri, meUri].sort());
    expect(edit.changes[meUri]).toEqual([
      {
        range: { start: { line: 4, character: 9 }, end: { line: 4, character: 15 } },
        newText: "ward",
      },
      {
        range: { start: { line: 6, character: 32 }, end: { line: 6, character: 38 } },
        newText: "ward",
      },
    ]);
    expect(edit.changes[youUri]).toBeUndefined();
  });

  it("follows profile files created and deleted on disk", async () => {
    const onStep = position(demo, "  earn-basic:", 2);
    expect((await references(demoUri, onStep)).map((l) => l.uri)).toEqual([demoUri, meUri]);
    const newUri = file("people/new.profile.yaml", `# New.\n${profile}`);
    await filesChanged({ uri: newUri, type: 1 });
    const withNew = await references(demoUri, onStep);
    expect(withNew.map((l) => [l.uri, l.range.start.line])).toEqual([
      [demoUri, 25],
      [meUri, 10],
      [newUri, 11],
    ]);
    unlinkSync(fileURLToPath(newUri));
    await filesChanged({ uri: newUri, type: 3 });
    expect((await references(demoUri, onStep)).map((l) => l.uri)).toEqual([demoUri, meUri]);
  });

  it("follows pathway files created and deleted on disk", async () => {
    const thirdProfile = file("people/third.profile.yaml", naming("third"));
    const text = naming("third");
    const notice =
      "Expected pathway `third` in the workspace's `*.pathway.yaml` files or the open documents, found none; only the profile's shape is checked.";
    expect((await open(thirdProfile, text)).diagnostics.map((d) => d.message)).toEqual([notice]);
    const thirdUri = file("pathways/third.pathway.yaml", demo.replace("id: demo", "id: third"));
    const created = nextDiagnostics(thirdProfile);
    await filesChanged({ uri: thirdUri, type: 1 });
    expect((await created).diagnostics).toEqual([]);
    unlinkSync(fileURLToPath(thirdUri));
    const deleted = nextDiagnostics(thirdProfile);
    await filesChanged({ uri: thirdUri, type: 3 });
    expect((await deleted).diagnostics.map((d) => d.message)).toEqual([notice]);
    expect(child.exitCode).toBeNull();
  });
});
