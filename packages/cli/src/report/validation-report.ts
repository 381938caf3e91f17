import type { Diagnostic, Severity } from "@pathwise/core";

/** The diagnostics of one validated file. */
export interface FileReport {
  /** The file as people see it: relative to the working folder, with `/` separators. */
  readonly file: string;
  readonly kind: "pathway" | "profile";
  /** Exactly what the library reported for the file, in its order. */
  readonly diagnostics: readonly Diagnostic[];
}

/** The lowest severity that fails a run. */
export type FailLevel = "error" | "warning";

/** Everything a formatter needs: the files, and how the run was judged. */
export interface ValidationReport {
  readonly files: readonly FileReport[];
  readonly failOn: FailLevel;
  /** The evaluation date the staleness checks used. */
  readonly today: string;
  readonly tool: { readonly name: string; readonly version: string };
}

/** Counts over a set of diagnostics. */
export interface Counts {
  readonly errors: number;
  readonly warnings: number;
  readonly infos: number;
}

/** Whether a diagnostic of this severity fails a run at this level. */
export function fails(severity: Severity, failOn: FailLevel): boolean {
  return severity === "error" || (severity === "warning" && failOn === "warning");
}

/** Counts diagnostics by severity. */
export function countDiagnostics(diagnostics: readonly Diagnostic[]): Counts {
  let errors = 0;
  let warnings = 0;
  let infos = 0;
  for (const d of diagnostics) {
    if (d.severity === "error") errors++;
    else if (d.severity === "warning") warnings++;
    else infos++;
  }
  return { errors, warnings, infos };
}

/** Whether any file has a diagnostic at or above the fail level. */
export function reportFails(report: ValidationReport): boolean {
  return report.files.some((f) => f.diagnostics.some((d) => fails(d.severity, report.failOn)));
}

/** `3 errors`, `1 warning`: a count with its noun. */
export function plural(count: number, noun: string): string {
  return `${count} ${noun}${count === 1 ? "" : "s"}`;
}
