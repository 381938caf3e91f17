// Profiles over LSP: checked against the pathway they name (open, or found in the workspace),
// with ids completed, hovered and navigated from that pathway, and the next-steps preview.
import { readFileSync } from "node:fs";
import {
  loadPathwayOrThrow,
  loadProfile,
  recommendSteps,
  renderRecommendations,
} from "@pathwise/core";
import { afterEach, describe, expect, it } from "vitest";
import { connectInMemory, memoryWorkspace, positionOf } from "./lsp-client.js";

const core = new URL("../../core/test/", import.meta.url);
const demo = readFileSync(new URL("fixtures/valid/input.yaml", core), "utf8");
const valid = readFileSync(new URL("profile-fixtures/valid/profile.yaml", core), "utf8");
// The demo pathway with CE categories, so that a profile's CE activities have ids to complete.
const pathway = demo.replace(
  "credentials:\n",
  "ceCategories:\n  law: { title: Pharmacy law }\n  safety: { title: Patient safety, summary: Preventing errors. }\ncredentials:\n",
);
const pathwayUri = "file:///ws/pathways/demo.pathway.yaml";
const profileUri = "file:///ws/me.profile.yaml";
const today = "2026-11-24";

const range = (sl: number, sc: number, el: number, ec: number) => ({
  start: { line: sl, character: sc },
  end: { line: el, character: ec },
});

let lsp: ReturnType<typeof connectInMemory>;
afterEach(() => lsp.dispose());

/** A server whose workspace holds the demo pathway on disk (not opened). */
async function withWorkspace(files: Record<string, string> = { [pathwayUri]: pathway }) {
  lsp = connectInMemory(today, { workspace: memoryWorkspace(files) });
  await lsp.initialize("file:///ws");
}

