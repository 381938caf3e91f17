import { memoPerOwner } from "../../internal/owner-memo.js";
import type { Pathway } from "../../model/pathway.js";

/** The kinds of entity a chain names, each with the pathway's collection of them. */
const collections = {
  credential: "credentials",
  step: "steps",
  role: "roles",
  setting: "settings",
} as const;

type Kind = keyof typeof collections;

/** Per kind, the keys of the pathway's own entities of that kind, one string each. */
const keys = {
  credential: keysOf("credential"),
  step: keysOf("step"),
  role: keysOf("role"),
  setting: keysOf("setting"),
};

function keysOf(kind: Kind) {
  return memoPerOwner(
    (_pathway: Pathway, id: string) => `${kind}:${id}`,
    (pathway, id) => Object.hasOwn(pathway[collections[kind]], id),
  );
}

/**
 * The key a route's chain names an entity by (`credential:ID`, `step:ID`, ...): one string per
 * entity and pathway, so that a search, which names the same few entities over and over, does
 * not build them anew, and chains compare them by identity first. Only the pathway's own
 * entities are kept; an id it lacks (a goal naming no entity of it, say) gets a string of its
 * own each time. @internal
 */
export function entityKey(pathway: Pathway, kind: Kind, id: string): string {
  return keys[kind](pathway, id);
}
