import type { Node, Pair } from "yaml";

/** The `[start, value-end, node-end]` range a map of these pairs has in a whole parse. */
export function spanOf(
  pairs: readonly Pair<Node, Node | null>[],
  fallback: number,
): [number, number, number] {
  const first = pairs[0]?.key.range?.[0] ?? fallback;
  const last = pairs[pairs.length - 1];
  const end = last?.value?.range ?? last?.key.range;
  return [first, end?.[2] ?? first, end?.[2] ?? first];
}

/** Moves every range in a parsed piece by `delta`, to where the piece now sits in the document. */
export function shiftRanges(node: unknown, delta: number): void {
  if (delta === 0 || !node || typeof node !== "object") return;
  const n = node as {
    range?: [number, number, number] | null;
    items?: unknown[];
    key?: unknown;
    value?: unknown;
  };
  if (n.range) n.range = [n.range[0] + delta, n.range[1] + delta, n.range[2] + delta];
  if (Array.isArray(n.items)) {
    for (const item of n.items) {
      const pairLike = item as { key?: unknown; value?: unknown; range?: unknown };
      if (
        pairLike &&
        typeof pairLike === "object" &&
        "key" in pairLike &&
        !("range" in pairLike && pairLike.range)
      ) {
        shiftRanges(pairLike.key, delta);
        shiftRanges(pairLike.value, delta);
      } else shiftRanges(item, delta);
    }
  }
}
