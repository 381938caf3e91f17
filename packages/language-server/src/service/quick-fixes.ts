import type { AnalysedDocument } from "./analysed-document.js";
import { fixCycleEdge } from "./fix-cycle-edge.js";
import { fixDuplicateKey } from "./fix-duplicate-key.js";
import { fixMissingField } from "./fix-missing-field.js";
import { fixSourceStub } from "./fix-source-stub.js";
import { fixSuggestions } from "./fix-suggestions.js";
import type { QuickFix } from "./quick-fix.js";
import type { Span } from "./span.js";

export type { QuickFix } from "./quick-fix.js";

// Each fixer answers the fixes it has for one diagnostic, in this order.
const fixers = [fixSuggestions, fixSourceStub, fixMissingField, fixDuplicateKey, fixCycleEdge];

/**
 * Quick fixes for the diagnostics overlapping a span: "did you mean" (ids and fields), a stub for
 * a missing source, a missing required field, a duplicate key removed, a cycle's edge removed.
 */
export function quickFixes(doc: AnalysedDocument, span: Span): QuickFix[] {
  return doc.analysis.result.diagnostics.flatMap((d) => {
    if (!d.range || d.range.end.offset < span.start || d.range.start.offset > span.end) return [];
    return fixers.flatMap((fix) => fix(doc, d));
  });
}
