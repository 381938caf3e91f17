import { describe, expect, it } from "vitest";
import { type Diagnostic, loadPathway } from "../src/index.js";

/**
 * Caret tests: the line after a source line marks, with `^`, the columns a diagnostic must
 * cover. Marker lines are removed before loading.
 */
function withCarets(marked: string, eol = "\n") {
  const lines = marked.split("\n");
  const source: string[] = [];
  const spans: { line: number; start: number; end: number }[] = [];
  for (const line of lines) {
    if (/^\s*\^+\s*$/.test(line)) {
      const start = line.indexOf("^");
      spans.push({ line: source.length, start: start + 1, end: line.lastIndexOf("^") + 2 });
    } else source.push(line);
  }
  return { text: source.join(eol), spans };
}

function span(d: Diagnostic | undefined) {
  return (
    d?.range && { line: d.range.start.line, start: d.range.start.column, end: d.range.end.column }
  );
}

const base = `pathwise: 1
id: demo
title: Demo
reviewed: 2026-11-01
sources:
  handbook: { title: Handbook, url: "https://example.org", accessed: 2026-11-01 }
settings:
  clinic: { title: Clinic }
strategies:
  certify: { title: Certify }
credentials:
  cert:
    title: Cert
    issuer: Board
    kind: certification
    sources: [handbook]
roles:
  lead:
    title: Lead
    settings: [clinic]
    requires:
      all:
        - credential: cret
                      ^^^^
        - experience: { years: 2, role: leed }
                                        ^^^^
steps:
  earn:
    strategy: certify
    title: Earn
    grants: { credential: cert }
    effort: { weeks: many }
                     ^^^^
`;

describe("ranges", () => {
  for (const [name, eol] of [
    ["LF", "\n"],
    ["CRLF", "\r\n"],
  ] as const) {
    it(`point at the exact token with ${name} line endings`, () => {
      const { text, spans } = withCarets(base, eol);
      const schema = loadPathway(text);
      expect(span(schema.diagnostics.find((d) => d.path.at(-1) === "weeks"))).toEqual(spans[2]);
      const semantic = loadPathway(text.replace("{ weeks: many }", "{ weeks: 4 }".padEnd(15)));
      expect(semantic.diagnostics.map(span)).toEqual([spans[0], spans[1]]);
    });
  }

  it("never run past the first line of a block collection", () => {
    const { text } = withCarets(base.replace("    title: Lead\n", ""));
    const missing = loadPathway(text).diagnostics.find((d) => d.code === "missing-field");
    expect(missing?.range?.start.line).toBe(18);
    expect(missing?.range?.end.line).toBe(18);
  });
});
