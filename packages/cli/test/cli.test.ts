import {
  existsSync,
  mkdirSync,
  readdirSync,
  readFileSync,
  symlinkSync,
  writeFileSync,
} from "node:fs";
import { join } from "node:path";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { renderCommandHelp } from "../src/help.js";
import { extensionId } from "../src/init/templates.js";
import { commands, version } from "../src/run.js";
import { run, tempDir } from "./test-io.js";

const valid = readFileSync(
  new URL("../../core/test/fixtures/valid/input.yaml", import.meta.url),
  "utf8",
);

let temp: ReturnType<typeof tempDir>;
beforeEach(() => {
  temp = tempDir();
});
afterEach(() => temp.remove());

function write(path: string, text: string): string {
  const full = join(temp.dir, path);
  mkdirSync(join(full, ".."), { recursive: true });
  writeFileSync(full, text);
  return full;
}

describe("arguments", () => {
  it("suggests the closest command for a typo, with exit code 2", async () => {
    const r = await run(["valdiate"], { cwd: temp.dir });
    expect(r).toMatchObject({ code: 2, stdout: "" });
    expect(r.stderr).toBe("pathwise: Unknown command `valdiate`; did you mean `validate`?\n");
  });

  it("lists the commands when nothing is close", async () => {
    const r = await run(["frobnicate"], { cwd: temp.dir });
    expect(r.code).toBe(2);
    expect(r.stderr).toContain(`the commands are ${commands.map((c) => c.spec.name).join(", ")}.`);
    expect(r.stderr).toContain(
      "validate, next, plan, explain, test, migrate, graph, describe, schema, init",
    );
  });

  it("suggests the closest option for a typo and points to the help", async () => {
    const r = await run(["validate", "--formt", "json"], { cwd: temp.dir });
    expect(r.code).toBe(2);
    expect(r.stderr).toBe(
      "pathwise: Unknown option `--formt` for `pathwise validate`; did you mean `--format`?\nRun `pathwise validate --help` for usage.\n",
    );
  });

  it("refuses a missing option value, a bad choice, a bad date and a repeated single option", async () => {
    const cases: [string[], RegExp][] = [
      [["validate", "--format"], /Option `--format` needs a value/],
      [
        ["validate", "--fail-on", "warnings"],
        /expects `error`, `warning`, found `warnings`; did you mean `warning`\?/,
      ],
      [["validate", "--today", "2026-02-30"], /expects a date as YYYY-MM-DD, found `2026-02-30`/],
      [["validate", "--today", "2026-01-01", "--today", "2026-01-02"], /given more than once/],
      [["validate", "--format", "sarf"], /Unknown format `sarf`; did you mean `sarif`\?/],
      [
        ["validate", "--format", "json", "--format", "junit"],
        /Only one format can go to standard output, found json and junit/,
      ],
      [
        ["validate", "-f", "json=out.json", "-f", "sarif=out.json"],
        /Two formats would write the same file `out.json`/,
      ],
      [["validate", "--format", "json="], /needs a file name/],
      [["validate", "--max-depth", "0"], /whole number above 0/],
      [["validate", "--help=yes"], /takes no value/],
      [["graph", "--format", "png"], /expects `mermaid`, `dot`/],
      [["graph"], /needs `--pathway <file>`/],
      [["schema", "profle"], /did you mean `profile`\?/],
    ];
    for (const [argv, message] of cases) {
      const r = await run(argv, { cwd: temp.dir });
      expect(r.code, argv.join(" ")).toBe(2);
      expect(r.stderr, argv.join(" ")).toMatch(message);
      expect(r.stderr).not.toMatch(/\n\s+at /);
    }
  });

  it("prints the version and the help of every command, with examples", async () => {
    expect(await run(["--version"], { cwd: temp.dir })).toEqual({
      code: 0,
      stdout: `${version}\n`,
      stderr: "",
    });
    const main = await run(["--help"], { cwd: temp.dir });
    for (const c of commands) {
      expect(main.stdout).toContain(`  ${c.spec.name}`);
      const help = await run([c.spec.name, "--help"], { cwd: temp.dir });
      expect(help).toEqual({ code: 0, stdout: renderCommandHelp(c.spec), stderr: "" });
      expect(help.stdout).toContain(`Usage: pathwise ${c.spec.name}`);
      expect(help.stdout).toMatch(/Examples:\n {2}pathwise /);
      expect((await run(["help", c.spec.name], { cwd: temp.dir })).stdout).toBe(help.stdout);
    }
  });

  it("shows the overview on standard error and exits 2 without a command", async () => {
    const r = await run([], { cwd: temp.dir });
    expect(r.code).toBe(2);
    expect(r.stderr).toContain("Usage: pathwise <command>");
  });
});

