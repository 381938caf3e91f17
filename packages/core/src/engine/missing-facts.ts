// The facts a trace lists: the cheapest alternatives, and each fact once.
import type { ConditionTrace, MissingFact } from "./trace-types.js";

/** The `n` non-holding children needing the fewest facts; fewer when not enough are fixable. @internal */
export function cheapest(children: readonly ConditionTrace[], n: number): ConditionTrace[] {
  return children
    .map((c, i) => ({ c, i }))
    .filter(({ c }) => !c.holds && c.fixable)
    .sort((a, b) => a.c.missing.length - b.c.missing.length || a.i - b.i)
    .slice(0, n)
    .map(({ c }) => c);
}

/** Key that identifies a missing fact, to list each once. */
function factKey(f: MissingFact): string {
  if (f.kind === "experience") return `experience:${JSON.stringify(f.requirement)}`;
  if (f.kind === "absence") return `absence:${JSON.stringify(f.condition)}`;
  return `${f.kind}:${f.id}`;
}

/** The facts with each listed once, in order. @internal */
export function dedupe(facts: readonly MissingFact[]): MissingFact[] {
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
