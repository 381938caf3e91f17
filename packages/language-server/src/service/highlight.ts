import type { AnalysedDocument } from "./analysed-document.js";
import type { Span } from "./span.js";

/**
 * One use of an id in the document: where it is defined, or where it is referred to.
 *
 * @example
 * const service = createLanguageService();
 * const marks: Highlight[] = service.highlights(service.analyze(text), 120);
 * const writes = marks.filter((h) => h.role === "definition");
 */
export interface Highlight extends Span {
  readonly role: "definition" | "reference";
}

/** Every occurrence, in this document, of the id under the cursor (the definition first). */
export function highlights(doc: AnalysedDocument, offset: number): Highlight[] {
  const occurrence = doc.index.at(offset);
  if (!occurrence) return [];
  return doc.index
    .occurrencesOf(occurrence.kind, occurrence.id)
    .map((o) => ({ start: o.start, end: o.end, role: o.role }));
}