describe("validate", () => {
  it("validates pathways/ by default and exits 0 when clean", async () => {
    write("pathways/demo.pathway.yaml", valid);
    const r = await run(["validate"], { cwd: temp.dir });
    expect(r).toEqual({ code: 0, stdout: "✔ 1 file checked, no problems.\n", stderr: "" });
  });

  it("exits 1 on errors, and on warnings only with --fail-on warning", async () => {
    write("pathways/bad.pathway.yaml", valid.replace("[clinic]\n  senior", "[clinc]\n  senior"));
    expect((await run(["validate"], { cwd: temp.dir })).code).toBe(1);
    temp.remove();
    temp = tempDir();
    write("pathways/old.pathway.yaml", valid);
    expect((await run(["validate", "--today", "2030-01-01"], { cwd: temp.dir })).code).toBe(0);
    const strict = await run(["validate", "--today", "2030-01-01", "--fail-on", "warning"], {
      cwd: temp.dir,
    });
    expect(strict.code).toBe(1);
    expect(strict.stdout).toContain("stale-review");
  });

  it("uses the injected date for staleness unless --today is given", async () => {
    write("pathways/demo.pathway.yaml", valid);
    const stale = await run(["validate", "--format", "json"], {
      cwd: temp.dir,
      today: "2031-01-01",
    });
    expect(JSON.parse(stale.stdout).today).toBe("2031-01-01");
    expect(stale.stdout).toContain("stale-review");
  });

  it("names a path that does not exist, and a folder or glob without pathway files", async () => {
    mkdirSync(join(temp.dir, "empty"));
    const missing = await run(["validate", "nope.pathway.yaml"], { cwd: temp.dir });
    expect(missing.code).toBe(2);
    expect(missing.stderr).toContain("`nope.pathway.yaml` does not exist.");
    const empty = await run(["validate", "empty"], { cwd: temp.dir });
    expect(empty.code).toBe(2);
    expect(empty.stderr).toContain("No pathway files (*.pathway.yaml, *.profile.yaml) in `empty`.");
    const glob = await run(["validate", "content/**/*.pathway.yaml"], { cwd: temp.dir });
    expect(glob.code).toBe(2);
    expect(glob.stderr).toContain("No files match `content/**/*.pathway.yaml`.");
    const none = await run(["validate"], { cwd: temp.dir });
    expect(none.code).toBe(2);
    expect(none.stderr).toContain("there is no `pathways/` folder here");
  });

  it("reports an unreadable file, validates the rest, and exits 2", async () => {
    write("pathways/a.pathway.yaml", valid);
    const locked = write("pathways/b.pathway.yaml", valid);
    const r = await run(["validate", "--format", "json"], {
      cwd: temp.dir,
      fs: {
        readFile: async (path) => {
          if (path === locked) throw Object.assign(new Error("EACCES"), { code: "EACCES" });
          return new Uint8Array(readFileSync(path));
        },
      },
    });
    expect(r.code).toBe(2);
    expect(r.stderr).toBe("pathwise: Cannot read `pathways/b.pathway.yaml`: permission denied.\n");
    expect(JSON.parse(r.stdout).files.map((f: { file: string }) => f.file)).toEqual([
      "pathways/a.pathway.yaml",
    ]);
  });

  it("validates each file once through a symlink loop", async () => {
    write("pathways/deep/demo.pathway.yaml", valid);
    symlinkSync("..", join(temp.dir, "pathways/deep/loop"));
    const r = await run(["validate", "--format", "json"], { cwd: temp.dir });
    expect(r.code).toBe(0);
    expect(JSON.parse(r.stdout).files.map((f: { file: string }) => f.file)).toEqual([
      "pathways/deep/demo.pathway.yaml",
    ]);
  });

  it("refuses an output file in a missing folder before doing anything", async () => {
    write("pathways/demo.pathway.yaml", valid);
    const r = await run(
      ["validate", "--format", "json=out.json", "--format", "sarif=missing/out.sarif"],
      { cwd: temp.dir },
    );
    expect(r.code).toBe(2);
    expect(r.stderr).toContain(
      "Cannot write `missing/out.sarif`: the folder `missing` does not exist.",
    );
    expect(readdirSync(temp.dir)).toEqual(["pathways"]);
  });

  it("writes each format to its own file atomically, leaving no temporary files", async () => {
    write("pathways/demo.pathway.yaml", valid);
    mkdirSync(join(temp.dir, "reports"));
    writeFileSync(join(temp.dir, "reports/report.json"), "old");
    const r = await run(
      [
        "validate",
        "-f",
        "stylish",
        "-f",
        "json=reports/report.json",
        "-f",
        "junit=reports/junit.xml",
      ],
      { cwd: temp.dir },
    );
    expect(r.code).toBe(0);
    expect(r.stdout).toContain("no problems");
    expect(readdirSync(join(temp.dir, "reports")).sort()).toEqual(["junit.xml", "report.json"]);
    expect(
      JSON.parse(readFileSync(join(temp.dir, "reports/report.json"), "utf8")).summary.files,
    ).toBe(1);
  });

  it("shows progress on a terminal's standard error for many files, and colour unless NO_COLOR", async () => {
    for (let i = 0; i < 20; i++)
      write(`pathways/p${i}.pathway.yaml`, valid.replace("id: demo", `id: demo${i}`));
    const tty = await run(["validate"], { cwd: temp.dir, tty: true });
    expect(tty.stderr).toContain("Validating 20/20");
    expect(tty.stdout).toContain("\u001b[");
    const noColor = await run(["validate"], { cwd: temp.dir, tty: true, env: { NO_COLOR: "1" } });
    expect(noColor.stdout).not.toContain("\u001b[");
    const piped = await run(["validate"], { cwd: temp.dir });
    expect(piped.stderr).toBe("");
    expect(piped.stdout).not.toContain("\u001b[");
  });
});

