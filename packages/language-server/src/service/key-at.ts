import { isMap, isScalar, type Node } from "yaml";
import type { Span } from "./span.js";

/** A mapping key of the document: its data path and where the key is written. */
export interface KeyAt {
  readonly path: readonly (string | number)[];
  readonly range: Span;
}

/** The mapping key under `offset`, if the cursor is on one. */
export function keyAt(root: Node | undefined, offset: number): KeyAt | undefined {
  let found: KeyAt | undefined;
  const walk = (node: unknown, path: (string | number)[]) => {
    if (isMap(node)) {
      for (const pair of node.items) {
        if (!isScalar(pair.key) || !pair.key.range) continue;
        const keyPath = [...path, String(pair.key.value)];
        if (offset >= pair.key.range[0] && offset <= pair.key.range[1]) {
          found ??= { path: keyPath, range: { start: pair.key.range[0], end: pair.key.range[1] } };
          return;
        }
        const v = pair.value as Node | null;
        if (v?.range && offset >= v.range[0] && offset <= v.range[2]) walk(v, keyPath);
      }
    } else if (node && typeof node === "object" && "items" in node) {
      (node as { items: Node[] }).items.forEach((item, i) => {
        if (item?.range && offset >= item.range[0] && offset <= item.range[2])
          walk(item, [...path, i]);
      });
    }
  };
  walk(root, []);
  return found;
}
