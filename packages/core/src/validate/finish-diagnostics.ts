import { compareDiagnostics, type Diagnostic } from "../diagnostics/diagnostic.js";
import { type DraftDiagnostic, makeDiagnostic } from "../diagnostics/make-diagnostic.js";
import type { Result } from "../diagnostics/result.js";
import { defaultLimits } from "../load/limits.js";
import type { Locator } from "../load/locator.js";

const severityRank = { error: 0, warning: 1, info: 2 } as const;

/**
 * Finishes drafts into diagnostics (with ranges when a locator over the source is given), in
 * source order, and wraps them with the value: `ok` when no diagnostic is an error.
 *
 * At most `maxDiagnostics` are returned. Beyond that, the most severe are kept (so that the
 * verdict at any `--fail-on` level is the one the full list gives), shown in source order, and a
 * final `too-many-diagnostics` diagnostic counts the rest.
 */
export function finishResult<T>(
  drafts: readonly DraftDiagnostic[],
  value: T | undefined,
  locator: Locator | undefined,
  maxDiagnostics: number = defaultLimits.maxDiagnostics,
): Result<T> {
  const failed = drafts.some((d) => d.severity === "error");
  const kept = drafts.length > maxDiagnostics ? mostSevere(drafts, maxDiagnostics) : drafts;
  const diagnostics: Diagnostic[] = kept.map((d) => {
    if (locator) return locator.finish(d);
    const { at: _at, end: _end, target: _target, ...rest } = d;
    return rest;
  });
  diagnostics.sort(compareDiagnostics);
  if (kept.length < drafts.length) diagnostics.push(summarizeRest(drafts, kept.length, locator));
  return value !== undefined && !failed
    ? { ok: true, value, diagnostics }
    : { ok: false, diagnostics };
}

function mostSevere(drafts: readonly DraftDiagnostic[], max: number): DraftDiagnostic[] {
  const order = drafts.map((_, i) => i);
  order.sort((a, b) => {
    const x = drafts[a] as DraftDiagnostic;
    const y = drafts[b] as DraftDiagnostic;
    return severityRank[x.severity] - severityRank[y.severity] || a - b;
  });
  return order.slice(0, Math.max(0, max)).map((i) => drafts[i] as DraftDiagnostic);
}

function summarizeRest(
  drafts: readonly DraftDiagnostic[],
  shown: number,
  locator: Locator | undefined,
): Diagnostic {
  const rest = drafts.length - shown;
  const draft = makeDiagnostic(
    "too-many-diagnostics",
    `Expected at most ${shown} diagnostics for one file, found ${rest} more; fix these and check again.`,
    [],
    { at: 0, data: { limit: shown, more: rest, total: drafts.length } },
  );
  if (locator) return locator.finish(draft);
  const { at: _at, ...plain } = draft;
  return plain;
}