describe("profile diagnostics", () => {
  it("checks a profile against the pathway it names in the workspace, with the CLI's codes and ranges", async () => {
    await withWorkspace();
    const text = valid.replace("role: assistant", "role: asistant");
    const published = await lsp.open(profileUri, text);
    expect(published).toEqual({
      uri: profileUri,
      version: 1,
      diagnostics: [
        {
          range: range(3, 6, 3, 14),
          severity: 1,
          code: "unknown-reference",
          source: "pathwise",
          message: "Expected a role of pathway `demo`, found `asistant`; did you mean `assistant`?",
          data: { path: ["role"], suggestions: ["assistant"] },
        },
      ],
    });
  });

  it("uses an open pathway's current text over the file on disk, and re-checks profiles when it changes", async () => {
    await withWorkspace();
    expect((await lsp.open(profileUri, valid)).diagnostics).toEqual([]);
    const renamed = pathway.replaceAll("clinic", "hospital");
    const profileAgain = lsp.nextDiagnostics(profileUri);
    await lsp.open(pathwayUri, renamed);
    expect((await profileAgain).diagnostics).toEqual([
      {
        range: range(4, 9, 4, 15),
        severity: 1,
        code: "unknown-reference",
        source: "pathwise",
        message: "Expected a setting of pathway `demo`, found `clinic`.",
        data: { path: ["setting"], suggestions: [] },
      },
      {
        range: range(6, 32, 6, 38),
        severity: 1,
        code: "unknown-reference",
        source: "pathwise",
        message: "Expected a setting of pathway `demo`, found `clinic`.",
        data: { path: ["history", 0, "setting"], suggestions: [] },
      },
    ]);
    // Closing the pathway falls back to the file on disk.
    const afterClose = lsp.nextDiagnostics(profileUri);
    await lsp.client.sendNotification("textDocument/didClose", {
      textDocument: { uri: pathwayUri },
    });
    expect((await afterClose).diagnostics).toEqual([]);
  });

  it("re-checks profiles when a pathway file changes on disk", async () => {
    const files = { [pathwayUri]: pathway };
    await withWorkspace(files);
    expect((await lsp.open(profileUri, valid)).diagnostics).toEqual([]);
    files[pathwayUri] = pathway.replace("  senior:\n", "  lead:\n");
    const next = lsp.nextDiagnostics(profileUri);
    await lsp.client.sendNotification("workspace/didChangeWatchedFiles", {
      changes: [{ uri: pathwayUri, type: 2 }],
    });
    expect((await next).diagnostics.map((d) => [d.code, d.message])).toEqual([
      ["unknown-reference", "Expected a role of pathway `demo`, found `senior`."],
    ]);
  });

  it("says once, as information, that a pathway cannot be found, and checks the shape only", async () => {
    // Two pathways, neither the one named: the CLI's rule falls back only to a single pathway.
    await withWorkspace({
      [pathwayUri]: pathway,
      "file:///ws/other.pathway.yaml": pathway.replace("id: demo", "id: other"),
    });
    const text = valid
      .replace("pathway: demo", "pathway: nowhere")
      .replace("hoursPerWeek: 32", "hoursPerWeek: 320");
    const published = await lsp.open(profileUri, text);
    expect(published.diagnostics).toEqual([
      {
        range: range(6, 72, 6, 75),
        severity: 1,
        code: "invalid-value",
        source: "pathwise",
        message: "Expected a number of at most 100 for `hoursPerWeek`, found the number 320.",
        data: { path: ["history", 0, "hoursPerWeek"], suggestions: [] },
      },
    ]);
    const fixed = await lsp.change(profileUri, text.replace("320", "32"), 2);
    expect(fixed.diagnostics).toEqual([
      {
        range: range(1, 9, 1, 16),
        severity: 3,
        source: "pathwise",
        message:
          "Expected pathway `nowhere` in the workspace's `*.pathway.yaml` files or the open documents, found none; only the profile's shape is checked.",
      },
    ]);
    // The server keeps answering for the profile.
    expect(
      await lsp.client.sendRequest("textDocument/hover", {
        textDocument: { uri: profileUri },
        position: positionOf(text, "role: senior", 7),
      }),
    ).toEqual({
      contents: {
        kind: "markdown",
        value: "Role `senior` of pathway `nowhere`, which was not found.",
      },
      range: range(12, 10, 12, 16),
    });
  });

  it("finds only open pathways without a workspace (as in a browser worker)", async () => {
    lsp = connectInMemory(today);
    await lsp.initialize();
    expect((await lsp.open(profileUri, valid)).diagnostics).toEqual([
      {
        range: range(1, 9, 1, 13),
        severity: 3,
        source: "pathwise",
        message:
          "Expected pathway `demo` in the open documents, found none; only the profile's shape is checked.",
      },
    ]);
    const next = lsp.nextDiagnostics(profileUri);
    await lsp.open(pathwayUri, pathway);
    expect((await next).diagnostics).toEqual([]);
  });

  it("does not check ids against a pathway with errors, and says why", async () => {
    const broken = pathway.replace("strategy: certify", "strategy: certfy");
    await withWorkspace({ [pathwayUri]: broken });
    const published = await lsp.open(
      profileUri,
      valid.replace("role: assistant", "role: asistant"),
    );
    expect(published.diagnostics).toEqual([
      {
        range: range(1, 9, 1, 13),
        severity: 3,
        source: "pathwise",
        message: `Expected pathway \`demo\` without errors, found errors in ${pathwayUri}; only the profile's shape is checked.`,
      },
    ]);
  });

  it("publishes only the latest version after 1,000 rapid edits of a profile", async () => {
    await withWorkspace();
    await lsp.open(profileUri, valid);
    const last = lsp.nextDiagnostics(profileUri, 1001);
    for (let version = 2; version <= 1001; version++) {
      const text =
        version === 1001 ? valid.replace("role: senior", "role: senoir") : `${valid}# ${version}\n`;
      void lsp.client.sendNotification("textDocument/didChange", {
        textDocument: { uri: profileUri, version },
        contentChanges: [{ text }],
      });
    }
    expect((await last).diagnostics.map((d) => [d.code, d.range.start.line])).toEqual([
      ["unknown-reference", 12],
    ]);
  });

  it("reports a binary profile and an empty one, and keeps running", async () => {
    await withWorkspace();
    const binary = await lsp.open("file:///ws/bin.profile.yaml", "\u0000\u0001\u0002binary");
    expect(binary.diagnostics.map((d) => d.code)).toEqual(["invalid-encoding"]);
    const empty = await lsp.open("file:///ws/empty.profile.yaml", "");
    expect(empty.diagnostics.map((d) => d.code)).toEqual(["empty-document"]);
    expect((await lsp.open(profileUri, valid)).diagnostics).toEqual([]);
  });
});

