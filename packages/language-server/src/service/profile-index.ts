import type { PathSegment } from "@pathwise/core";
import { profileReferenceSlotAt } from "@pathwise/core/editor";
import { isMap, isScalar, isSeq, type Node } from "yaml";
import {
  type DocumentIndex,
  indexOccurrences,
  type Occurrence,
  scalarReference,
} from "./document-index.js";

/** Every pathway id a profile's syntax tree refers to, also when the profile is invalid. */
export function indexProfile(root: Node | undefined, text: string): DocumentIndex {
  const occurrences: Occurrence[] = [];
  const walk = (node: unknown, path: PathSegment[]) => {
    if (isMap(node)) {
      for (const pair of node.items) {
        if (isScalar(pair.key)) walk(pair.value, [...path, String(pair.key.value)]);
      }
    } else if (isSeq(node)) {
      node.items.forEach((item, i) => walk(item, [...path, i]));
    } else if (isScalar(node) && typeof node.value === "string" && node.range) {
      const kind = profileReferenceSlotAt(path);
      if (!kind) return;
      const [start, end] = node.range;
      occurrences.push(scalarReference(kind, node.value, start, end, text, path));
    }
  };
  walk(root, []);
  return indexOccurrences(occurrences);
}
