import { createColors } from "picocolors";
import {
  countDiagnostics,
  plural,
  reportFails,
  type ValidationReport,
} from "./validation-report.js";

/** Options for {@link renderStylish}. */
export interface StylishOptions {
  /** Whether to colour the output with ANSI codes. */
  readonly color: boolean;
}

/**
 * The report for people: each file with problems, one line per diagnostic
 * (`line:column  severity  message  code`), and a closing summary.
 */
export function renderStylish(report: ValidationReport, options: StylishOptions): string {
  const c = createColors(options.color);
  const lines: string[] = [];
  for (const f of report.files) {
    if (f.diagnostics.length === 0) continue;
    lines.push(c.underline(f.file));
    const rows = f.diagnostics.map((d) => ({
      at: d.range ? `${d.range.start.line}:${d.range.start.column}` : "-",
      severity: d.severity,
      message: d.message,
      code: d.code,
    }));
    const atWidth = Math.max(...rows.map((r) => r.at.length));
    for (const r of rows) {
      const severity =
        r.severity === "error"
          ? c.red("error  ")
          : r.severity === "warning"
            ? c.yellow("warning")
            : c.blue("info   ");
      lines.push(`  ${c.dim(r.at.padEnd(atWidth))}  ${severity}  ${r.message}  ${c.dim(r.code)}`);
    }
    lines.push("");
  }
  const totals = countDiagnostics(report.files.flatMap((f) => f.diagnostics));
  const problems = totals.errors + totals.warnings + totals.infos;
  const checked = plural(report.files.length, "file");
  if (problems === 0) {
    lines.push(c.green(`✔ ${checked} checked, no problems.`));
  } else {
    const parts = [plural(totals.errors, "error"), plural(totals.warnings, "warning")];
    if (totals.infos > 0) parts.push(plural(totals.infos, "info"));
    const withProblems = report.files.filter((f) => f.diagnostics.length > 0).length;
    const summary = `${plural(problems, "problem")} (${parts.join(", ")}) in ${withProblems} of ${checked}.`;
    const failed = reportFails(report);
    lines.push(failed ? c.red(c.bold(`✖ ${summary}`)) : c.yellow(`⚠ ${summary}`));
    if (!failed && totals.warnings > 0) {
      lines.push(c.dim("Warnings do not fail the run; use --fail-on warning to make them."));
    } else if (failed && report.failOn === "warning" && totals.errors === 0) {
      lines.push(c.dim("Failed because of --fail-on warning."));
    }
  }
  return `${lines.join("\n")}\n`;
}
