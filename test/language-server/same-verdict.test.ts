// Editor and CI agree: for every golden fixture, the built language server over stdio publishes
// exactly the diagnostics that the built CLI reports with `pathwise validate --format json`
// (positions converted from the CLI's 1-based lines and columns to LSP's 0-based ones).
// Profiles are checked the way both find their pathway: side by side with it in one folder.
import type { ChildProcessWithoutNullStreams } from "node:child_process";
import { copyFileSync, mkdirSync, mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { pathToFileURL } from "node:url";
import type { Diagnostic } from "@pathwise/core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { MessageConnection } from "vscode-jsonrpc/node";
import {
  fixtureToday,
  profileFixturePathway,
  readFixtures,
  readProfileFixtures,
} from "../../packages/core/test/fixtures.js";
import { pathwise } from "../cli/pathwise.js";
import { connectBuiltServer } from "./built-server.js";

interface LspDiagnostic {
  range: { start: { line: number; character: number }; end: { line: number; character: number } };
  severity: number;
  code?: string;
  message: string;
  data?: { path: (string | number)[]; suggestions: string[] };
}

const severities: Record<string, number> = { error: 1, warning: 2, information: 3 };

/** A CLI diagnostic as the language server publishes it. */
function asLsp(d: Diagnostic): LspDiagnostic {
  const at = (p: { line: number; column: number }) => ({
    line: p.line - 1,
    character: p.column - 1,
  });
  return {
    range: d.range
      ? { start: at(d.range.start), end: at(d.range.end) }
      : { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } },
    severity: severities[d.severity] ?? 0,
    code: d.code,
    message: d.message,
    data: { path: [...d.path], suggestions: [...(d.suggestions ?? [])] },
  };
}

const work = mkdtempSync(join(tmpdir(), "pathwise-same-verdict-"));
const pathwayDir = join(work, "pathways");
const profileDir = join(work, "profiles");
mkdirSync(pathwayDir);
mkdirSync(profileDir);
// Fixtures about bytes and load limits need CLI options or bytes an editor never holds.
const pathwayFixtures = readFixtures().filter(
  (f) => Object.keys(f.options).length === 0 && !f.name.startsWith("invalid-encoding"),
);
for (const f of pathwayFixtures)
  copyFileSync(f.inputPath, join(pathwayDir, `${f.name}.pathway.yaml`));
const profileFixtures = readProfileFixtures();
copyFileSync(profileFixturePathway, join(profileDir, "demo.pathway.yaml"));
for (const f of profileFixtures)
  copyFileSync(f.inputPath, join(profileDir, `${f.name}.profile.yaml`));

function cliVerdict(cwd: string): Map<string, Diagnostic[]> {
  const run = pathwise(["validate", "--format", "json", "--today", fixtureToday, "."], { cwd });
  expect(run.code === 0 || run.code === 1, run.stderr).toBe(true);
  const files = JSON.parse(run.stdout).files as { file: string; diagnostics: Diagnostic[] }[];
  return new Map(files.map((f) => [f.file, f.diagnostics]));
}

let client: MessageConnection;
let child: ChildProcessWithoutNullStreams;
const waiting = new Map<string, (diagnostics: LspDiagnostic[]) => void>();

beforeAll(async () => {
  ({ child, client } = connectBuiltServer());
  client.onNotification(
    "textDocument/publishDiagnostics",
    (p: { uri: string; diagnostics: LspDiagnostic[] }) => waiting.get(p.uri)?.(p.diagnostics),
  );
  client.listen();
  await client.sendRequest("initialize", {
    processId: process.pid,
    rootUri: null,
    workspaceFolders: [{ uri: pathToFileURL(profileDir).href, name: "profiles" }],
    initializationOptions: { today: fixtureToday },
    capabilities: {},
  });
  await client.sendNotification("initialized", {});
});

afterAll(async () => {
  await client.sendRequest("shutdown").catch(() => undefined);
  client.dispose();
  child.kill();
  rmSync(work, { recursive: true, force: true });
});

async function serverVerdict(path: string): Promise<LspDiagnostic[]> {
  const uri = pathToFileURL(path).href;
  const published = new Promise<LspDiagnostic[]>((resolve) => waiting.set(uri, resolve));
  await client.sendNotification("textDocument/didOpen", {
    textDocument: { uri, languageId: "yaml", version: 1, text: readFileSync(path, "utf8") },
  });
  const diagnostics = await published;
  // Closed again, so that an open pathway fixture cannot stand in for the profiles' pathway.
  await client.sendNotification("textDocument/didClose", { textDocument: { uri } });
  // The stdio server's own source tag is not part of the CLI's report.
  return diagnostics.map(({ source: _source, ...d }: LspDiagnostic & { source?: string }) => d);
}

describe("the CLI and the language server give the same diagnostics", () => {
  const cliPathways = cliVerdict(pathwayDir);
  for (const fixture of pathwayFixtures) {
    it(`pathway fixture ${fixture.name}`, async () => {
      const file = `${fixture.name}.pathway.yaml`;
      const expected = (cliPathways.get(file) ?? []).map(asLsp);
      expect(await serverVerdict(join(pathwayDir, file))).toEqual(expected);
    });
  }

  const cliProfiles = cliVerdict(profileDir);
  for (const fixture of profileFixtures) {
    it(`profile fixture ${fixture.name}`, async () => {
      const file = `${fixture.name}.profile.yaml`;
      const expected = cliProfiles.get(file);
      expect(expected, file).toBeDefined();
      expect(await serverVerdict(join(profileDir, file))).toEqual(expected?.map(asLsp));
    });
  }
});
