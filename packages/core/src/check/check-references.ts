import { type DraftDiagnostic, makeDiagnostic } from "../diagnostics/make-diagnostic.js";
import { didYouMean, suggestClosest } from "../internal/suggest.js";
import { collectionOf, kindLabel } from "../model/entity-kind.js";
import type { Pathway } from "../model/pathway.js";
import { hasId, type Reference } from "../model/references.js";
import { isRenamedKind, resolveRename } from "../model/renames.js";

/** Reports every reference to an id that the pathway does not define, with the closest ids. */
export function checkReferences(
  pathway: Pathway,
  references: readonly Reference[],
): DraftDiagnostic[] {
  const out: DraftDiagnostic[] = [];
  for (const ref of references) {
    const collection = pathway[collectionOf[ref.kind]] as Record<string, unknown> | undefined;
    if (hasId(collection, ref.id)) continue;
    // An old id of a rename: the map is for saved profiles, the pathway uses the current id.
    const renamed = isRenamedKind(ref.kind) ? resolveRename(pathway, ref.kind, ref.id) : undefined;
    const suggestions = renamed ? [renamed] : suggestClosest(ref.id, Object.keys(collection ?? {}));
    const label = kindLabel[ref.kind];
    const where = ref.kind === "ceCategory" ? "`ceCategories`" : `\`${collectionOf[ref.kind]}\``;
    out.push(
      makeDiagnostic(
        ref.kind === "source" ? "unknown-source" : "unknown-reference",
        renamed
          ? `Expected a ${label} defined under ${where}, found \`${ref.id}\`, which was renamed to \`${renamed}\`; the pathway must use current ids.`
          : `Expected a ${label} defined under ${where}, found \`${ref.id}\`${didYouMean(suggestions)}`,
        ref.path,
        { suggestions, data: { kind: ref.kind, id: ref.id } },
      ),
    );
  }
  return out;
}
