import { compareDiagnostics, type Diagnostic } from "../diagnostics/diagnostic.js";
import type { DraftDiagnostic } from "../diagnostics/make-diagnostic.js";
import type { Result } from "../diagnostics/result.js";
import type { Locator } from "../load/locator.js";

/**
 * Finishes drafts into diagnostics (with ranges when a locator over the source is given), in
 * source order, and wraps them with the value: `ok` when no diagnostic is an error.
 */
export function finishResult<T>(
  drafts: readonly DraftDiagnostic[],
  value: T | undefined,
  locator: Locator | undefined,
): Result<T> {
  const diagnostics: Diagnostic[] = drafts.map((d) => {
    if (locator) return locator.finish(d);
    const { at: _at, end: _end, target: _target, ...rest } = d;
    return rest;
  });
  diagnostics.sort(compareDiagnostics);
  const failed = diagnostics.some((d) => d.severity === "error");
  return value !== undefined && !failed
    ? { ok: true, value, diagnostics }
    : { ok: false, diagnostics };
}
