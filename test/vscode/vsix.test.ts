// Packages the VS Code extension with vsce (offline), then checks what a user would install:
// the manifest, the files inside, and that the bundled server answers LSP over stdio.
import { execFileSync, spawn } from "node:child_process";
import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { afterAll, describe, expect, it } from "vitest";
import {
  createMessageConnection,
  StreamMessageReader,
  StreamMessageWriter,
} from "vscode-jsonrpc/node";

const extensionDir = fileURLToPath(new URL("../../packages/vscode/", import.meta.url));
const work = mkdtempSync(join(tmpdir(), "pathwise-vsix-"));
const vsix = join(work, "pathwise.vsix");
afterAll(() => rmSync(work, { recursive: true, force: true }));

describe("the packaged VS Code extension", () => {
  it("packages into a .vsix with its manifest, bundles, language, grammar and snippets", () => {
    execFileSync(
      "pnpm",
      ["exec", "vsce", "package", "--no-dependencies", "--allow-missing-repository", "-o", vsix],
      {
        cwd: extensionDir,
        stdio: "pipe",
      },
    );
    execFileSync("unzip", ["-q", vsix, "-d", join(work, "unpacked")]);
    const files = execFileSync("unzip", ["-Z1", vsix], { encoding: "utf8" })
      .trim()
      .split("\n")
      .sort();
    expect(files).toEqual([
      "[Content_Types].xml",
      "extension.vsixmanifest",
      "extension/LICENSE.txt",
      "extension/dist/extension.js",
      "extension/dist/server.js",
      "extension/language-configuration.json",
      "extension/package.json",
      "extension/readme.md",
      "extension/snippets/pathway.json",
      "extension/snippets/profile.json",
      "extension/syntaxes/pathwise-yaml.tmLanguage.json",
    ]);
    const manifest = JSON.parse(
      readFileSync(join(work, "unpacked/extension/package.json"), "utf8"),
    );
    expect(manifest.engines.vscode).toBe("^1.91.0");
    expect(manifest.main).toBe("./dist/extension.js");
    // Language ids of their own: the YAML extension serves `yaml` only, so it leaves these files
    // to the Pathwise server, and contributes no schema checks for them (no `yamlValidation`).
    expect(manifest.contributes.yamlValidation).toBeUndefined();
    expect(manifest.contributes.languages).toEqual([
      {
        id: "pathwise-pathway",
        aliases: ["Pathwise pathway"],
        extensions: [".pathway.yaml"],
        configuration: "./language-configuration.json",
      },
      {
        id: "pathwise-profile",
        aliases: ["Pathwise profile"],
        extensions: [".profile.yaml"],
        configuration: "./language-configuration.json",
      },
    ]);
    const grammar = JSON.parse(
      readFileSync(join(work, "unpacked/extension/syntaxes/pathwise-yaml.tmLanguage.json"), "utf8"),
    );
    expect(grammar.patterns).toEqual([{ include: "source.yaml" }]);
    expect(manifest.contributes.grammars.map((g: { language: string }) => g.language)).toEqual([
      "pathwise-pathway",
      "pathwise-profile",
    ]);
    expect(manifest.contributes.commands).toEqual([
      {
        command: "pathwise.showNextSteps",
        title: "Show next steps for profile",
        category: "Pathwise",
      },
    ]);
    expect(manifest.contributes.menus.commandPalette).toEqual([
      { command: "pathwise.showNextSteps", when: "editorLangId == pathwise-profile" },
    ]);
    expect(manifest.activationEvents).toEqual([
      "onLanguage:pathwise-pathway",
      "onLanguage:pathwise-profile",
      "workspaceContains:**/*.pathway.yaml",
      "workspaceContains:**/*.profile.yaml",
      "onCommand:pathwise.showNextSteps",
    ]);
    // Snippets are scoped to their file kind: none in other YAML files, no profile snippet in a
    // pathway.
    expect(manifest.contributes.snippets).toEqual([
      { language: "pathwise-pathway", path: "./snippets/pathway.json" },
      { language: "pathwise-profile", path: "./snippets/profile.json" },
    ]);
    const profileSnippet = JSON.parse(
      readFileSync(join(work, "unpacked/extension/snippets/profile.json"), "utf8"),
    )["Pathwise profile"];
    expect(profileSnippet.prefix).toBe("pw-profile");
    expect(Object.keys(manifest.contributes.configuration.properties)).toEqual([
      "pathwise.enable",
      "pathwise.trace.server",
    ]);
  });

  it("starts the bundled server from the package: diagnostics and the next-steps preview", async () => {
    const server = spawn(
      process.execPath,
      [join(work, "unpacked/extension/dist/server.js"), "--stdio"],
      { stdio: "pipe" },
    );
    const client = createMessageConnection(
      new StreamMessageReader(server.stdout),
      new StreamMessageWriter(server.stdin),
    );
    const waiting = new Map<string, (p: { diagnostics: { code?: string }[] }) => void>();
    client.onNotification("textDocument/publishDiagnostics", (p) => waiting.get(p.uri)?.(p));
    client.listen();
    const open = async (uri: string, text: string) => {
      const published = new Promise<{ diagnostics: { code?: string }[] }>((resolve) =>
        waiting.set(uri, resolve),
      );
      await client.sendNotification("textDocument/didOpen", {
        textDocument: { uri, languageId: "yaml", version: 1, text },
      });
      return (await published).diagnostics.map((d) => d.code);
    };
    try {
      const init = (await client.sendRequest("initialize", {
        processId: null,
        rootUri: null,
        capabilities: {},
        initializationOptions: { today: "2026-11-24" },
      })) as {
        serverInfo: { name: string };
        capabilities: { executeCommandProvider: unknown };
      };
      expect(init.serverInfo.name).toBe("pathwise-language-server");
      // The command the extension's "Show next steps for profile" sends.
      expect(init.capabilities.executeCommandProvider).toEqual({
        commands: ["pathwise.nextSteps"],
      });
      await client.sendNotification("initialized", {});
      expect(await open("file:///x.pathway.yaml", "pathwise: 7\n")).toEqual([
        "unsupported-version",
      ]);
      const fixtures = new URL("../../packages/core/test/", import.meta.url);
      expect(
        await open(
          "file:///ws/demo.pathway.yaml",
          readFileSync(new URL("fixtures/valid/input.yaml", fixtures), "utf8"),
        ),
      ).toEqual([]);
      expect(
        await open(
          "file:///ws/me.profile.yaml",
          readFileSync(new URL("profile-fixtures/valid/profile.yaml", fixtures), "utf8"),
        ),
      ).toEqual([]);
      const preview = (await client.sendRequest("workspace/executeCommand", {
        command: "pathwise.nextSteps",
        arguments: ["file:///ws/me.profile.yaml"],
      })) as { pathway: string; text: string };
      expect(preview.pathway).toBe("file:///ws/demo.pathway.yaml");
      expect(preview.text).toMatch(/^Next steps on 2026-11-24:\n/);
    } finally {
      client.dispose();
      server.kill();
    }
  });
});
