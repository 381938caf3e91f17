import type { Diagnostic } from "@pathwise/core";
import type { AnalysedDocument } from "./analysed-document.js";
import type { QuickFix } from "./quick-fix.js";

/**
 * "Did you mean": one fix per suggestion of the diagnostic (a misspelt id or field), the first
 * preferred. A quoted id (as in a JSON profile) keeps its quotes; an id never needs escaping.
 */
export function fixSuggestions(doc: AnalysedDocument, d: Diagnostic): QuickFix[] {
  if (!d.range || !d.suggestions?.length) return [];
  const at = { start: d.range.start.offset, end: d.range.end.offset };
  const written = doc.analysis.text.slice(at.start, at.end);
  const quote = /^(["']).*\1$/s.test(written) ? written[0] : "";
  return d.suggestions.map((suggestion, i) => ({
    title: `Change to \`${suggestion}\``,
    diagnostic: d,
    edits: [{ ...at, newText: `${quote}${suggestion}${quote}` }],
    preferred: i === 0,
  }));
}
