// Every name each published entry exports, held against a committed list: widening or narrowing
// the public API (a semver promise) is a visible change to test/packaging/api-names.json. After a
// deliberate change, `PATHWISE_UPDATE_API_NAMES=1 npx vitest run test/packaging/api-names.test.ts`
// rewrites the list.
import { readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { entryDeclarations } from "./entry-declarations.js";

const root = join(import.meta.dirname, "../..");
const listFile = join(import.meta.dirname, "api-names.json");

/**
 * The names a bundled declaration file exports, sorted; `type X` where the file marks a name as
 * type-only (bundled chunks re-export without the mark, so the list records names, not kinds).
 */
function exportedNames(dts: string): string[] {
  const names = new Set<string>();
  for (const block of dts.matchAll(/export (type )?\{([^}]*)\}/g)) {
    for (const raw of (block[2] ?? "").split(",")) {
      const item = raw.trim();
      if (!item) continue;
      const type = block[1] !== undefined || item.startsWith("type ");
      const name = item
        .replace(/^type /, "")
        .split(/\s+as\s+/)
        .pop() as string;
      names.add(`${type ? "type " : ""}${name}`);
    }
  }
  for (const m of dts.matchAll(
    /^export (?:declare )?(?:function|const|class|interface|type) (\w+)/gm,
  )) {
    names.add(m[0].includes(" interface ") || m[0].includes(" type ") ? `type ${m[1]}` : `${m[1]}`);
  }
  return [...names].sort((a, b) => a.replace(/^type /, "").localeCompare(b.replace(/^type /, "")));
}

function entries(): Record<string, string[]> {
  const out: Record<string, string[]> = {};
  for (const [name, file] of entryDeclarations()) {
    out[name] = exportedNames(readFileSync(file, "utf8"));
  }
  return out;
}

/** The source of every entry, and the engine's list the core entries draw from. */
const entrySources = [
  "packages/core/src/index.ts",
  "packages/core/src/engine.ts",
  "packages/core/src/engine/index.ts",
  "packages/core/src/editor.ts",
  "packages/language-server/src/index.ts",
  "packages/language-server/src/browser.ts",
];

describe("public API", () => {
  it.each(entrySources)("%s names each export (no `export *`)", (file) => {
    expect(readFileSync(join(root, file), "utf8")).not.toMatch(/^export \*/m);
  });

  it("exports exactly the names in test/packaging/api-names.json", () => {
    const now = entries();
    if (process.env.PATHWISE_UPDATE_API_NAMES) {
      writeFileSync(listFile, `${JSON.stringify(now, null, 2)}\n`);
    }
    expect(now).toEqual(JSON.parse(readFileSync(listFile, "utf8")));
    expect(Object.keys(now)).toEqual([
      "@pathwise/core",
      "@pathwise/core/engine",
      "@pathwise/core/editor",
      "@pathwise/language-server",
      "@pathwise/language-server/browser",
    ]);
  });
});
