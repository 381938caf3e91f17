import { countDiagnostics, reportFails, type ValidationReport } from "./validation-report.js";

/**
 * The report as JSON for machines. Each diagnostic is the library's, unchanged: `code`,
 * `severity`, `message`, `path`, and a `range` whose `line` and `column` are 1-based
 * (`offset` is 0-based, in UTF-16 code units), plus `suggestions` and `data` when present.
 */
export function renderJson(report: ValidationReport): string {
  const files = report.files.map((f) => {
    const counts = countDiagnostics(f.diagnostics);
    return {
      file: f.file,
      kind: f.kind,
      ok: counts.errors === 0,
      ...counts,
      diagnostics: f.diagnostics,
    };
  });
  const totals = countDiagnostics(report.files.flatMap((f) => f.diagnostics));
  return `${JSON.stringify(
    {
      tool: report.tool,
      today: report.today,
      failOn: report.failOn,
      files,
      summary: {
        files: files.length,
        filesWithProblems: files.filter((f) => f.diagnostics.length > 0).length,
        ...totals,
        failed: reportFails(report),
      },
    },
    null,
    2,
  )}\n`;
}
