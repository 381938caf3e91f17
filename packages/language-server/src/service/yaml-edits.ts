// Text edits that add or remove one entry of a YAML collection without touching the rest of the
// file: comments, order and style elsewhere stay as written.
import type { PathSegment } from "@pathwise/core";
import { isMap, isPair, isSeq, type Node, type YAMLMap, type YAMLSeq } from "yaml";
import type { Edit } from "./span.js";

/** The node at a data path (through maps by key and lists by index), if there is one. */
export function nodeAt(root: Node | undefined, path: readonly PathSegment[]): Node | undefined {
  let node: Node | undefined = root;
  for (const segment of path) {
    if (isMap(node)) {
      const pair = node.items.find((p) => (p.key as { value?: unknown } | null)?.value === segment);
      node = (pair?.value as Node | null | undefined) ?? undefined;
    } else if (isSeq(node) && typeof segment === "number") {
      node = (node.items[segment] as Node | null | undefined) ?? undefined;
    } else return undefined;
  }
  return node;
}

type Range = readonly [number, number, number];

/** Where an entry of a collection starts and ends: a pair from its key to its value's end. */
function entryBounds(item: unknown): [number, number] | undefined {
  if (isPair(item)) {
    const key = (item.key as Node | null)?.range as Range | undefined;
    if (!key) return undefined;
    const value = (item.value as Node | null)?.range as Range | undefined;
    return [key[0], value ? value[1] : key[1]];
  }
  const range = (item as Node | null)?.range as Range | undefined;
  return range ? [range[0], range[1]] : undefined;
}

const lineStart = (text: string, offset: number) => text.lastIndexOf("\n", offset - 1) + 1;

/** Backs `end` up over trailing white space (a block value's range runs into the next line). */
function trimEnd(text: string, start: number, end: number): number {
  let e = end;
  while (e > start && /\s/.test(text[e - 1] as string)) e--;
  return e;
}

/**
 * The edit that removes entry `index` of a map or list: its whole lines in block style, or the
 * entry and one comma in flow style.
 */
export function removeEntry(
  text: string,
  parent: YAMLMap | YAMLSeq,
  index: number,
): Edit | undefined {
  const items = parent.items as unknown[];
  const bounds = entryBounds(items[index]);
  if (!bounds) return undefined;
  const [start, rawEnd] = bounds;
  const end = trimEnd(text, start, rawEnd);
  if (!parent.flow) {
    const from = lineStart(text, start);
    // Only white space (and a list's dash) before the entry on its line: remove whole lines.
    if (!/^[\s-]*$/.test(text.slice(from, start))) return undefined;
    const newline = text.indexOf("\n", end);
    return { start: from, end: newline === -1 ? text.length : newline + 1, newText: "" };
  }
  const previous = index > 0 ? entryBounds(items[index - 1]) : undefined;
  if (previous) return { start: trimEnd(text, previous[0], previous[1]), end, newText: "" };
  const next = entryBounds(items[index + 1]);
  return { start, end: next ? next[0] : end, newText: "" };
}

/**
 * The edit that adds `field: ` to a map: on a new line after its last entry, at its keys'
 * indentation, in block style; before the closing brace in flow style.
 */
export function appendField(text: string, map: YAMLMap, field: string): Edit | undefined {
  const range = map.range as Range | undefined | null;
  if (!range) return undefined;
  const last = entryBounds(map.items.at(-1));
  if (map.flow) {
    const close = text.lastIndexOf("}", range[1]);
    if (close < range[0]) return undefined;
    if (!last) return { start: range[0] + 1, end: close, newText: ` ${field}: ` };
    const at = trimEnd(text, last[0], last[1]);
    return { start: at, end: at, newText: `, ${field}: ` };
  }
  const first = entryBounds(map.items[0]);
  if (!first || !last) return undefined;
  const indent = " ".repeat(first[0] - lineStart(text, first[0]));
  const end = trimEnd(text, last[0], last[1]);
  const newline = text.indexOf("\n", end);
  if (newline === -1)
    return { start: text.length, end: text.length, newText: `\n${indent}${field}: ` };
  return { start: newline + 1, end: newline + 1, newText: `${indent}${field}: \n` };
}
