import { type DiagnosticCode, diagnosticCodes } from "./codes.js";
import type { Diagnostic, PathSegment, Range } from "./diagnostic.js";

/** A diagnostic before its range is known; `at` is a source offset when one is known directly. */
export interface DraftDiagnostic extends Omit<Diagnostic, "range"> {
  readonly range?: Range;
  /** A source offset to place the diagnostic at when it has no path in the data. */
  readonly at?: number;
  /** With `at`: where the problem ends (exclusive); defaults to the end of the token or line. */
  readonly end?: number;
  /** Whether the diagnostic points at the key (the entry) or the value at its path. */
  readonly target?: "key" | "value";
}

/** Builds a diagnostic with the severity its code carries. */
export function makeDiagnostic(
  code: DiagnosticCode,
  message: string,
  path: readonly PathSegment[],
  extra: {
    suggestions?: readonly string[];
    data?: Record<string, unknown>;
    at?: number;
    end?: number;
    target?: "key" | "value";
    range?: Range;
  } = {},
): DraftDiagnostic {
  const d: {
    -readonly [K in keyof DraftDiagnostic]: DraftDiagnostic[K];
  } = { code, severity: diagnosticCodes[code].severity, message, path };
  if (extra.suggestions && extra.suggestions.length > 0) d.suggestions = extra.suggestions;
  if (extra.data) d.data = extra.data;
  if (extra.at !== undefined) d.at = extra.at;
  if (extra.end !== undefined) d.end = extra.end;
  if (extra.target) d.target = extra.target;
  if (extra.range) d.range = extra.range;
  return d;
}
