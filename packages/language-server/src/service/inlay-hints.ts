import type { AnalysedDocument } from "./analysed-document.js";
import { titleOf } from "./entities.js";
import type { Span } from "./span.js";

/**
 * A hint shown after an id: the title of the entry it refers to.
 *
 * @example
 * const service = createLanguageService();
 * const hints: InlayHint[] = service.inlayHints(service.analyze(text), { start: 0, end: text.length });
 * for (const h of hints) console.log(h.offset, h.label);
 */
export interface InlayHint {
  /** Where the hint goes: right after the id. */
  readonly offset: number;
  readonly label: string;
}

/**
 * The titles of the entries that the ids in `span` refer to (for a profile, in the pathway it
 * names), after each reference; none after a definition, whose title is written below it.
 */
export function inlayHints(doc: AnalysedDocument, span: Span): InlayHint[] {
  const pathway = doc.kind === "profile" ? doc.pathway?.doc : doc;
  if (!pathway) return [];
  return doc.index.occurrences.flatMap((o) => {
    if (o.role !== "reference" || o.end < span.start || o.start > span.end) return [];
    const title = titleOf(pathway, o.kind, o.id);
    return title ? [{ offset: o.end, label: title }] : [];
  });
}
