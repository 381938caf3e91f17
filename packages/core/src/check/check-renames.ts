import { type DraftDiagnostic, makeDiagnostic } from "../diagnostics/make-diagnostic.js";
import { didYouMean, suggestClosest } from "../internal/suggest.js";
import { collectionOf, kindLabel } from "../model/entity-kind.js";
import type { Pathway, Renamed } from "../model/pathway.js";
import { hasId } from "../model/references.js";
import { type RenamedKind, renamedMapOf } from "../model/renames.js";

/**
 * Checks the pathway's `renamed` map: an old id must no longer be defined, each new id must be
 * defined or renamed in turn (a chain), and chains must not run in a circle (reported once, at
 * the first rename of the circle in the file).
 */
export function checkRenames(pathway: Pathway): DraftDiagnostic[] {
  const out: DraftDiagnostic[] = [];
  for (const [kind, name] of Object.entries(renamedMapOf) as [RenamedKind, keyof Renamed][]) {
    const map = pathway.renamed?.[name];
    if (!map) continue;
    const defined = pathway[collectionOf[kind]] as Record<string, unknown> | undefined;
    const where = `\`${collectionOf[kind]}\``;
    const reported = new Set<string>();
    for (const [from, to] of Object.entries(map)) {
      const path = ["renamed", name, from];
      if (hasId(defined, from)) {
        out.push(
          makeDiagnostic(
            "renamed-still-defined",
            `Expected \`${from}\` to be no longer defined, since it is renamed to \`${to}\`; found it under ${where}.`,
            path,
            { target: "key", data: { kind, id: from, to } },
          ),
        );
      }
      if (!hasId(defined, to) && !hasId(map, to)) {
        const suggestions = suggestClosest(to, Object.keys(defined ?? {}));
        out.push(
          makeDiagnostic(
            "unknown-reference",
            `Expected a ${kindLabel[kind]} defined under ${where}, found \`${to}\`${didYouMean(suggestions)}`,
            path,
            { suggestions, data: { kind, id: to } },
          ),
        );
      }
      const cycle = cycleFrom(from, map, defined);
      if (cycle && !reported.has(from)) {
        for (const id of cycle) reported.add(id);
        out.push(
          makeDiagnostic(
            "rename-cycle",
            `Expected renames to end at a defined ${kindLabel[kind]}, found the circle ${[...cycle, from].map((id) => `\`${id}\``).join(" → ")}.`,
            path,
            { target: "key", data: { kind, cycle } },
          ),
        );
      }
    }
  }
  return out;
}

/** The ids of the circle that `from` is part of, starting at `from`, or `undefined`. */
function cycleFrom(
  from: string,
  map: Readonly<Record<string, string>>,
  defined: Readonly<Record<string, unknown>> | undefined,
): string[] | undefined {
  const chain: string[] = [];
  let current = from;
  while (hasId(map, current) && !hasId(defined, current)) {
    if (chain.includes(current)) return current === from ? chain : undefined;
    chain.push(current);
    current = map[current] as string;
  }
  return undefined;
}
