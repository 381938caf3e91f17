// End to end: the built binary, every command and format, as CI and people run it.
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import Ajv from "ajv-draft-04";
import addFormats from "ajv-formats";
import { XMLParser, XMLValidator } from "fast-xml-parser";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { pathwise, root } from "./pathwise.js";

const flagship = "pathways/pharmacy-technician.pathway.yaml";
const fixture = (name: string) => `packages/core/test/fixtures/${name}/input.yaml`;
const mixed = [fixture("unknown-reference"), fixture("unused"), fixture("valid")];
const today = ["--today", "2026-11-24"];

let work: string;
beforeAll(() => {
  work = mkdtempSync(join(tmpdir(), "pathwise-e2e-"));
});
afterAll(() => rmSync(work, { recursive: true, force: true }));

/** The SARIF 2.1.0 schema, vendored from the npm package @microsoft/jest-sarif (MIT). */
const sarifSchema = JSON.parse(
  readFileSync(new URL("./fixtures/sarif-2.1.0-rtm.5.schema.json", import.meta.url), "utf8"),
);

const annotation =
  /^::(error|warning|notice) file=[^,:\n]+(,line=\d+,col=\d+,endLine=\d+,endColumn=\d+)?,title=[a-z-]+::[^\n\r]+$/;

describe("pathwise validate", () => {
  it("passes the flagship pathway, exit 0", () => {
    const r = pathwise(["validate", flagship, ...today]);
    expect(r).toEqual({ code: 0, stdout: "✔ 1 file checked, no problems.\n", stderr: "" });
  });

  it("validates pathways/ (with its profiles) when given no paths", () => {
    const r = pathwise(["validate", "--format", "json", ...today]);
    expect(r.code).toBe(0);
    const files = JSON.parse(r.stdout).files.map((f: { file: string }) => f.file);
    expect(files).toContain(flagship);
  });

  it("stylish: problems by file, exit 1 on errors", () => {
    const r = pathwise(["validate", ...mixed, ...today]);
    expect(r.code).toBe(1);
    expect(r.stderr).toBe("");
    expect(r.stdout).toContain(
      `${fixture("unknown-reference")}\n  20:16  error    Expected a setting`,
    );
    expect(r.stdout).toMatch(/✖ 6 problems \(3 errors, 3 warnings\) in 2 of 3 files\.\n$/);
    expect(r.stdout).not.toContain("\u001b[");
  });

  it("colours only when forced or on a terminal, and never with NO_COLOR", () => {
    expect(
      pathwise(["validate", ...mixed, ...today], { env: { FORCE_COLOR: "1" } }).stdout,
    ).toContain("\u001b[");
    expect(
      pathwise(["validate", ...mixed, ...today], { env: { FORCE_COLOR: "1", NO_COLOR: "1" } })
        .stdout,
    ).not.toContain("\u001b[");
  });

  it("json: parses, with 1-based positions, codes and summary counts", () => {
    const r = pathwise(["validate", ...mixed, ...today, "--format", "json"]);
    expect(r.code).toBe(1);
    const out = JSON.parse(r.stdout);
    expect(out.summary).toEqual({
      files: 3,
      filesWithProblems: 2,
      errors: 3,
      warnings: 3,
      infos: 0,
      failed: true,
    });
    const first = out.files[0].diagnostics[0];
    expect(first).toMatchObject({
      code: "unknown-reference",
      severity: "error",
      path: ["roles", "assistant", "settings", 0],
      range: { start: { line: 20, column: 16 } },
      suggestions: ["clinic"],
    });
  });

  it("github: every line is a workflow command GitHub understands", () => {
    const r = pathwise(["validate", ...mixed, ...today, "--format", "github"]);
    expect(r.code).toBe(1);
    const lines = r.stdout.trimEnd().split("\n");
    expect(lines).toHaveLength(6);
    for (const line of lines) expect(line).toMatch(annotation);
    expect(lines[0]).toBe(
      "::error file=packages/core/test/fixtures/unknown-reference/input.yaml,line=20,col=16,endLine=20,endColumn=21,title=unknown-reference::Expected a setting defined under `settings`, found `clinc`; did you mean `clinic`?",
    );
  });

  it("sarif: valid against the SARIF 2.1.0 schema, with rule help", () => {
    const r = pathwise(["validate", ...mixed, ...today, "--format", "sarif"]);
    expect(r.code).toBe(1);
    const log = JSON.parse(r.stdout);
    // The schema's language-tag pattern has a stray `]` that only non-Unicode regular expressions accept.
    const ajv = new Ajv({ allErrors: true, strict: false, unicodeRegExp: false });
    addFormats(ajv);
    const validate = ajv.compile(sarifSchema);
    expect(validate(log), JSON.stringify(validate.errors, null, 2)).toBe(true);
    expect(log.runs[0].results).toHaveLength(6);
    for (const rule of log.runs[0].tool.driver.rules) {
      expect(rule.help.text.length).toBeGreaterThan(0);
      expect(rule.helpUri).toMatch(/^https:\/\/.+#[a-z-]+$/);
    }
  });

  it("junit: well-formed XML with one test case per file", () => {
    const r = pathwise(["validate", ...mixed, ...today, "--format", "junit"]);
    expect(r.code).toBe(1);
    expect(XMLValidator.validate(r.stdout)).toBe(true);
    const doc = new XMLParser({ ignoreAttributes: false }).parse(r.stdout);
    const cases = doc.testsuites.testsuite.testcase;
    expect(cases.map((c: Record<string, string>) => c["@_name"])).toEqual(mixed);
    expect(doc.testsuites["@_failures"]).toBe("1");
  });

  it("writes several formats at once, each to its file", () => {
    const dir = join(work, "reports");
    mkdirSync(dir);
    const r = pathwise(
      [
        "validate",
        ...mixed,
        ...today,
        "-f",
        "github",
        "-f",
        "sarif=reports/out.sarif",
        "-f",
        "junit=reports/junit.xml",
        "-f",
        "json=reports/out.json",
      ],
      { cwd: root },
    );
    // Output paths are relative to the working folder; this run's is the repository root.
    expect(r.code).toBe(2);
    expect(r.stderr).toContain("the folder `reports` does not exist");
    const ok = pathwise(
      [
        "validate",
        ...mixed.map((f) => join(root, f)),
        ...today,
        "-f",
        "github",
        "-f",
        "sarif=reports/out.sarif",
        "-f",
        "junit=reports/junit.xml",
        "-f",
        "json=reports/out.json",
      ],
      { cwd: work },
    );
    expect(ok.code).toBe(1);
    expect(ok.stdout.trimEnd().split("\n")).toHaveLength(6);
    expect(readdirSync(dir).sort()).toEqual(["junit.xml", "out.json", "out.sarif"]);
    expect(JSON.parse(readFileSync(join(dir, "out.json"), "utf8")).summary.errors).toBe(3);
  });

  it("fails on warnings only with --fail-on warning", () => {
    const args = ["validate", fixture("unused"), ...today];
    expect(pathwise(args).code).toBe(0);
    expect(pathwise([...args, "--fail-on", "warning"]).code).toBe(1);
  });

  it("exits 2 with one clear line for bad paths and bad calls, never a stack trace", () => {
    const cases: [string[], string][] = [
      [["validate", "missing.pathway.yaml"], "pathwise: `missing.pathway.yaml` does not exist."],
      [
        ["validate", "docs"],
        "pathwise: No pathway files (*.pathway.yaml, *.profile.yaml) in `docs`.",
      ],
      [
        ["validate", "--format", "xml"],
        "pathwise: Unknown format `xml`; expected one of stylish, json, github, sarif, junit.",
      ],
      [
        ["validate", flagship, "--format", "sarif=nowhere/out.sarif"],
        "pathwise: Cannot write `nowhere/out.sarif`: the folder `nowhere` does not exist.",
      ],
      [["validat"], "pathwise: Unknown command `validat`; did you mean `validate`?"],
      [
        ["validate", "--fial-on", "warning"],
        "pathwise: Unknown option `--fial-on` for `pathwise validate`; did you mean `--fail-on`?",
      ],
    ];
    for (const [args, message] of cases) {
      const r = pathwise(args);
      expect(r.code, args.join(" ")).toBe(2);
      expect(r.stdout).toBe("");
      expect(r.stderr.split("\n")[0]).toBe(message);
      expect(r.stderr).not.toMatch(/\n\s+at /);
    }
  });
});

describe("pathwise schema", () => {
  it("prints the committed JSON Schemas", () => {
    for (const kind of ["pathway", "profile"]) {
      const r = pathwise(["schema", kind]);
      expect(r.code).toBe(0);
      const committed = readFileSync(
        join(root, `packages/core/schema/${kind}.schema.json`),
        "utf8",
      );
      expect(JSON.parse(r.stdout)).toEqual(JSON.parse(committed));
    }
    expect(pathwise(["schema"]).stdout).toBe(pathwise(["schema", "pathway"]).stdout);
  });
});

describe("pathwise graph", () => {
  const ids = (section: string) => {
    const text = readFileSync(join(root, flagship), "utf8");
    const block = text.split(`\n${section}:\n`)[1]?.split(/\n[a-z]/)[0] ?? "";
    return [...block.matchAll(/^ {2}([a-z][a-z0-9-]*):/gm)].map((m) => m[1] as string);
  };

  it("draws every role, credential and step of the flagship in Mermaid, grouped", () => {
    const r = pathwise(["graph", "--pathway", flagship]);
    expect(r.code).toBe(0);
    const lines = r.stdout.trimEnd().split("\n");
    expect(lines[0]).toBe("flowchart LR");
    expect(lines.filter((l) => /^\s*subgraph /.test(l))).toHaveLength(2 + 6);
    expect(lines.filter((l) => /^\s*subgraph /.test(l)).length).toBe(
      lines.filter((l) => l.trim() === "end").length,
    );
    for (const [kind, section] of [
      ["role", "roles"],
      ["credential", "credentials"],
      ["step", "steps"],
    ] as const) {
      for (const id of ids(section)) {
        expect(r.stdout, `${kind}:${id}`).toContain(`${kind}_${id.replaceAll("-", "_")}`);
      }
    }
    expect(r.stdout).toMatch(/ ==> credential_ptcb_cpht$/m);
  });

  it("draws the same graph in DOT", () => {
    const r = pathwise(["graph", "-p", flagship, "--format", "dot"]);
    expect(r.code).toBe(0);
    expect(r.stdout.startsWith('digraph "pharmacy-technician" {')).toBe(true);
    expect(r.stdout.match(/\{/g)?.length).toBe(r.stdout.match(/\}/g)?.length);
    for (const id of ids("steps")) expect(r.stdout).toContain(`"step:${id}" [label=`);
  });

  it("refuses an invalid pathway with its errors, exit 1", () => {
    const r = pathwise(["graph", "--pathway", fixture("unknown-reference")]);
    expect(r.code).toBe(1);
    expect(r.stdout).toBe("");
    expect(r.stderr).toContain("unknown-reference");
  });
});

describe("pathwise init", () => {
  it("scaffolds a repo on which validate and test pass at once", () => {
    const dir = join(work, "content");
    const init = pathwise(["init", dir]);
    expect(init.code).toBe(0);
    expect(init.stdout).toContain("created");
    const validate = pathwise(["validate", "--fail-on", "warning", "--format", "github"], {
      cwd: dir,
    });
    expect(validate).toEqual({ code: 0, stdout: "", stderr: "" });
    const test = pathwise(["test"], { cwd: dir });
    expect(test.code).toBe(0);
    expect(test.stdout).toContain("1 profile: 1 passed, 0 failed.");
    const workflow = readFileSync(join(dir, ".github/workflows/pathwise.yml"), "utf8");
    expect(workflow).toContain("validate --format github");
    expect(workflow).toMatch(/cli@[\d.]+ test$/m);
    const example = readFileSync(join(dir, "pathways/example.pathway.yaml"), "utf8");
    expect(example.split("\n")[0]).toMatch(/^# yaml-language-server: \$schema=https:\/\//);
    const again = pathwise(["init", dir]);
    expect(again.code).toBe(2);
    expect(again.stderr).toContain("Not overwriting");
    writeFileSync(join(dir, "README.md"), "kept");
    expect(pathwise(["init", dir]).code).toBe(2);
    expect(readFileSync(join(dir, "README.md"), "utf8")).toBe("kept");
  });
});

describe("help and version", () => {
  it("answers --version and --help for every command", () => {
    const version = JSON.parse(
      readFileSync(join(root, "packages/cli/package.json"), "utf8"),
    ).version;
    expect(pathwise(["--version"])).toEqual({ code: 0, stdout: `${version}\n`, stderr: "" });
    const main = pathwise(["--help"]);
    expect(main.code).toBe(0);
    const commandList = /Commands:\n([\s\S]*?)\n\n/.exec(main.stdout)?.[1] ?? "";
    const names = [...commandList.matchAll(/^ {2}([a-z]+) /gm)].map((m) => m[1]);
    expect(names.length).toBeGreaterThanOrEqual(4);
    for (const name of names) {
      const help = pathwise([name as string, "--help"]);
      expect(help.code).toBe(0);
      expect(help.stdout).toContain(`Usage: pathwise ${name}`);
      expect(help.stdout).toContain("Examples:");
    }
  });
});
