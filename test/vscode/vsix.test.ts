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
  it("packages into a .vsix with its manifest, bundles, schema and snippets", () => {
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
      "extension/package.json",
      "extension/readme.md",
      "extension/schemas/pathway.schema.json",
      "extension/snippets/pathway.json",
    ]);
    const manifest = JSON.parse(
      readFileSync(join(work, "unpacked/extension/package.json"), "utf8"),
    );
    expect(manifest.engines.vscode).toBe("^1.91.0");
    expect(manifest.main).toBe("./dist/extension.js");
    expect(manifest.contributes.yamlValidation).toEqual([
      { fileMatch: "*.pathway.yaml", url: "./schemas/pathway.schema.json" },
    ]);
    expect(Object.keys(manifest.contributes.configuration.properties)).toEqual([
      "pathwise.enable",
      "pathwise.trace.server",
    ]);
    const schema = JSON.parse(
      readFileSync(join(work, "unpacked/extension/schemas/pathway.schema.json"), "utf8"),
    );
    expect(schema).toEqual(
      JSON.parse(
        readFileSync(
          new URL("../../packages/core/schema/pathway.schema.json", import.meta.url),
          "utf8",
        ),
      ),
    );
  });

  it("starts the bundled server from the package and serves diagnostics", async () => {
    const server = spawn(
      process.execPath,
      [join(work, "unpacked/extension/dist/server.js"), "--stdio"],
      { stdio: "pipe" },
    );
    const client = createMessageConnection(
      new StreamMessageReader(server.stdout),
      new StreamMessageWriter(server.stdin),
    );
    client.listen();
    try {
      const init = (await client.sendRequest("initialize", {
        processId: null,
        rootUri: null,
        capabilities: {},
      })) as {
        serverInfo: { name: string };
      };
      expect(init.serverInfo.name).toBe("pathwise-language-server");
      const diagnostics = new Promise<{ diagnostics: { code: string }[] }>((resolve) =>
        client.onNotification("textDocument/publishDiagnostics", resolve),
      );
      await client.sendNotification("initialized", {});
      await client.sendNotification("textDocument/didOpen", {
        textDocument: {
          uri: "file:///x.pathway.yaml",
          languageId: "yaml",
          version: 1,
          text: "pathwise: 7\n",
        },
      });
      expect((await diagnostics).diagnostics.map((d) => d.code)).toEqual(["unsupported-version"]);
    } finally {
      client.dispose();
      server.kill();
    }
  });
});
