import type { Diagnostic } from "@pathwise/core";
import type { Edit } from "./span.js";

/**
 * A quick fix for a diagnostic.
 *
 * @example
 * const service = createLanguageService();
 * const fixes: QuickFix[] = service.quickFixes(service.analyze(text), { start: 0, end: text.length });
 * for (const f of fixes) console.log(f.title, f.preferred ? "(preferred)" : "");
 */
export interface QuickFix {
  readonly title: string;
  readonly diagnostic: Diagnostic;
  readonly edits: readonly Edit[];
  readonly preferred: boolean;
}
