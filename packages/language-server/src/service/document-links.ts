import { isScalar, type Node } from "yaml";
import type { AnalysedDocument } from "./analysed-document.js";
import type { Span } from "./span.js";
import { walkYaml } from "./yaml-walk.js";

/**
 * A link in the document: the text that is clickable and where it leads.
 *
 * @example
 * const service = createLanguageService();
 * const links: DocumentLink[] = service.documentLinks(service.analyze(text));
 * for (const l of links) console.log(l.target);
 */
export interface DocumentLink extends Span {
  readonly target: string;
}

/** The `url` values (of sources, and anywhere else) that are http(s) addresses, as links. */
export function documentLinks(doc: AnalysedDocument): DocumentLink[] {
  const links: DocumentLink[] = [];
  walkYaml(doc.analysis.root, ({ node, pair }) => {
    const key = pair?.key as Node | null | undefined;
    if (!isScalar(key) || key.value !== "url" || !isScalar(node) || !node.range) return;
    if (typeof node.value !== "string" || !/^https?:\/\/\S+$/.test(node.value)) return;
    let [start, end] = node.range;
    if (doc.text[start] === '"' || doc.text[start] === "'") {
      start++;
      end--;
    }
    links.push({ start, end, target: node.value });
  });
  return links;
}
