// Formatting to one normal form, written against the source text rather than re-printed from a
// tree, so that what the author chose stays: comments, key order, quoting, flow or block style,
// line breaks inside text. See docs/editor-setup.md, "Formatting".
import { isCollection, isMap, isPair, isScalar, isSeq, type Node, parseDocument } from "yaml";
import type { AnalysedDocument } from "./analysed-document.js";
import type { Edit } from "./span.js";

const indentUnit = 2;

/**
 * The edit that brings the document to the normal form: block entries indented two spaces per
 * level (lists too, under their key), one-line flow collections spaced as `{ a: 1 }` and
 * `[a, b]`, no trailing white space, no runs of blank lines, one newline at the end. None when
 * the document is already in that form, or has a syntax error (then nothing is safe to move); the
 * result is checked to hold the same data and comments as the text, or nothing is changed.
 */
export function formatDocument(doc: AnalysedDocument): Edit[] {
  const text = doc.text;
  const parsed = parseDocument(text, { uniqueKeys: false });
  if (parsed.errors.length > 0 || !parsed.contents) return [];
  const lines = text.split("\n");
  const lineStarts: number[] = [];
  let at = 0;
  for (const line of lines) {
    lineStarts.push(at);
    at += line.length + 1;
  }
  const lineOf = (offset: number) => {
    let lo = 0;
    let hi = lineStarts.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if ((lineStarts[mid] as number) <= offset) lo = mid;
      else hi = mid - 1;
    }
    return lo;
  };
  const columnOf = (offset: number) => offset - (lineStarts[lineOf(offset)] as number);

  // How far each line moves: set by the innermost block collection holding it, top down.
  const shift: number[] = lines.map(() => 0);
  // Lines inside block scalars and multi-line quoted text keep their trailing spaces.
  const verbatim = new Set<number>();
  const flows: Node[] = [];
  const visit = (node: unknown, column: number) => {
    if (isScalar(node) && node.range) {
      const first = lineOf(node.range[0]);
      const last = lineOf(Math.max(node.range[0], node.range[1] - 1));
      if (
        node.type === "BLOCK_FOLDED" ||
        node.type === "BLOCK_LITERAL" ||
        node.type?.startsWith("QUOTE")
      )
        for (let l = first + 1; l <= last; l++) verbatim.add(l);
      return;
    }
    if (!isCollection(node) || !node.range) return;
    if (node.flow) {
      flows.push(node);
      return;
    }
    const itemStarts = node.items.map((item) =>
      isPair(item) ? (item.key as Node | null)?.range?.[0] : (item as Node | null)?.range?.[0],
    );
    const firstStart = itemStarts.find((s) => s !== undefined);
    if (firstStart === undefined) return;
    // A list's items start after their dash: the dash is what gets indented.
    const firstColumn = isSeq(node) ? columnOf(firstStart) - 2 : columnOf(firstStart);
    const delta = column - firstColumn;
    const firstLine = lineOf(firstStart);
    const lastLine = lineOf(Math.max(node.range[0], node.range[1] - 1));
    // A compact collection (`- a: 1`) shares its first line with its parent's dash.
    const from = /^\s*-?\s*$/.test(
      text.slice(lineStarts[firstLine], isSeq(node) ? firstStart - 2 : firstStart),
    )
      ? firstLine
      : firstLine + 1;
    for (let l = from; l <= lastLine; l++) shift[l] = delta;
    for (const item of node.items) {
      if (isPair(item)) visit(item.value, column + indentUnit);
      else visit(item, column + indentUnit);
    }
  };
  visit(parsed.contents, 0);

  // Flow collections on one line, respaced from the end so that earlier offsets hold. Respacing
  // stays within a line, so line numbers, and the shifts, still hold.
  let source = text;
  for (const node of flows.sort((a, b) => (b.range?.[0] ?? 0) - (a.range?.[0] ?? 0))) {
    const written = spacedFlow(text, node);
    const [start, end] = node.range as [number, number, number];
    if (written !== undefined) source = source.slice(0, start) + written + source.slice(end);
  }
  const formatted = source
    .split("\n")
    .map((line, i) => {
      // Text inside block scalars and quotes keeps its trailing spaces, and moves with its key.
      const trimmed = verbatim.has(i) ? line : line.replace(/[ \t]+$/, "");
      if (trimmed.trim() === "") return verbatim.has(i) ? line : "";
      const indent = trimmed.length - trimmed.trimStart().length;
      const column = Math.max(0, indent + (shift[i] ?? 0));
      return " ".repeat(column) + trimmed.trimStart();
    })
    .join("\n")
    .replace(/\n{3,}/g, "\n\n")
    .replace(/^\n+/, "")
    .replace(/\n*$/, "\n");
  if (formatted === text || !sameContent(parsed, text, formatted)) return [];
  return [{ start: 0, end: text.length, newText: formatted }];
}

/**
 * A one-line flow collection written in the normal spacing, from the source text of its scalars
 * (so quoting stays); `undefined` for one that spans lines (a comment, which runs to the end of
 * its line, can only follow it).
 */
function spacedFlow(text: string, node: Node): string | undefined {
  const range = node.range;
  if (!range || text.slice(range[0], range[1]).includes("\n")) return undefined;
  const write = (n: unknown): string | undefined => {
    if (n === null || n === undefined) return "";
    if (isScalar(n)) {
      if (!n.range) return undefined;
      return text.slice(n.range[0], n.range[1]);
    }
    if (isMap(n)) {
      const pairs = n.items.map((p) => {
        const key = write(p.key);
        const value = write(p.value);
        if (key === undefined || value === undefined) return undefined;
        return value === "" ? `${key}:` : `${key}: ${value}`;
      });
      if (pairs.some((p) => p === undefined)) return undefined;
      return pairs.length === 0 ? "{}" : `{ ${pairs.join(", ")} }`;
    }
    if (isSeq(n)) {
      const items = n.items.map(write);
      if (items.some((i) => i === undefined)) return undefined;
      return `[${items.join(", ")}]`;
    }
    return undefined;
  };
  return write(node);
}

/** Whether the formatted text holds the same data and the same comments as the parsed one. */
function sameContent(
  before: ReturnType<typeof parseDocument>,
  text: string,
  formatted: string,
): boolean {
  const after = parseDocument(formatted, { uniqueKeys: false });
  if (after.errors.length > 0) return false;
  const comments = (text: string) => (text.match(/#.*$/gm) ?? []).map((c) => c.trim());
  const data = (d: ReturnType<typeof parseDocument>) =>
    JSON.stringify(d.toJS({ maxAliasCount: -1 }));
  return (
    data(before) === data(after) &&
    JSON.stringify(comments(text)) === JSON.stringify(comments(formatted))
  );
}
