import type { PathSegment } from "@pathwise/core";
import { isMap, isScalar, isSeq, type Node, type Pair } from "yaml";

/** What the cursor is on: a key to write in the map at `path`, or a value at `path`. */
export interface CursorContext {
  readonly target: "key" | "value";
  readonly path: readonly PathSegment[];
  /** Where the word being typed starts (completion replaces from here to the cursor). */
  readonly replaceStart: number;
  /** Keys already present in the map (for key completion). */
  readonly existingKeys: readonly string[];
}

const column = (text: string, offset: number) => offset - (text.lastIndexOf("\n", offset - 1) + 1);
const sameLine = (text: string, a: number, b: number) =>
  !text.slice(Math.min(a, b), Math.max(a, b)).includes("\n");

function wordStart(text: string, offset: number): number {
  let start = offset;
  while (start > 0 && /[A-Za-z0-9_:-]/.test(text[start - 1] as string)) start--;
  return start;
}

/**
 * Finds what the cursor is on in a possibly incomplete YAML document, using the syntax tree
 * where it reaches and indentation where the user is typing a new line.
 */
export function cursorContext(
  root: Node | undefined,
  text: string,
  offset: number,
): CursorContext | undefined {
  if (!root)
    return { target: "key", path: [], replaceStart: wordStart(text, offset), existingKeys: [] };
  return visit(root, [], text, offset);
}

function keysOf(node: Node): string[] {
  return isMap(node)
    ? node.items.flatMap((p) => (isScalar(p.key) ? [String(p.key.value)] : []))
    : [];
}

function visit(
  node: Node,
  path: PathSegment[],
  text: string,
  offset: number,
): CursorContext | undefined {
  if (isMap(node)) {
    const pairs = node.items as Pair<Node | null, Node | null>[];
    for (const pair of pairs) {
      const key = pair.key;
      if (!isScalar(key) || !key.range) continue;
      const name = String(key.value);
      if (offset >= key.range[0] && offset <= key.range[1]) {
        return {
          target: "key",
          path,
          replaceStart: key.range[0],
          existingKeys: keysOf(node).filter((k) => k !== name),
        };
      }
      const value = pair.value;
      const valueEmpty = value === null || (isScalar(value) && value.value === null);
      if (valueEmpty && offset > key.range[1] && sameLine(text, key.range[1], offset)) {
        return {
          target: "value",
          path: [...path, name],
          replaceStart: wordStart(text, offset),
          existingKeys: [],
        };
      }
      if (value?.range && !valueEmpty && offset >= value.range[0] && offset <= value.range[1]) {
        return visit(value, [...path, name], text, offset);
      }
    }
    // Inside the map but on no entry: a new line being typed. Indentation tells whose key it is.
    const col = column(text, offset);
    const keyColumn =
      pairs[0]?.key && (pairs[0].key as Node).range
        ? column(text, ((pairs[0].key as Node).range as [number, number, number])[0])
        : col;
    if (col > keyColumn || (node.flow && col >= keyColumn)) {
      const before = pairs
        .filter(
          (p) =>
            (p.key as Node | null)?.range &&
            ((p.key as Node).range as [number, number, number])[0] < offset,
        )
        .at(-1);
      if (before && isScalar(before.key)) {
        const name = String(before.key.value);
        const value = before.value;
        if (value && isMap(value)) return visit(value, [...path, name], text, offset);
        if (value === null || (isScalar(value) && value.value === null)) {
          return {
            target: "key",
            path: [...path, name],
            replaceStart: wordStart(text, offset),
            existingKeys: [],
          };
        }
      }
    }
    return {
      target: "key",
      path,
      replaceStart: wordStart(text, offset),
      existingKeys: keysOf(node),
    };
  }
  if (isSeq(node)) {
    const items = node.items as (Node | null)[];
    for (let i = 0; i < items.length; i++) {
      const item = items[i];
      if (item?.range && offset >= item.range[0] && offset <= item.range[1]) {
        if (isScalar(item) && item.value === null) {
          return {
            target: "value",
            path: [...path, i],
            replaceStart: wordStart(text, offset),
            existingKeys: [],
          };
        }
        return visit(item, [...path, i], text, offset);
      }
    }
    const index = items.filter((item) => item?.range && item.range[1] < offset).length;
    return {
      target: "value",
      path: [...path, index],
      replaceStart: wordStart(text, offset),
      existingKeys: [],
    };
  }
  if (isScalar(node) && node.range) {
    const quoted = text[node.range[0]] === '"' || text[node.range[0]] === "'";
    return {
      target: "value",
      path,
      replaceStart: quoted ? node.range[0] + 1 : node.range[0],
      existingKeys: [],
    };
  }
  return undefined;
}