describe("profile completion, hover and definition", () => {
  it("completes the ids of the named pathway where the profile expects them", async () => {
    await withWorkspace();
    const text = `${valid.replace("role: assistant", "role: ")}ce:\n  - { date: 2026-01-10, hours: 1, categories: [law, ] }\n`;
    await lsp.open(profileUri, text);
    const complete = (needle: string, shift: number) =>
      lsp.client.sendRequest("textDocument/completion", {
        textDocument: { uri: profileUri },
        position: positionOf(text, needle, shift),
      });
    expect(await complete("role: \n", 6)).toEqual([
      {
        label: "assistant",
        kind: 18,
        detail: "role: Assistant",
        textEdit: { range: range(3, 6, 3, 6), newText: "assistant" },
      },
      {
        label: "senior",
        kind: 18,
        detail: "role: Senior assistant",
        textEdit: { range: range(3, 6, 3, 6), newText: "senior" },
      },
    ]);
    expect(await complete("[law, ]", 6)).toEqual([
      {
        label: "law",
        kind: 18,
        detail: "CE category: Pharmacy law",
        textEdit: { range: range(14, 52, 14, 52), newText: "law" },
      },
      {
        label: "safety",
        kind: 18,
        detail: "CE category: Patient safety",
        textEdit: { range: range(14, 52, 14, 52), newText: "safety" },
      },
    ]);
    const ids = async (needle: string, shift: number) =>
      ((await complete(needle, shift)) as { label: string }[]).map((i) => i.label);
    expect(await ids("id: basic-cert", 4)).toEqual(["basic-cert"]);
    expect(await ids("step: earn-basic", 6)).toEqual(["earn-basic"]);
    expect(await ids("setting: clinic\n", 9)).toEqual(["clinic"]);
  });

  it("completes the profile's keys from its schema", async () => {
    await withWorkspace();
    const text = `${valid.replace("name: An assistant two years in\n", "")}pr`;
    await lsp.open(profileUri, text);
    const items = (await lsp.client.sendRequest("textDocument/completion", {
      textDocument: { uri: profileUri },
      position: positionOf(text, "\npr", 3),
    })) as { label: string; detail: string; textEdit: unknown }[];
    expect(items.map((i) => [i.label, i.detail])).toEqual([
      ["name", "optional"],
      ["date", "optional"],
      ["jurisdiction", "optional"],
      ["ce", "optional"],
      ["preferences", "optional"],
      ["expect", "optional"],
    ]);
    expect(items[4]?.textEdit).toEqual({ range: range(12, 0, 12, 2), newText: "preferences: " });
  });

  it("hovers an id with the pathway's title and summary, the pathway id, and a key", async () => {
    await withWorkspace();
    const text = `${valid}ce:\n  - { date: 2026-01-10, hours: 1, categories: [safety] }\n`;
    await lsp.open(profileUri, text);
    const hover = (needle: string, shift: number) =>
      lsp.client.sendRequest("textDocument/hover", {
        textDocument: { uri: profileUri },
        position: positionOf(text, needle, shift),
      });
    expect(await hover("id: basic-cert", 6)).toEqual({
      contents: {
        kind: "markdown",
        value:
          "**Basic certificate** — credential `basic-cert`\n\nIssued by Example Board (certification).",
      },
      range: range(8, 10, 8, 20),
    });
    expect(await hover("[safety]", 2)).toEqual({
      contents: {
        kind: "markdown",
        value: "**Patient safety** — CE category `safety`\n\nPreventing errors.",
      },
      range: range(14, 47, 14, 53),
    });
    expect(await hover("pathway: demo", 10)).toEqual({
      contents: { kind: "markdown", value: `**Demo pathway** — pathway \`demo\`\n\n${pathwayUri}` },
      range: range(1, 9, 1, 13),
    });
    expect(await hover("goals:", 1)).toEqual({
      contents: { kind: "markdown", value: "`goals`: Goals, most important first." },
      range: range(11, 0, 11, 5),
    });
  });

  it("goes to the definition in the pathway file", async () => {
    await withWorkspace();
    await lsp.open(profileUri, valid);
    const definition = (needle: string, shift: number) =>
      lsp.client.sendRequest("textDocument/definition", {
        textDocument: { uri: profileUri },
        position: positionOf(valid, needle, shift),
      });
    // `senior:` is on line 24 of the pathway (0-based), after the two CE category lines.
    expect(await definition("role: senior", 8)).toEqual({
      uri: pathwayUri,
      range: range(23, 2, 23, 8),
    });
    expect(await definition("step: earn-basic", 8)).toEqual({
      uri: pathwayUri,
      range: range(28, 2, 28, 12),
    });
    expect(await definition("pathway: demo", 10)).toEqual({
      uri: pathwayUri,
      range: range(1, 4, 1, 8),
    });
    expect(await definition("name:", 1)).toBeNull();
  });

  it("answers an outline request on a profile with an empty outline", async () => {
    await withWorkspace();
    await lsp.open(profileUri, valid);
    expect(
      await lsp.client.sendRequest("textDocument/documentSymbol", {
        textDocument: { uri: profileUri },
      }),
    ).toEqual([]);
  });

  it("offers 'did you mean' quick fixes in a profile", async () => {
    await withWorkspace();
    const text = valid.replace("role: senior", "role: senoir");
    const published = await lsp.open(profileUri, text);
    const actions = (await lsp.client.sendRequest("textDocument/codeAction", {
      textDocument: { uri: profileUri },
      range: range(12, 0, 12, 20),
      context: { diagnostics: published.diagnostics },
    })) as { title: string; edit: unknown }[];
    expect(actions.map((a) => [a.title, a.edit])).toEqual([
      [
        "Change to `senior`",
        { changes: { [profileUri]: [{ range: range(12, 10, 12, 16), newText: "senior" }] } },
      ],
    ]);
  });
});

