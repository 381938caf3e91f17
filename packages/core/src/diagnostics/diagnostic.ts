import type { DiagnosticCode } from "./codes.js";

/**
 * How serious a diagnostic is. `error` fails validation; `warning` does not, unless asked to.
 *
 * @example
 * const severity: Severity = "warning";
 * const warnings = loadPathway(text).diagnostics.filter((d) => d.severity === severity);
 */
export type Severity = "error" | "warning" | "info";

/**
 * A position in the source text. `line` and `column` are 1-based; `offset` is 0-based.
 *
 * @example
 * const start: Position | undefined = loadPathway(text).diagnostics[0]?.range?.start;
 * if (start) console.log(`line ${start.line}, column ${start.column}`);
 */
export interface Position {
  readonly offset: number;
  readonly line: number;
  readonly column: number;
}

/**
 * A span of source text; `end` is exclusive.
 *
 * @example
 * const range: Range | undefined = loadPathway(text).diagnostics[0]?.range;
 * const snippet = range ? text.slice(range.start.offset, range.end.offset) : "";
 */
export interface Range {
  readonly start: Position;
  readonly end: Position;
}

/**
 * One segment of a data path: a map key or a list index.
 *
 * @example
 * const path: PathSegment[] = ["steps", "earn-ptcb-cpht", "requires"];
 * const slot = path.join(".");
 */
export type PathSegment = string | number;

/**
 * One problem found in content. Plain data: safe to serialise, compare and send over the wire.
 *
 * @example
 * const diagnostic: Diagnostic = {
 *   code: "unknown-reference",
 *   severity: "error",
 *   message: "Unknown credential `ptcb-cpth`; did you mean `ptcb-cpht`?",
 *   path: ["roles", "lead-technician", "requires", "credential"],
 *   range: { start: { offset: 812, line: 40, column: 30 }, end: { offset: 821, line: 40, column: 39 } },
 *   suggestions: ["ptcb-cpht"],
 * };
 */
export interface Diagnostic {
  readonly code: DiagnosticCode;
  readonly severity: Severity;
  /** One sentence: what was expected and what was found. */
  readonly message: string;
  /** Where in the data the problem is. */
  readonly path: readonly PathSegment[];
  /** Where in the source text the problem is; absent when the input was data, not text. */
  readonly range?: Range;
  /** Replacement values that would fix the problem, best first ("did you mean"). */
  readonly suggestions?: readonly string[];
  /** Variable facts of the message as fields, for tools. */
  readonly data?: Readonly<Record<string, unknown>>;
}

/**
 * Orders diagnostics by position (then path, then code) so that output is stable.
 *
 * @example
 * const ordered = [...loadPathway(text).diagnostics].sort(compareDiagnostics);
 */
export function compareDiagnostics(a: Diagnostic, b: Diagnostic): number {
  const ao = a.range?.start.offset ?? -1;
  const bo = b.range?.start.offset ?? -1;
  if (ao !== bo) return ao - bo;
  const ap = a.path.join("\u0000");
  const bp = b.path.join("\u0000");
  if (ap !== bp) return ap < bp ? -1 : 1;
  return a.code < b.code ? -1 : a.code > b.code ? 1 : 0;
}
