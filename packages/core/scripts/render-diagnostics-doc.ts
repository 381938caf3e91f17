// Renders docs/diagnostics.md from the code list and the golden fixtures, so that the reference
// can never drift from the codes the library emits (a test compares the committed file).
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { allDiagnosticCodes, diagnosticCodes } from "../src/diagnostics/codes.js";
import { fixturesDir } from "../test/fixtures.js";

interface Golden {
  code: string;
  message: string;
  range?: string;
}

export function renderDiagnosticsDoc(): string {
  const out: string[] = [];
  out.push("# Diagnostic codes");
  out.push("");
  out.push(
    "Every problem Pathwise finds in a pathway or profile is a diagnostic with one of the codes below. " +
      "The library, the CLI and the language server report the same codes, messages and ranges for the same file. " +
      "`error` diagnostics make validation fail; `warning` diagnostics fail it only with `--fail-on warning`.",
  );
  out.push("");
  out.push(
    "This page is generated from the code list and the test fixtures (`pnpm docs:diagnostics`); a test fails when it is out of date.",
  );
  out.push("");
  out.push("| code | severity | meaning |");
  out.push("|---|---|---|");
  for (const code of allDiagnosticCodes) {
    const info = diagnosticCodes[code];
    out.push(`| [\`${code}\`](#${code}) | ${info.severity} | ${info.summary} |`);
  }
  for (const code of allDiagnosticCodes) {
    const info = diagnosticCodes[code];
    out.push("");
    out.push(`## ${code}`);
    out.push("");
    out.push(`Severity: **${info.severity}**. ${info.summary}`);
    out.push("");
    out.push(`**How to fix:** ${info.fix}`);
    const example = exampleFor(code);
    if (example) {
      out.push("");
      out.push("Example:");
      out.push("");
      out.push("```yaml");
      out.push(example.snippet);
      out.push("```");
      out.push("");
      out.push(`reports \`${example.where}\`: ${example.message}`);
    }
  }
  out.push("");
  return out.join("\n");
}

function exampleFor(code: string): { snippet: string; where: string; message: string } | undefined {
  // Pathway fixtures hold input.yaml; profile fixtures (next to them) hold profile.yaml.
  const candidates = [
    [join(fixturesDir, code), "input.yaml"],
    [join(fixturesDir, "..", "profile-fixtures", code), "profile.yaml"],
  ] as const;
  let expected: Golden[] | undefined;
  let input = "";
  for (const [dir, file] of candidates) {
    try {
      expected = JSON.parse(readFileSync(join(dir, "expected.json"), "utf8"));
      input = readFileSync(join(dir, file), "utf8");
      break;
    } catch {
      expected = undefined;
    }
  }
  if (!expected) return undefined;
  const hit = expected.find((d) => d.code === code);
  if (!hit?.range) return undefined;
  const line = Number(hit.range.split(":")[0]);
  const lines = input.replace(/^\uFEFF/, "").split(/\r?\n/);
  const from = Math.max(0, line - 3);
  const snippet = lines
    .slice(from, line)
    .map(
      (l, i) =>
        `${String(from + i + 1).padStart(3)} | ${l.replace(/\t/g, "→").replaceAll("\u0000", "␀")}`,
    )
    .join("\n");
  return {
    snippet: snippet || "(empty file)",
    where: `line ${hit.range.replace(/-.*/, "")}`,
    message: hit.message,
  };
}
