import type { Diagnostic } from "@pathwise/core";
import type { ValidationReport } from "./validation-report.js";

const commands = { error: "error", warning: "warning", info: "notice" } as const;

/**
 * GitHub Actions workflow commands, one line per diagnostic, which GitHub shows as annotations
 * on the exact lines of the pull request:
 * `::error file=F,line=L,col=C,endLine=L,endColumn=C,title=CODE::message`.
 */
export function renderGithub(report: ValidationReport): string {
  let out = "";
  for (const f of report.files) {
    for (const d of f.diagnostics) out += `${renderAnnotation(f.file, d)}\n`;
  }
  return out;
}

function renderAnnotation(file: string, d: Diagnostic): string {
  const props = [`file=${escapeProperty(file)}`];
  if (d.range) {
    props.push(
      `line=${d.range.start.line}`,
      `col=${d.range.start.column}`,
      `endLine=${d.range.end.line}`,
      `endColumn=${d.range.end.column}`,
    );
  }
  props.push(`title=${escapeProperty(d.code)}`);
  return `::${commands[d.severity]} ${props.join(",")}::${escapeData(d.message)}`;
}

/** Escapes a command's message, as the Actions toolkit does: `%`, CR and LF. */
export function escapeData(text: string): string {
  return text.replaceAll("%", "%25").replaceAll("\r", "%0D").replaceAll("\n", "%0A");
}

/** Escapes a command property value: the message escapes plus `:` and `,`. */
export function escapeProperty(text: string): string {
  return escapeData(text).replaceAll(":", "%3A").replaceAll(",", "%2C");
}
