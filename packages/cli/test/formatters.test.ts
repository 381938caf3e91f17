import { allDiagnosticCodes, type Diagnostic } from "@pathwise/core";
import { XMLParser, XMLValidator } from "fast-xml-parser";
import { describe, expect, it } from "vitest";
import { escapeData, escapeProperty, renderGithub } from "../src/report/render-github.js";
import { renderJson } from "../src/report/render-json.js";
import { renderJunit } from "../src/report/render-junit.js";
import { renderSarif } from "../src/report/render-sarif.js";
import { renderStylish } from "../src/report/render-stylish.js";
import type { ValidationReport } from "../src/report/validation-report.js";

const at = (line: number, column: number, offset: number) => ({ line, column, offset });

const unknown: Diagnostic = {
  code: "unknown-reference",
  severity: "error",
  message: "Expected a credential defined under `credentials`, found `x`; did you mean `y`?",
  path: ["roles", "lead", "requires", "credential"],
  range: { start: at(3, 5, 20), end: at(3, 6, 21) },
  suggestions: ["y"],
};
const unused: Diagnostic = {
  code: "unused",
  severity: "warning",
  message: "Expected setting `lab` to be used, found no role, step or condition that refers to it.",
  path: ["settings", "lab"],
  range: { start: at(10, 3, 90), end: at(10, 6, 93) },
};

function report(
  files: ValidationReport["files"],
  failOn: ValidationReport["failOn"] = "error",
): ValidationReport {
  return { files, failOn, today: "2026-11-24", tool: { name: "pathwise", version: "9.9.9" } };
}

const mixed = report([
  { file: "pathways/a.pathway.yaml", kind: "pathway", diagnostics: [unknown, unused] },
  { file: "pathways/b.pathway.yaml", kind: "pathway", diagnostics: [] },
]);

describe("renderStylish", () => {
  it("lists each problem under its file with position, severity, message and code", () => {
    const out = renderStylish(mixed, { color: false });
    expect(out).toBe(
      [
        "pathways/a.pathway.yaml",
        `  3:5   error    ${unknown.message}  unknown-reference`,
        `  10:3  warning  ${unused.message}  unused`,
        "",
        "✖ 2 problems (1 error, 1 warning) in 1 of 2 files.",
        "",
      ].join("\n"),
    );
  });

  it("colours only when asked", () => {
    expect(renderStylish(mixed, { color: false })).not.toContain("\u001b[");
    expect(renderStylish(mixed, { color: true })).toContain("\u001b[31merror");
  });

  it("says when warnings alone do not fail, and when --fail-on warning makes them", () => {
    const warnings = [{ file: "a.pathway.yaml", kind: "pathway" as const, diagnostics: [unused] }];
    expect(renderStylish(report(warnings), { color: false })).toContain("--fail-on warning");
    expect(renderStylish(report(warnings, "warning"), { color: false })).toContain(
      "Failed because of --fail-on warning.",
    );
  });

  it("reports a clean run in one line", () => {
    expect(renderStylish(report(mixed.files.slice(1)), { color: false })).toBe(
      "✔ 1 file checked, no problems.\n",
    );
  });
});

describe("renderJson", () => {
  it("keeps the library's diagnostics unchanged and counts them", () => {
    const out = JSON.parse(renderJson(mixed));
    expect(out.files[0].diagnostics).toEqual([unknown, unused]);
    expect(out.files[0]).toMatchObject({ ok: false, errors: 1, warnings: 1, infos: 0 });
    expect(out.files[1]).toMatchObject({ ok: true, errors: 0, diagnostics: [] });
    expect(out.summary).toEqual({
      files: 2,
      filesWithProblems: 1,
      errors: 1,
      warnings: 1,
      infos: 0,
      failed: true,
    });
  });
});

