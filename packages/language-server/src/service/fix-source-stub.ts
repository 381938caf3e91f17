import type { Diagnostic } from "@pathwise/core";
import { isMap, isScalar, type Node } from "yaml";
import type { AnalysedDocument, ServiceDocument } from "./analysed-document.js";
import type { QuickFix } from "./quick-fix.js";
import type { Edit } from "./span.js";

/** For an unknown source: a stub entry for it in `sources`, to fill in. */
export function fixSourceStub(doc: AnalysedDocument, d: Diagnostic): QuickFix[] {
  if (doc.kind !== "pathway" || d.code !== "unknown-source" || typeof d.data?.id !== "string")
    return [];
  const stub = sourceStub(doc, d.data.id);
  return stub
    ? [
        {
          title: `Add source \`${d.data.id}\` to \`sources\``,
          diagnostic: d,
          edits: [stub],
          preferred: !d.suggestions?.length,
        },
      ]
    : [];
}

/** An entry for a missing source, on a new line after the last one of a block `sources` map. */
function sourceStub(doc: ServiceDocument, id: string): Edit | undefined {
  const root = doc.analysis.root;
  if (!isMap(root)) return undefined;
  const sources = root.items.find((p) => isScalar(p.key) && p.key.value === "sources");
  const value = sources?.value as Node | null | undefined;
  if (!sources || !isMap(value) || value.flow || !value.range) return undefined;
  const first = value.items[0]?.key as Node | undefined;
  const indent = first?.range
    ? first.range[0] - (doc.text.lastIndexOf("\n", first.range[0] - 1) + 1)
    : 2;
  const pad = " ".repeat(indent);
  const last = value.items[value.items.length - 1];
  const lastEnd =
    (last?.value as Node | null)?.range?.[1] ??
    (last?.key as Node | undefined)?.range?.[1] ??
    value.range[0];
  const newline = doc.text.indexOf("\n", lastEnd);
  const at = newline === -1 ? doc.text.length : newline + 1;
  return {
    start: at,
    end: at,
    newText: `${newline === -1 ? "\n" : ""}${pad}${id}: { title: TODO, url: "https://", accessed: TODO }\n`,
  };
}
