import type { AnalysedDocument, ServiceDocument } from "./analysed-document.js";
import { type IdTarget, idTargetAt } from "./id-target.js";
import type { ProfileCandidate } from "./profiles-by-pathway.js";
import type { Span } from "./span.js";

/**
 * A span of one document of the workspace.
 *
 * @example
 * const service = createLanguageService();
 * const where: Location[] = service.references(service.analyze(text), 120);
 * for (const l of where) console.log(l.uri, l.span.start);
 */
export interface Location {
  readonly uri: string;
  /** The document the span is in (its `analysis.position` turns offsets into lines). */
  readonly doc: AnalysedDocument;
  readonly span: Span;
}

/**
 * Every occurrence of the target's id: in its pathway (the definition first, and only when
 * `includeDeclaration`), then in those of `profiles` that name the pathway, in the order given.
 */
export function referencesTo(
  target: IdTarget,
  profiles: Iterable<ProfileCandidate>,
  includeDeclaration = true,
): Location[] {
  const { uri, doc } = target.pathway;
  const found: Location[] = doc.index
    .occurrencesOf(target.kind, target.id)
    .filter((o) => includeDeclaration || o.role === "reference")
    .map((o) => ({ uri, doc, span: { start: o.start, end: o.end } }));
  for (const profile of profiles) {
    if (target.pathwayId === undefined || profile.doc.pathwayId?.id !== target.pathwayId) continue;
    for (const o of profile.doc.index.occurrencesOf(target.kind, target.id))
      found.push({ uri: profile.uri, doc: profile.doc, span: { start: o.start, end: o.end } });
  }
  return found;
}

/**
 * Every occurrence of the id under the cursor in this pathway (the server adds those in the
 * workspace's profiles).
 */
export function references(
  doc: ServiceDocument,
  offset: number,
  includeDeclaration = true,
): Span[] {
  const target = idTargetAt(doc, "", offset);
  if (!target.ok) return [];
  return referencesTo(target.value, [], includeDeclaration).map((location) => location.span);
}
