// What npm users install: each published package passes publint and "are the types wrong",
// and the core stays within its size budget (minified + gzipped, dependencies included).
import { execFileSync } from "node:child_process";
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { gzipSync } from "node:zlib";
import { build } from "esbuild";
import { publint } from "publint";
import { describe, expect, it } from "vitest";

const root = fileURLToPath(new URL("../../", import.meta.url));
const published = ["packages/core", "packages/language-server", "packages/cli"];
/** The packages with an API; the CLI is an executable only and ships no types. */
const libraries = published.filter((dir) => !dir.endsWith("/cli"));
const attw = join(root, "node_modules/.bin/attw");

describe.each(published)("%s", (dir) => {
  const pkgDir = join(root, dir);

  it("passes publint", async () => {
    const { messages } = await publint({ pkgDir, level: "warning", pack: "pnpm" });
    expect(messages).toEqual([]);
  });
});

describe.each(libraries)("%s", (dir) => {
  const pkgDir = join(root, dir);

  it("has types that resolve for node16 (ESM and CJS) and bundlers", () => {
    // Node 10 resolution cannot see `exports` subpaths; the packages declare Node 20.19+.
    const args = ["--pack", pkgDir, "--profile", "node16", "--format", "json"];
    if (dir.endsWith("language-server")) args.push("--exclude-entrypoints", "./browser");
    let out: string;
    try {
      out = execFileSync(attw, args, { encoding: "utf8", stdio: "pipe" });
    } catch (error) {
      out = (error as { stdout: string }).stdout;
    }
    const report = JSON.parse(out.slice(out.indexOf("{")));
    const problems = (report.analysis?.problems ?? []) as { resolutionKind?: string }[];
    expect(problems.filter((p) => p.resolutionKind !== "node10")).toEqual([]);
  });
});

describe("size", () => {
  it("keeps the full core within 80 KB minified and gzipped", async () => {
    const work = mkdtempSync(join(tmpdir(), "pathwise-size-"));
    try {
      const entry = join(root, "packages/core/.size-entry.mjs");
      writeFileSync(entry, 'export * from "./dist/index.js";\n');
      const result = await build({
        entryPoints: [entry],
        bundle: true,
        minify: true,
        format: "esm",
        platform: "browser",
        write: false,
        logLevel: "silent",
      });
      rmSync(entry);
      const bytes = gzipSync(result.outputFiles[0]?.contents ?? new Uint8Array()).length;
      console.log(
        `@pathwise/core, everything: ${(bytes / 1024).toFixed(1)} KB min+gz (budget 80 KB)`,
      );
      expect(bytes).toBeLessThanOrEqual(80 * 1024);
      expect(readFileSync(join(root, "packages/core/package.json"), "utf8")).toContain(
        '"sideEffects": false',
      );
    } finally {
      rmSync(work, { recursive: true, force: true });
    }
  });
});
