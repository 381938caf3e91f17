import type { Diagnostic } from "@pathwise/core";
import { isMap, isSeq } from "yaml";
import type { AnalysedDocument } from "./analysed-document.js";
import type { QuickFix } from "./quick-fix.js";
import { nodeAt, removeEntry } from "./yaml-edits.js";

/**
 * For a requirement cycle: the requirement that closes it removed (the leaf the diagnostic is
 * on), either an item of an `all`/`any`/`of` list or the whole `requires` when it is that leaf.
 */
export function fixCycleEdge(doc: AnalysedDocument, d: Diagnostic): QuickFix[] {
  if (d.code !== "requirement-cycle" || d.path.length < 3) return [];
  const root = doc.analysis.root;
  const leafKey = String(d.path.at(-1));
  const holder = d.path.slice(0, -2);
  const slot = d.path.at(-2);
  const parent = nodeAt(root, holder);
  let edit: ReturnType<typeof removeEntry>;
  if (typeof slot === "number" && isSeq(parent)) edit = removeEntry(doc.text, parent, slot);
  else if (slot === "requires" && isMap(parent)) {
    const index = parent.items.findIndex((p) => (p.key as { value?: unknown })?.value === slot);
    edit = index === -1 ? undefined : removeEntry(doc.text, parent, index);
  }
  if (!edit || !d.range) return [];
  const id = doc.text.slice(d.range.start.offset, d.range.end.offset);
  return [
    {
      title: `Remove the requirement \`${leafKey}: ${id}\` to break the cycle`,
      diagnostic: d,
      edits: [edit],
      preferred: false,
    },
  ];
}
