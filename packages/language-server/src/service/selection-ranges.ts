import type { Node } from "yaml";
import type { AnalysedDocument } from "./analysed-document.js";
import type { Span } from "./span.js";
import { walkYaml } from "./yaml-walk.js";

/**
 * The spans that "expand selection" steps through at an offset, innermost first: the scalar, its
 * `key: value` entry, the collection holding it, that collection's entry, and so on up to the
 * whole document. Each span holds the one before it; equal spans appear once.
 */
export function selectionRanges(doc: AnalysedDocument, offset: number): Span[] {
  const text = doc.text;
  const trimmed = (start: number, end: number): Span => {
    let e = end;
    while (e > start && /\s/.test(text[e - 1] as string)) e--;
    return { start, end: e };
  };
  const chain: Span[] = [trimmed(0, text.length)];
  walkYaml(doc.analysis.root, ({ node, pair }) => {
    const keyRange = (pair?.key as Node | null | undefined)?.range;
    if (keyRange && offset >= keyRange[0] && offset <= keyRange[1]) {
      chain.push(trimmed(keyRange[0], node.range?.[1] ?? keyRange[1]));
      chain.push({ start: keyRange[0], end: keyRange[1] });
      return;
    }
    if (!node.range || offset < node.range[0] || offset > node.range[1]) return;
    if (keyRange) chain.push(trimmed(keyRange[0], node.range[1]));
    chain.push(trimmed(node.range[0], node.range[1]));
  });
  const inner: Span[] = [];
  for (const span of chain.reverse()) {
    const last = inner.at(-1);
    if (last && last.start === span.start && last.end === span.end) continue;
    if (last && (span.start > last.start || span.end < last.end)) continue;
    inner.push(span);
  }
  return inner;
}
