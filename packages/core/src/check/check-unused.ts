import { type DraftDiagnostic, makeDiagnostic } from "../diagnostics/make-diagnostic.js";
import { type EntityKind, kindLabel } from "../model/entity-kind.js";
import type { Pathway } from "../model/pathway.js";
import { entries, type Reference } from "../model/references.js";

/** Reports settings, strategies, sources and CE categories that nothing refers to. */
export function checkUnused(pathway: Pathway, references: readonly Reference[]): DraftDiagnostic[] {
  // Ids used, by kind: no key string built per reference.
  const used = new Map<EntityKind, Set<string>>();
  for (const r of references) {
    const ids = used.get(r.kind);
    if (ids) ids.add(r.id);
    else used.set(r.kind, new Set([r.id]));
  }
  const out: DraftDiagnostic[] = [];
  const scan = (
    kind: EntityKind,
    collection: string,
    record: Record<string, unknown> | undefined,
    hint: string,
  ) => {
    const ids = used.get(kind);
    for (const [id] of entries(record)) {
      if (ids?.has(id)) continue;
      out.push(
        makeDiagnostic(
          "unused",
          `Expected ${kindLabel[kind]} \`${id}\` to be used, found no ${hint} that refers to it.`,
          [collection, id],
          {
            target: "key",
            data: { kind, id },
          },
        ),
      );
    }
  };
  scan("setting", "settings", pathway.settings, "role, step or condition");
  scan("strategy", "strategies", pathway.strategies, "step");
  scan("source", "sources", pathway.sources, "entry");
  scan("ceCategory", "ceCategories", pathway.ceCategories, "renewal rule or step");
  return out;
}
