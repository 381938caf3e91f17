import type { Diagnostic } from "@pathwise/core";
import { isMap, isScalar, type Node } from "yaml";
import type { AnalysedDocument, ServiceDocument } from "./analysed-document.js";
import type { Edit, Span } from "./span.js";

/** A quick fix for a diagnostic. */
export interface QuickFix {
  readonly title: string;
  readonly diagnostic: Diagnostic;
  readonly edits: readonly Edit[];
  readonly preferred: boolean;
}

/** Quick fixes for diagnostics overlapping a span: "did you mean" and a stub for a missing source. */
export function quickFixes(doc: AnalysedDocument, span: Span): QuickFix[] {
  const fixes: QuickFix[] = [];
  for (const d of doc.analysis.result.diagnostics) {
    if (!d.range || d.range.end.offset < span.start || d.range.start.offset > span.end) continue;
    const at = { start: d.range.start.offset, end: d.range.end.offset };
    // A quoted id (as in a JSON profile) keeps its quotes; an id never needs escaping.
    const written = doc.analysis.text.slice(at.start, at.end);
    const quote = /^(["']).*\1$/s.test(written) ? written[0] : "";
    for (const [i, suggestion] of (d.suggestions ?? []).entries()) {
      fixes.push({
        title: `Change to \`${suggestion}\``,
        diagnostic: d,
        edits: [{ ...at, newText: `${quote}${suggestion}${quote}` }],
        preferred: i === 0,
      });
    }
    if (doc.kind === "pathway" && d.code === "unknown-source" && typeof d.data?.id === "string") {
      const stub = sourceStub(doc, d.data.id);
      if (stub)
        fixes.push({
          title: `Add source \`${d.data.id}\` to \`sources\``,
          diagnostic: d,
          edits: [stub],
          preferred: !d.suggestions?.length,
        });
    }
  }
  return fixes;
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
