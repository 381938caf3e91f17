import type { Diagnostic } from "@pathwise/core";
import { isMap, type Node } from "yaml";
import type { AnalysedDocument } from "./analysed-document.js";
import type { QuickFix } from "./quick-fix.js";
import { nodeAt, removeEntry } from "./yaml-edits.js";

/**
 * For a key written twice in a map: the second entry (the one the diagnostic is on) removed. Not
 * for a duplicate id, whose second entry is a whole role or step to merge by hand.
 */
export function fixDuplicateKey(doc: AnalysedDocument, d: Diagnostic): QuickFix[] {
  if (d.code !== "duplicate-key" || !d.range) return [];
  const map = nodeAt(doc.analysis.root, d.path.slice(0, -1));
  if (!isMap(map)) return [];
  const at = d.range.start.offset;
  const index = map.items.findIndex((p) => (p.key as Node | null)?.range?.[0] === at);
  const edit = index === -1 ? undefined : removeEntry(doc.text, map, index);
  const key = String(d.path.at(-1));
  return edit
    ? [{ title: `Remove this second \`${key}\``, diagnostic: d, edits: [edit], preferred: true }]
    : [];
}
