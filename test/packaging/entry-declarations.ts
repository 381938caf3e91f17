// The published entries of the packages and the declaration file each one's `types` points at,
// read from the packages' `exports` (the ESM declaration where there are two).
import { readFileSync } from "node:fs";
import { join } from "node:path";

const root = join(import.meta.dirname, "../..");
const packages = ["packages/core", "packages/language-server"];

/** Each entry's declaration file (the ESM one), by the name users import. */
export function entryDeclarations(): Map<string, string> {
  const out = new Map<string, string>();
  for (const dir of packages) {
    const manifest = JSON.parse(readFileSync(join(root, dir, "package.json"), "utf8"));
    for (const [subpath, target] of Object.entries(manifest.exports as Record<string, unknown>)) {
      const entry = target as { types?: string; import?: { types?: string } };
      const types = entry.import?.types ?? entry.types;
      if (!types) continue;
      const name = subpath === "." ? manifest.name : `${manifest.name}/${subpath.slice(2)}`;
      out.set(name, join(root, dir, types));
    }
  }
  return out;
}