describe("renamed ids in a profile", () => {
  // The demo pathway has since renamed the role `helper` to `assistant`.
  const renamed = `${pathway}renamed:\n  roles: { helper: assistant }\n`;
  const quickFixes = async (uri: string, diagnostics: unknown[], line: number) =>
    (
      (await lsp.client.sendRequest("textDocument/codeAction", {
        textDocument: { uri },
        range: range(line, 0, line, 40),
        context: { diagnostics },
      })) as { title: string; edit: unknown; isPreferred?: boolean }[]
    ).map((a) => [a.title, a.edit, a.isPreferred]);

  it("shows a warning at the old id and offers the current one", async () => {
    await withWorkspace({ [pathwayUri]: renamed });
    const text = valid.replace("role: assistant", "role: helper");
    const published = await lsp.open(profileUri, text);
    expect(published.diagnostics).toHaveLength(1);
    expect(published.diagnostics[0]).toMatchObject({
      range: range(3, 6, 3, 12),
      severity: 2,
      code: "renamed-id",
      message:
        "`helper` was renamed to `assistant`; the profile loads with `assistant`. Change it, or run `pathwise migrate --write`.",
    });
    expect(await quickFixes(profileUri, published.diagnostics, 3)).toEqual([
      [
        "Change to `assistant`",
        { changes: { [profileUri]: [{ range: range(3, 6, 3, 12), newText: "assistant" }] } },
        true,
      ],
    ]);
  });

  it("keeps the quotes of a quoted id, as JSON writes them", async () => {
    await withWorkspace({ [pathwayUri]: renamed });
    const uri = profileUri;
    const text = '{\n  "pathwise": 1,\n  "pathway": "demo",\n  "role": "helper"\n}\n';
    const published = await lsp.open(uri, text);
    expect(published.diagnostics.map((d: { code?: unknown }) => d.code)).toEqual(["renamed-id"]);
    expect(await quickFixes(uri, published.diagnostics, 3)).toEqual([
      [
        "Change to `assistant`",
        { changes: { [uri]: [{ range: range(3, 10, 3, 18), newText: '"assistant"' }] } },
        true,
      ],
    ]);
  });
});

