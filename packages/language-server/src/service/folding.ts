import { isMap, isSeq, type Node } from "yaml";
import type { AnalysedDocument } from "./analysed-document.js";
import type { Span } from "./span.js";
import { walkYaml } from "./yaml-walk.js";

/**
 * The foldable regions of a document: each block map or list that spans several lines, from the
 * line of its key (or of its list item) to its last line, outermost first.
 */
export function foldingRanges(doc: AnalysedDocument): Span[] {
  const text = doc.text;
  const found: Span[] = [];
  walkYaml(doc.analysis.root, ({ node, pair, depth }) => {
    if ((!isMap(node) && !isSeq(node)) || !node.range || depth === 0) return;
    const keyStart = (pair?.key as Node | null | undefined)?.range?.[0];
    const start = keyStart ?? node.range[0];
    // A block collection's range runs to the start of the next line: fold up to its last character.
    let end = node.range[1];
    while (end > start && /\s/.test(text[end - 1] as string)) end--;
    if (text.slice(start, end).includes("\n")) found.push({ start, end });
  });
  return found;
}