describe("renderGithub", () => {
  it("writes one workflow command per diagnostic with file, range and code", () => {
    expect(renderGithub(mixed).split("\n")).toEqual([
      `::error file=pathways/a.pathway.yaml,line=3,col=5,endLine=3,endColumn=6,title=unknown-reference::${unknown.message}`,
      `::warning file=pathways/a.pathway.yaml,line=10,col=3,endLine=10,endColumn=6,title=unused::${unused.message}`,
      "",
    ]);
  });

  it("escapes messages and properties so that no value can end a command early", () => {
    expect(escapeData("50% done\r\nnext")).toBe("50%25 done%0D%0Anext");
    expect(escapeProperty("a,b:c%")).toBe("a%2Cb%3Ac%25");
    const odd = report([
      {
        file: "we,ird:name.pathway.yaml",
        kind: "pathway",
        diagnostics: [{ ...unknown, message: "line one\nline two :: 100%" }],
      },
    ]);
    const line = renderGithub(odd).trimEnd();
    expect(line).not.toContain("\n");
    expect(line).toContain("file=we%2Cird%3Aname.pathway.yaml,");
    expect(line.endsWith("::line one%0Aline two :: 100%25")).toBe(true);
  });

  it("omits the position of a diagnostic without a range and uses notice for info", () => {
    const info: Diagnostic = { ...unused, severity: "info", range: undefined } as Diagnostic;
    const { range: _, ...noRange } = info;
    const out = renderGithub(report([{ file: "a.yaml", kind: "pathway", diagnostics: [noRange] }]));
    expect(out).toBe(`::notice file=a.yaml,title=unused::${unused.message}\n`);
  });
});

describe("renderSarif", () => {
  const log = JSON.parse(renderSarif(mixed));
  const run = log.runs[0];

  it("describes every diagnostic code as a rule with help and a docs link", () => {
    expect(log.version).toBe("2.1.0");
    expect(run.tool.driver.rules.map((r: { id: string }) => r.id)).toEqual(allDiagnosticCodes);
    const rule = run.tool.driver.rules.find((r: { id: string }) => r.id === "unused");
    expect(rule.help.text).toMatch(/\S/);
    expect(rule.helpUri).toMatch(/diagnostics\.md#unused$/);
    expect(rule.defaultConfiguration.level).toBe("warning");
  });

  it("places each result at its region and rule", () => {
    expect(run.results).toHaveLength(2);
    const [first] = run.results;
    expect(first.ruleId).toBe("unknown-reference");
    expect(run.tool.driver.rules[first.ruleIndex].id).toBe("unknown-reference");
    expect(first.level).toBe("error");
    expect(first.locations[0].physicalLocation).toEqual({
      artifactLocation: { uri: "pathways/a.pathway.yaml", uriBaseId: "%SRCROOT%", index: 0 },
      region: {
        startLine: 3,
        startColumn: 5,
        endLine: 3,
        endColumn: 6,
        charOffset: 20,
        charLength: 1,
      },
    });
    expect(first.locations[0].logicalLocations[0].fullyQualifiedName).toBe(
      "roles.lead.requires.credential",
    );
  });
});

describe("renderJunit", () => {
  it("is well-formed XML with one test case per file, failing files marked", () => {
    const xml = renderJunit(mixed);
    expect(XMLValidator.validate(xml)).toBe(true);
    const doc = new XMLParser({ ignoreAttributes: false }).parse(xml);
    const cases = doc.testsuites.testsuite.testcase;
    expect(cases).toHaveLength(2);
    expect(cases[0]["@_name"]).toBe("pathways/a.pathway.yaml");
    expect(cases[0].failure["#text"]).toContain("3:5 error unknown-reference");
    expect(cases[1].failure).toBeUndefined();
    expect(doc.testsuites["@_failures"]).toBe("1");
  });

  it("escapes markup and drops characters XML cannot hold", () => {
    const nasty = report([
      {
        file: 'a&b<"c">.pathway.yaml',
        kind: "pathway",
        diagnostics: [{ ...unknown, message: "found `\u0000\u0007]]></failure>` \ud800 here" }],
      },
    ]);
    const xml = renderJunit(nasty);
    expect(XMLValidator.validate(xml)).toBe(true);
    const doc = new XMLParser({ ignoreAttributes: false }).parse(xml);
    expect(doc.testsuites.testsuite.testcase["@_name"]).toBe('a&b<"c">.pathway.yaml');
    expect(doc.testsuites.testsuite.testcase.failure["#text"]).toContain(
      "found `\ufffd\ufffd]]></failure>` \ufffd here",
    );
  });

  it("keeps warnings below the fail level as output, not failures", () => {
    const xml = renderJunit(
      report([{ file: "a.pathway.yaml", kind: "pathway", diagnostics: [unused] }]),
    );
    expect(xml).toContain("<system-out>");
    expect(xml).not.toContain("<failure");
  });
});
