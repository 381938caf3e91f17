import { countDiagnostics, fails, plural, type ValidationReport } from "./validation-report.js";

/**
 * The report as JUnit XML for CI test views: one test suite, one test case per file. A file
 * fails when it has a diagnostic at or above the fail level; the failure lists every
 * diagnostic as `line:column severity code message`. Lesser diagnostics go to `system-out`.
 */
export function renderJunit(report: ValidationReport): string {
  const cases = report.files.map((f) => {
    const failing = f.diagnostics.filter((d) => fails(d.severity, report.failOn));
    const lines = f.diagnostics.map(
      (d) =>
        `${f.file}:${d.range ? `${d.range.start.line}:${d.range.start.column}` : "-"} ${d.severity} ${d.code} ${d.message}`,
    );
    const attrs = `name="${xmlAttribute(f.file)}" classname="pathwise.${f.kind}" file="${xmlAttribute(f.file)}"`;
    if (f.diagnostics.length === 0) return `    <testcase ${attrs}/>`;
    const counts = countDiagnostics(f.diagnostics);
    const summary = [plural(counts.errors, "error"), plural(counts.warnings, "warning")].join(", ");
    const body =
      failing.length > 0
        ? `      <failure message="${xmlAttribute(summary)}" type="${xmlAttribute(failing[0]?.code ?? "")}">${xmlText(lines.join("\n"))}</failure>`
        : `      <system-out>${xmlText(lines.join("\n"))}</system-out>`;
    return `    <testcase ${attrs}>\n${body}\n    </testcase>`;
  });
  const failures = report.files.filter((f) =>
    f.diagnostics.some((d) => fails(d.severity, report.failOn)),
  ).length;
  const n = report.files.length;
  return [
    '<?xml version="1.0" encoding="UTF-8"?>',
    `<testsuites name="pathwise" tests="${n}" failures="${failures}" errors="0">`,
    `  <testsuite name="pathwise validate" tests="${n}" failures="${failures}" errors="0" skipped="0">`,
    ...cases,
    "  </testsuite>",
    "</testsuites>",
    "",
  ].join("\n");
}

/**
 * Escapes text for XML content and attribute values, and replaces characters XML 1.0 cannot
 * hold at all (most control characters, lone surrogates) with U+FFFD.
 */
export function xmlText(text: string): string {
  return text
    .replace(/[^\t\n\r\u0020-\uD7FF\uE000-\uFFFD\u{10000}-\u{10FFFF}]/gu, "\uFFFD")
    .replaceAll("&", "&amp;")
    .replaceAll("<", "&lt;")
    .replaceAll(">", "&gt;");
}

/** {@link xmlText} for attribute values: quotes and line breaks escaped too. */
export function xmlAttribute(text: string): string {
  return xmlText(text)
    .replaceAll('"', "&quot;")
    .replaceAll("'", "&apos;")
    .replaceAll("\n", "&#10;")
    .replaceAll("\r", "&#13;")
    .replaceAll("\t", "&#9;");
}
