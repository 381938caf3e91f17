import type { Pathway } from "../../model/pathway.js";

/** By pathway, the key of each entity the search has named, by kind and then id. */
const keys = new WeakMap<Pathway, Map<string, Map<string, string>>>();

/**
 * The key a route's chain names an entity by (`credential:ID`, `step:ID`, ...): one string per
 * entity and pathway, so that a search, which names the same few entities over and over, does
 * not build them anew, and chains compare them by identity first. The ids come from the
 * pathway's own conditions, so a pathway keeps at most one key per id it mentions. @internal
 */
export function entityKey(
  pathway: Pathway,
  kind: "credential" | "step" | "role" | "setting",
  id: string,
): string {
  let byKind = keys.get(pathway);
  if (!byKind) {
    byKind = new Map();
    keys.set(pathway, byKind);
  }
  let byId = byKind.get(kind);
  if (!byId) {
    byId = new Map();
    byKind.set(kind, byId);
  }
  let key = byId.get(id);
  if (key === undefined) {
    key = `${kind}:${id}`;
    byId.set(id, key);
  }
  return key;
}