describe("the next-steps preview (workspace/executeCommand pathwise.nextSteps)", () => {
  const run = (...args: unknown[]) =>
    lsp.client.sendRequest("workspace/executeCommand", {
      command: "pathwise.nextSteps",
      arguments: args,
    });

  it("is announced", async () => {
    lsp = connectInMemory(today);
    const result = (await lsp.initialize()) as { capabilities: Record<string, unknown> };
    expect(result.capabilities.executeCommandProvider).toEqual({
      commands: ["pathwise.nextSteps"],
    });
  });

  it("returns the engine's next steps as text and JSON, exactly as `pathwise next` computes them", async () => {
    await withWorkspace();
    const text = valid
      .replace("  - { step: earn-basic, date: 2025-05-02 }\n", "")
      .replace("credentials:\n  - { id: basic-cert, earned: 2025-05-02 }\n", "")
      .replace("completed:\n", "");
    await lsp.open(profileUri, text);
    const result = (await run(profileUri, "2026-01-15")) as Record<string, unknown>;
    const profile = loadProfile(text);
    if (!profile.ok) throw new Error("expected a valid profile");
    const library = recommendSteps(loadPathwayOrThrow(pathway), profile.value, {
      date: "2026-01-15",
      limit: 5,
    });
    expect(result).toEqual({
      uri: profileUri,
      pathway: pathwayUri,
      date: "2026-01-15",
      text: renderRecommendations(library),
      recommendations: JSON.parse(JSON.stringify(library)),
    });
    expect(result.text).toMatchInlineSnapshot(`
      "Next steps on 2026-01-15:
        1. Earn the basic certificate [Get certified] (score 41)
             +40 It is on the quickest route to Senior assistant (reachable by 2026-07-09).

      Goals:
        - Senior assistant can be reached by 2026-07-09 in 1 step, including time to gain experience.
      "
    `);
  });

  it("uses the server's date when none is given", async () => {
    await withWorkspace();
    await lsp.open(profileUri, valid);
    expect(await run(profileUri)).toMatchObject({ date: today });
  });

  it("answers bad requests with errors and keeps running", async () => {
    await withWorkspace();
    await expect(
      lsp.client.sendRequest("workspace/executeCommand", { command: "pathwise.nope" }),
    ).rejects.toThrow("Unknown command `pathwise.nope`.");
    await expect(run()).rejects.toThrow(
      "Expected the URI of a `*.profile.yaml` document, found nothing.",
    );
    await expect(run(pathwayUri)).rejects.toThrow(
      `Expected the URI of a \`*.profile.yaml\` document, found "${pathwayUri}".`,
    );
    await expect(run(profileUri)).rejects.toThrow(
      `Expected an open document, found none for ${profileUri}.`,
    );
    await lsp.open(profileUri, valid.replace("role: senior", "role: senoir"));
    await expect(run(profileUri, "next tuesday")).rejects.toThrow(
      'Expected a date as YYYY-MM-DD, found "next tuesday".',
    );
    await expect(run(profileUri)).rejects.toThrow(
      "Expected a profile without errors, found 1 error: Expected a role of pathway `demo`, found `senoir`; did you mean `senior`?",
    );
    await expect(run(profileUri, "2025-01-01")).rejects.toThrow(
      "Expected a profile without errors, found 1 error:",
    );
    await lsp.change(profileUri, valid, 2);
    await expect(run(profileUri, "2025-01-01")).rejects.toThrow(
      "Expected a profile without errors on 2025-01-01, found: Expected a date on or before 2025-01-01, found 2025-05-02.",
    );
    await lsp.change(profileUri, valid.replace("pathway: demo", "pathway: gone"), 3);
    await expect(run(profileUri)).rejects.toThrow(
      "Expected a profile without errors, found 1 error: Expected a profile for pathway `demo`, found one for `gone`.",
    );
    expect(await run("file:///ws/also-open.profile.yaml").catch((e: Error) => e.message)).toBe(
      "Expected an open document, found none for file:///ws/also-open.profile.yaml.",
    );
  });

  it("explains that it needs the pathway when none is found", async () => {
    lsp = connectInMemory(today);
    await lsp.initialize();
    await lsp.open(profileUri, valid);
    await expect(run(profileUri)).rejects.toThrow(
      "Expected pathway `demo` in the open documents, found none; only the profile's shape is checked.",
    );
  });
});
