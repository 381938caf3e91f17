import {
  isMap,
  isPair,
  isScalar,
  isSeq,
  type LineCounter,
  type Node,
  type Pair,
  type YAMLMap,
} from "yaml";
import type { Diagnostic, PathSegment, Position, Range } from "../diagnostics/diagnostic.js";
import type { DraftDiagnostic } from "../diagnostics/make-diagnostic.js";

/** Maps data paths and offsets back to ranges in the source text. */
export interface Locator {
  /** The 1-based line and column of a 0-based offset. */
  position(offset: number): Position;
  /**
   * The range of the node at a data path: the key of the entry (`target: "key"`), or its value.
   * A path that runs past the data (a missing key) resolves to the nearest existing entry.
   * Ranges of block collections cover their first line only, never the rest of the file.
   */
  locate(path: readonly PathSegment[], target?: "key" | "value"): Range | undefined;
  /** A finished diagnostic: the draft with its range. */
  finish(draft: DraftDiagnostic): Diagnostic;
}

/** Builds a {@link Locator} over parsed YAML. */
export function makeLocator(
  text: string,
  lineCounter: LineCounter,
  root: Node | undefined,
  keyIndex: WeakMap<YAMLMap, Map<string, Pair>> = new WeakMap(),
): Locator {
  const position = (offset: number): Position => {
    const clamped = Math.max(0, Math.min(offset, text.length));
    const { line, col } = lineCounter.linePos(clamped);
    // LineCounter reports line 0 before any newline was registered (empty input).
    return line === 0
      ? { offset: clamped, line: 1, column: clamped + 1 }
      : { offset: clamped, line, column: col };
  };
  const lineEnd = (offset: number) => {
    let end = offset;
    while (end < text.length && text[end] !== "\n" && text[end] !== "\r") end++;
    return end;
  };
  const span = (start: number, end: number): Range => ({
    start: position(start),
    end: position(Math.max(start, end)),
  });
  const tokenAt = (offset: number, end?: number): Range => {
    if (end !== undefined && end > offset)
      return span(offset, Math.min(end, lineEnd(offset)) || end);
    let stop = offset;
    while (stop < text.length && !/[\s,:\]}]/.test(text[stop] as string)) stop++;
    return span(offset, stop === offset ? Math.min(offset + 1, lineEnd(offset)) : stop);
  };

  const pairIn = (map: YAMLMap, key: string): Pair | undefined => {
    const indexed = keyIndex.get(map)?.get(key);
    if (indexed) return indexed;
    return map.items.find((p) => isScalar(p.key) && String(p.key.value) === key) as
      | Pair
      | undefined;
  };

  const nodeRange = (node: Node | null | undefined): Range | undefined => {
    // A pair standing as a list item (`!!omap [ a: 1 ]`, `[ a: 1 ]`) has no range of its own:
    // it spans its key and value.
    if (isPair(node)) {
      const key = (node.key as Node | null)?.range;
      const value = (node.value as Node | null)?.range;
      const start = key?.[0] ?? value?.[0];
      if (start === undefined) return undefined;
      return span(start, Math.min(value?.[1] ?? key?.[1] ?? start, lineEnd(start)));
    }
    const r = node?.range;
    if (!r) return undefined;
    if (isScalar(node)) return span(r[0], r[1]);
    // A collection: its first line only, so that a range never runs on to the end of the file.
    return span(r[0], Math.min(r[1], lineEnd(r[0])));
  };

  const locate = (
    path: readonly PathSegment[],
    target: "key" | "value" = "value",
  ): Range | undefined => {
    if (!root) return undefined;
    let node: Node | null = root;
    let lastPair: Pair | undefined;
    let resolved = true;
    for (const segment of path) {
      if (isMap(node)) {
        const pair = pairIn(node, String(segment));
        if (!pair) {
          resolved = false;
          break;
        }
        lastPair = pair;
        node = pair.value as Node | null;
      } else if (isSeq(node) && typeof segment === "number" && node.items[segment]) {
        lastPair = undefined;
        node = node.items[segment] as Node;
      } else {
        resolved = false;
        break;
      }
    }
    // A missing key, or the entry itself: point at the key of the deepest entry found.
    if (!resolved || target === "key" || node === null) {
      return lastPair ? nodeRange(lastPair.key as Node) : (nodeRange(node) ?? nodeRange(root));
    }
    // A block map or list as a value: its key names it better than its whole body does.
    if (!isScalar(node) && lastPair && !(node as { flow?: boolean }).flow)
      return nodeRange(lastPair.key as Node);
    return nodeRange(node);
  };

  const finish = (draft: DraftDiagnostic): Diagnostic => {
    const { at, end, target, range, ...rest } = draft;
    const resolved = range ?? (at !== undefined ? tokenAt(at, end) : locate(draft.path, target));
    return resolved ? { ...rest, range: resolved } : { ...rest };
  };

  return { position, locate, finish };
}
