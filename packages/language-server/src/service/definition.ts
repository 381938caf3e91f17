import { isMap, isScalar, type Node } from "yaml";
import type { AnalysedDocument, ServiceDocument } from "./analysed-document.js";
import { type Span, within } from "./span.js";

/**
 * Where a definition is: a span of a document, the one asked about or the profile's pathway.
 *
 * @example
 * const service = createLanguageService();
 * const target: DefinitionAt | undefined = service.definition(service.analyze(text), 120);
 * if (target) console.log(target.uri ?? "this document", target.span.start);
 */
export interface DefinitionAt {
  /** The URI of the pathway, or `undefined` for the document asked about. */
  readonly uri?: string;
  /** The document the span is in. */
  readonly doc: AnalysedDocument;
  readonly span: Span;
}

/**
 * Go to definition of the id under the cursor: in a pathway, its entry; in a profile, its entry in
 * the pathway the profile names, or, on the `pathway` value, the pathway's own `id`.
 */
export function definition(doc: AnalysedDocument, offset: number): DefinitionAt | undefined {
  const occurrence = doc.index.at(offset);
  if (doc.kind === "pathway") {
    const target = occurrence && doc.index.definition(occurrence.kind, occurrence.id);
    return target ? { doc, span: { start: target.start, end: target.end } } : undefined;
  }
  const pathway = doc.pathway;
  if (!pathway) return undefined;
  if (occurrence) {
    const target = pathway.doc.index.definition(occurrence.kind, occurrence.id);
    return target
      ? { uri: pathway.uri, doc: pathway.doc, span: { start: target.start, end: target.end } }
      : undefined;
  }
  if (!doc.pathwayId || !within(doc.pathwayId, offset)) return undefined;
  return { uri: pathway.uri, doc: pathway.doc, span: ownIdSpan(pathway.doc) };
}

/** Where a pathway's own `id` value is written (the top of the file when it has none). */
function ownIdSpan(doc: ServiceDocument): Span {
  const root = doc.analysis.root;
  const idPair = isMap(root)
    ? root.items.find((p) => isScalar(p.key) && p.key.value === "id")
    : undefined;
  const range = (idPair?.value as Node | null | undefined)?.range;
  return range ? { start: range[0], end: range[1] } : { start: 0, end: 0 };
}
