// The facts a trace lists: the cheapest alternatives, and each fact once.
import type { MissingFact } from "./trace-types.js";

/** The `n` non-holding children needing the fewest facts; fewer when not enough are fixable. @internal */
export function cheapest<
  T extends {
    readonly holds: boolean;
    readonly fixable: boolean;
    readonly missing: readonly unknown[];
  },
>(children: readonly T[], n: number): T[] {
  if (n === 1) {
    // The usual `any`: the first of the fewest, without sorting.
    let best: T | undefined;
    for (const c of children) {
      if (c.holds || !c.fixable) continue;
      if (!best || c.missing.length < best.missing.length) best = c;
    }
    return best ? [best] : [];
  }
  return children
    .map((c, i) => ({ c, i }))
    .filter(({ c }) => !c.holds && c.fixable)
    .sort((a, b) => a.c.missing.length - b.c.missing.length || a.i - b.i)
    .slice(0, n)
    .map(({ c }) => c);
}

/** What identifies a missing fact: its kind, and its id, requirement or condition. */
type FactIdentity = Pick<MissingFact, "kind"> &
  ({ readonly id: string } | { readonly requirement: object } | { readonly condition: object });

/** The written-out content of a requirement or condition, once per object. */
const contents = new WeakMap<object, string>();

function contentOf(o: object): string {
  let text = contents.get(o);
  if (text === undefined) {
    text = JSON.stringify(o);
    contents.set(o, text);
  }
  return text;
}

/** Key that identifies a missing fact, to list each once. */
function factKey(f: FactIdentity): string {
  if ("requirement" in f) return `experience:${contentOf(f.requirement)}`;
  if ("condition" in f) return `absence:${contentOf(f.condition)}`;
  return `${f.kind}:${f.id}`;
}

/** The facts with each listed once, in order. @internal */
export function dedupe<T extends FactIdentity>(facts: readonly T[]): T[] {
  // One fact or none is listed once already.
  if (facts.length < 2) return [...facts];
  const seen = new Set<string>();
  return facts.filter((f) => {
    const key = factKey(f);
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}
