import { allDiagnosticCodes, type Diagnostic, diagnosticCodes } from "@pathwise/core";
import { diagnosticHelpUrl } from "./docs-url.js";
import type { ValidationReport } from "./validation-report.js";

const levels = { error: "error", warning: "warning", info: "note" } as const;

/**
 * The report as a SARIF 2.1.0 log (for GitHub code scanning and other SARIF viewers): one run,
 * every diagnostic code as a rule with its summary, how to fix it and a link to its docs, and
 * one result per diagnostic with its region (1-based lines and columns in UTF-16 code units)
 * and its data path as a logical location.
 */
export function renderSarif(report: ValidationReport): string {
  const ruleIndex = new Map(allDiagnosticCodes.map((code, i) => [code as string, i]));
  const rules = allDiagnosticCodes.map((code) => {
    const info = diagnosticCodes[code];
    return {
      id: code,
      name: ruleName(code),
      shortDescription: { text: info.summary },
      fullDescription: { text: `${info.summary} ${info.fix}` },
      help: { text: info.fix, markdown: `**How to fix:** ${info.fix}` },
      helpUri: diagnosticHelpUrl(code),
      defaultConfiguration: { level: levels[info.severity] },
    };
  });
  const artifacts = report.files.map((f) => ({
    location: { uri: encodeUri(f.file), uriBaseId: "%SRCROOT%" },
  }));
  const results = report.files.flatMap((f, artifactIndex) =>
    f.diagnostics.map((d) => renderResult(d, f.file, artifactIndex, ruleIndex.get(d.code) ?? -1)),
  );
  const log = {
    $schema: "https://json.schemastore.org/sarif-2.1.0.json",
    version: "2.1.0",
    runs: [
      {
        tool: {
          driver: {
            name: report.tool.name,
            version: report.tool.version,
            semanticVersion: report.tool.version,
            informationUri: diagnosticHelpUrl("").replace(/#$/, ""),
            rules,
          },
        },
        columnKind: "utf16CodeUnits",
        artifacts,
        results,
      },
    ],
  };
  return `${JSON.stringify(log, null, 2)}\n`;
}

function renderResult(d: Diagnostic, file: string, artifactIndex: number, ruleIndex: number) {
  const physicalLocation: Record<string, unknown> = {
    artifactLocation: { uri: encodeUri(file), uriBaseId: "%SRCROOT%", index: artifactIndex },
  };
  if (d.range) {
    physicalLocation.region = {
      startLine: d.range.start.line,
      startColumn: d.range.start.column,
      endLine: d.range.end.line,
      endColumn: d.range.end.column,
      charOffset: d.range.start.offset,
      charLength: d.range.end.offset - d.range.start.offset,
    };
  }
  const location: Record<string, unknown> = { physicalLocation };
  if (d.path.length > 0) {
    location.logicalLocations = [{ fullyQualifiedName: d.path.join("."), kind: "member" }];
  }
  return {
    ruleId: d.code,
    ...(ruleIndex >= 0 ? { ruleIndex } : {}),
    level: levels[d.severity],
    message: { text: d.message },
    locations: [location],
    ...(d.suggestions ? { properties: { suggestions: d.suggestions } } : {}),
  };
}

/** `unknown-reference` → `UnknownReference`: SARIF's rule name is an identifier. */
function ruleName(code: string): string {
  return code.replace(/(^|-)([a-z])/g, (_, __, letter: string) => letter.toUpperCase());
}

/** A relative path as a URI reference: each segment percent-encoded, `/` kept. */
function encodeUri(file: string): string {
  return file.split("/").map(encodeURIComponent).join("/");
}
