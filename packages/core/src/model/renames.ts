import { collectionOf, type EntityKind } from "./entity-kind.js";
import type { Pathway, Renamed } from "./pathway.js";
import { hasId } from "./references.js";

/**
 * The kinds of id a pathway's `renamed` map can rename: those that profiles refer to.
 *
 * @example
 * const kind: RenamedKind = "credential";
 * const map = pathway.renamed?.[renamedMapOf[kind]] ?? {};
 */
export type RenamedKind = "role" | "setting" | "credential" | "step" | "ceCategory";

/**
 * The `renamed` map that holds each kind's renames (named like the pathway's collections).
 *
 * @example
 * renamedMapOf.ceCategory; // "ceCategories", the key in `renamed:`
 */
export const renamedMapOf: Readonly<Record<RenamedKind, keyof Renamed>> = {
  role: "roles",
  setting: "settings",
  credential: "credentials",
  step: "steps",
  ceCategory: "ceCategories",
};

/**
 * Whether renames of an entity kind can be recorded in a pathway's `renamed` map.
 *
 * @example
 * isRenamedKind("role"); // true
 * isRenamedKind("source"); // false: sources cannot be renamed
 */
export function isRenamedKind(kind: EntityKind): kind is RenamedKind {
  return Object.hasOwn(renamedMapOf, kind);
}

/**
 * The id an old id of a kind was renamed to, following chains (`a → b`, `b → c` gives `c`) up
 * to an id the pathway defines. `undefined` when the id is not renamed, or when the chain ends
 * at an undefined id or runs in a circle (the pathway's validation reports both).
 *
 * @example
 * resolveRename(pathway, "role", "retail-technician"); // "community-technician"
 */
export function resolveRename(pathway: Pathway, kind: RenamedKind, id: string): string | undefined {
  const map = pathway.renamed?.[renamedMapOf[kind]];
  const defined = pathway[collectionOf[kind]] as Record<string, unknown> | undefined;
  if (!map || !hasId(map, id)) return undefined;
  const seen = new Set<string>();
  let current = id;
  while (!hasId(defined, current)) {
    if (seen.has(current) || !hasId(map, current)) return undefined;
    seen.add(current);
    current = map[current] as string;
  }
  return current;
}
