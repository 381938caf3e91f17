// The small wording helpers every sentence builder shares (engine, describe, validation
// messages): one home, so that "1 hour", "CE category" and "Pharmacy technician" read the same
// everywhere. Internal: not part of any entry.

/**
 * A sentence with its first letter lowered, to continue another sentence; an acronym or a name
 * in capitals (`PTCB`, `CPhT`) keeps its case. @internal
 */
export function lowerFirst(text: string): string {
  return /^[A-Z][a-z]/.test(text) ? text.charAt(0).toLowerCase() + text.slice(1) : text;
}

/** A phrase with its first letter raised, to start a sentence. @internal */
export function upperFirst(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}

/**
 * A number with its noun, singular for one: `count(1, "step")` is "1 step", `count(3, "step")`
 * "3 steps", `count(2, "entry", "entries")` "2 entries". @internal
 */
export function count(n: number, noun: string, plural = `${noun}s`): string {
  return `${n} ${n === 1 ? noun : plural}`;
}

/**
 * The title of the entity `id` of a collection, or the id itself when the collection has no such
 * entity (own keys only, so `constructor` is an id like any other). @internal
 */
export function titleOf(
  collection: Readonly<Record<string, { readonly title: string }>> | undefined,
  id: string,
): string {
  return collection && Object.hasOwn(collection, id) ? (collection[id]?.title ?? id) : id;
}
