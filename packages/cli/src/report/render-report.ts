import { renderGithub } from "./render-github.js";
import { renderJson } from "./render-json.js";
import { renderJunit } from "./render-junit.js";
import { renderSarif } from "./render-sarif.js";
import { renderStylish } from "./render-stylish.js";
import type { ValidationReport } from "./validation-report.js";

/** The output formats of `pathwise validate`. */
export const reportFormats = ["stylish", "json", "github", "sarif", "junit"] as const;

/** One of {@link reportFormats}. */
export type ReportFormat = (typeof reportFormats)[number];

/** Renders a report in a format; `color` applies to `stylish` only. */
export function renderReport(
  format: ReportFormat,
  report: ValidationReport,
  options: { color: boolean },
): string {
  switch (format) {
    case "stylish":
      return renderStylish(report, options);
    case "json":
      return renderJson(report);
    case "github":
      return renderGithub(report);
    case "sarif":
      return renderSarif(report);
    case "junit":
      return renderJunit(report);
  }
}
