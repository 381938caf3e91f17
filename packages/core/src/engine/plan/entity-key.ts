import type { Pathway } from "../../model/pathway.js";

/** The pathway's collection of each kind of entity. */
const collections = {
  credential: "credentials",
  step: "steps",
  role: "roles",
  setting: "settings",
} as const;

/** By pathway, the key of each entity the search has named, by kind and then id. */
const keys = new WeakMap<Pathway, Map<string, Map<string, string>>>();

/**
 * The key a route's chain names an entity by (`credential:ID`, `step:ID`, ...): one string per
 * entity and pathway, so that a search, which names the same few entities over and over, does
 * not build them anew, and chains compare them by identity first. Only the pathway's own
 * entities are kept (at most one key each); an id it lacks (a goal naming no entity of it, say)
 * gets a string of its own. @internal
 */
export function entityKey(
  pathway: Pathway,
  kind: "credential" | "step" | "role" | "setting",
  id: string,
): string {
  if (!Object.hasOwn(pathway[collections[kind]], id)) return `${kind}:${id}`;
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