describe("init", () => {
  it("scaffolds a repo that validates, and refuses to overwrite without --force", async () => {
    const first = await run(["init", "repo"], { cwd: temp.dir });
    expect(first.code).toBe(0);
    const repo = join(temp.dir, "repo");
    for (const f of [
      "pathways/example.pathway.yaml",
      "README.md",
      ".vscode/settings.json",
      ".vscode/extensions.json",
      ".github/workflows/pathwise.yml",
    ]) {
      expect(existsSync(join(repo, f)), f).toBe(true);
    }
    expect((await run(["validate", "--fail-on", "warning"], { cwd: repo })).code).toBe(0);
    writeFileSync(join(repo, "README.md"), "mine");
    const again = await run(["init", "repo"], { cwd: temp.dir });
    expect(again.code).toBe(2);
    expect(again.stderr).toContain("Not overwriting `repo/pathways/example.pathway.yaml`");
    expect(readFileSync(join(repo, "README.md"), "utf8")).toBe("mine");
    expect((await run(["init", "repo", "--force"], { cwd: temp.dir })).code).toBe(0);
    expect(readFileSync(join(repo, "README.md"), "utf8")).not.toBe("mine");
  });

  it("recommends the extension that packages/vscode publishes", () => {
    const pkg = JSON.parse(
      readFileSync(new URL("../../vscode/package.json", import.meta.url), "utf8"),
    );
    expect(extensionId).toBe(`${pkg.publisher}.${pkg.name}`);
  });
});
