import { isMap, isPair, isScalar, isSeq, type Node, type Pair } from "yaml";

/** A node of the syntax tree met on a walk, with the pair whose value it is (if any). */
export interface Visit {
  readonly node: Node;
  /** The mapping pair holding this node as its value. */
  readonly pair?: Pair;
  /** How deep the node is: 0 for the document's root. */
  readonly depth: number;
}

/**
 * Calls `visit` for every node under `root`, parents before children, in document order; map
 * keys are not visited (they are scalars the caller reads through `pair`).
 */
export function walkYaml(root: Node | undefined, visit: (v: Visit) => void): void {
  const walk = (node: unknown, pair: Pair | undefined, depth: number) => {
    if (!node || typeof node !== "object") return;
    if (isPair(node)) return walk(node.value, node as Pair, depth);
    if (!isMap(node) && !isSeq(node) && !isScalar(node)) return;
    visit(pair ? { node, pair, depth } : { node, depth });
    if (isMap(node)) for (const p of node.items) walk(p.value, p as Pair, depth + 1);
    else if (isSeq(node)) for (const item of node.items) walk(item, undefined, depth + 1);
  };
  walk(root, undefined, 0);
}
