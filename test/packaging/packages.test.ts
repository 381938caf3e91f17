// What npm users install: each published package passes publint and "are the types wrong",
// and the core stays within its size budget (minified + gzipped, dependencies included).
import { execFileSync } from "node:child_process";
import { readFileSync, rmSync, writeFileSync } from "node:fs";
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

function readJson(file: string): Record<string, unknown> {
  return JSON.parse(readFileSync(file, "utf8"));
}

/** The repository every package points to; npm provenance requires it to be the source. */
const repository = readJson(join(root, "package.json")).repository as { url: string };
const repositoryWeb = repository.url.replace(/^git\+/, "").replace(/\.git$/, "");

describe.each(published)("%s", (dir) => {
  const pkgDir = join(root, dir);

  it("passes publint", async () => {
    const { messages } = await publint({ pkgDir, level: "warning", pack: "pnpm" });
    expect(messages).toEqual([]);
  });

  it("names its source, and publishes publicly with provenance", () => {
    const pkg = readJson(join(pkgDir, "package.json"));
    expect(pkg.repository).toEqual({ type: "git", url: repository.url, directory: dir });
    expect(pkg.homepage).toBe(`${repositoryWeb}/tree/main/${dir}#readme`);
    expect(pkg.bugs).toBe(`${repositoryWeb}/issues`);
    expect(pkg.publishConfig).toEqual({ access: "public", provenance: true });
    expect(pkg.license).toBe("MIT");
  });

  it("ships a README and the licence, and nothing from src or test", () => {
    const out = execFileSync("npm", ["pack", "--dry-run", "--json"], {
      cwd: pkgDir,
      encoding: "utf8",
      stdio: ["ignore", "pipe", "ignore"],
    });
    const files = (JSON.parse(out)[0].files as { path: string }[]).map((f) => f.path);
    expect(files).toEqual(expect.arrayContaining(["README.md", "LICENSE", "package.json"]));
    expect(files.filter((f) => /^(src|test)\//.test(f))).toEqual([]);
    const readme = readFileSync(join(pkgDir, "README.md"), "utf8");
    expect(readme).toMatch(new RegExp(`^# ${readJson(join(pkgDir, "package.json")).name}\n`));
    // npm shows the README outside the repository, so its links must be absolute.
    expect(readme.match(/\]\((?!https:\/\/)[^)]*\)/g) ?? []).toEqual([]);
  });
});

it("links diagnostics and problem types into the same repository", () => {
  for (const file of ["packages/cli/src/report/docs-url.ts", "examples/api/src/problem.ts"]) {
    const urls = readFileSync(join(root, file), "utf8").match(/https:\/\/github\.com\/[^"]+/g);
    expect(urls?.length, file).toBeGreaterThan(0);
    for (const url of urls ?? [])
      expect(url.startsWith(`${repositoryWeb}/blob/main/`), url).toBe(true);
  }
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
    // Every entry of `exports` was checked (a new entry is covered without editing this test).
    const subpaths = Object.keys(readJson(join(pkgDir, "package.json")).exports as object);
    const checked = Object.keys(report.analysis?.entrypoints ?? {});
    expect(checked).toEqual(subpaths.filter((s) => !(s === "./browser" && dir.endsWith("server"))));
  });
});

/**
 * Bundles an entry of the built core for the browser: its minified, gzipped size, and the files
 * that went into the bundle.
 */
async function bundle(entryFile: string): Promise<{ bytes: number; inputs: string[] }> {
  const entry = join(root, "packages/core/.size-entry.mjs");
  writeFileSync(entry, `export * from "./dist/${entryFile}";\n`);
  try {
    const result = await build({
      entryPoints: [entry],
      bundle: true,
      minify: true,
      format: "esm",
      platform: "browser",
      write: false,
      metafile: true,
      logLevel: "silent",
    });
    const bytes = gzipSync(result.outputFiles[0]?.contents ?? new Uint8Array()).length;
    return { bytes, inputs: Object.keys(result.metafile.inputs) };
  } finally {
    rmSync(entry, { force: true });
  }
}

describe("size", () => {
  // Budgets, min+gz with dependencies: the editor entry 20 KB (zod/mini and the pathway and
  // profile models its helpers walk); the engine-only entry 19 KB (the planner keeps `not`s,
  // windows and job changes consistent, as the replay property holds it to; the mention index
  // and the strategy queues keep recommendations linear in the pathway; compiled conditions and
  // the per-pathway lists of routes keep them fast); everything (YAML
  // parser, zod/mini validation, editor helpers, the engine, describe, verifyPlan and the exact date and URL patterns) 88 KB.
  // Raised to 23 KB and 94 KB: answers carry their data, the English catalog and its template
  // formatter ship in the engine entry (about 3.7 KB), the Spanish catalog in the main one (4 KB).
  // Raised to 25 KB and 96 KB: what blocked steps lack is worked out by its own compiled walk,
  // and the planner shares route state and scopes copy-on-write (about 1.5 KB), which together
  // make recommendations about 1.3x faster.
  it("keeps the engine-only entry within 25 KB and without the YAML parser", async () => {
    const { bytes } = await bundle("engine.js");
    console.log(`@pathwise/core/engine: ${(bytes / 1024).toFixed(1)} KB min+gz (budget 25 KB)`);
    expect(bytes).toBeLessThanOrEqual(25 * 1024);
    expect(readFileSync(join(root, "packages/core/dist/engine.js"), "utf8")).not.toMatch(
      /from "yaml"|from "zod"/,
    );
  });

  it("keeps the editor entry within 20 KB and without the YAML parser", async () => {
    const { bytes, inputs } = await bundle("editor.js");
    console.log(`@pathwise/core/editor: ${(bytes / 1024).toFixed(1)} KB min+gz (budget 20 KB)`);
    expect(bytes).toBeLessThanOrEqual(20 * 1024);
    expect(inputs.filter((file) => file.includes("node_modules/yaml/"))).toEqual([]);
  });

  it("keeps the full core within 96 KB minified and gzipped", async () => {
    const { bytes } = await bundle("index.js");
    console.log(
      `@pathwise/core, everything: ${(bytes / 1024).toFixed(1)} KB min+gz (budget 96 KB)`,
    );
    expect(bytes).toBeLessThanOrEqual(96 * 1024);
    expect(readFileSync(join(root, "packages/core/package.json"), "utf8")).toContain(
      '"sideEffects": false',
    );
  });
});
