// Runs the content repository's CI workflow and pre-commit hook locally, with the built CLI in
// place of the pinned `npx @pathwise/cli@VERSION`, on a copy of the repository: the clean
// content passes, and a broken reference fails with a GitHub annotation and a SARIF result on
// its line.
import { spawnSync } from "node:child_process";
import { cpSync, existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { afterAll, describe, expect, it } from "vitest";
import { parse } from "yaml";

const here = (path: string) => fileURLToPath(new URL(path, import.meta.url));
const repo = here("../");
const cli = here("../../../packages/cli/dist/cli.js");
const cliVersion = (
  JSON.parse(readFileSync(here("../../../packages/cli/package.json"), "utf8")) as {
    version: string;
  }
).version;
const pinned = `npx --yes @pathwise/cli@${cliVersion}`;
const pathwayFile = "pathways/patient-services.pathway.yaml";
const work = mkdtempSync(join(tmpdir(), "pathwise-content-ci-"));
afterAll(() => rmSync(work, { recursive: true, force: true }));

interface Step {
  name?: string;
  run?: string;
  uses?: string;
  if?: string;
  with?: Record<string, string>;
}
const workflow = parse(readFileSync(join(repo, ".github/workflows/pathwise.yml"), "utf8")) as {
  jobs: Record<string, { permissions: Record<string, string>; steps: Step[] }>;
};
const job = Object.values(workflow.jobs)[0];
const steps = job?.steps ?? [];
const runSteps = steps.filter((s) => s.run?.startsWith(pinned));

/** A fresh copy of the content repository to run in (the workflow writes files). */
function copyRepo(name: string): string {
  const dir = join(work, name);
  cpSync(repo, dir, {
    recursive: true,
    filter: (src) => !/[\\/](node_modules|test)$/.test(src),
  });
  return dir;
}

/** Runs a shell command as the workflow would, with the built CLI for the pinned one. */
function runStep(command: string, cwd: string) {
  if (!existsSync(cli)) throw new Error("packages/cli/dist/cli.js is missing: run `pnpm build`");
  const args = command.slice(pinned.length).trim().split(/\s+/);
  const run = spawnSync(process.execPath, [cli, ...args], {
    cwd,
    encoding: "utf8",
    env: { PATH: process.env.PATH ?? "" },
  });
  return { code: run.status, stdout: run.stdout, stderr: run.stderr };
}

/** Replaces the first occurrence of `from` in a file; returns the 1-based line it is on. */
function breakFile(dir: string, file: string, from: string, to: string): number {
  const text = readFileSync(join(dir, file), "utf8");
  const at = text.indexOf(from);
  if (at === -1) throw new Error(`${from} is not in ${file}`);
  writeFileSync(join(dir, file), text.slice(0, at) + to + text.slice(at + from.length));
  return text.slice(0, at).split("\n").length;
}

describe("the content repository's workflow", () => {
  it("pins the CLI version of this repository and uploads the SARIF file it writes", () => {
    expect(runSteps.map((s) => s.run)).toEqual([
      `${pinned} validate --format github --format sarif=pathwise.sarif`,
      `${pinned} test`,
    ]);
    const upload = steps.find((s) => s.uses?.startsWith("github/codeql-action/upload-sarif@"));
    expect(upload?.with?.sarif_file).toBe("pathwise.sarif");
    expect(upload?.if).toContain("hashFiles('pathwise.sarif')");
    expect(job?.permissions["security-events"]).toBe("write");
  });

  it("passes on the content as committed: no annotations, an empty SARIF run, expectations met", () => {
    const dir = copyRepo("clean");
    const [validate, test] = runSteps.map((s) => runStep(s.run ?? "", dir));
    expect(validate?.code).toBe(0);
    expect(validate?.stdout).not.toMatch(/^::error/m);
    const sarif = JSON.parse(readFileSync(join(dir, "pathwise.sarif"), "utf8"));
    expect(sarif.version).toBe("2.1.0");
    expect(sarif.runs[0].results.filter((r: { level: string }) => r.level === "error")).toEqual([]);
    expect(test?.code).toBe(0);
    expect(test?.stdout).toContain("2 profiles: 2 passed, 0 failed.");
  });

  it("fails on a broken reference, annotating its line for GitHub and in SARIF", () => {
    const dir = copyRepo("broken");
    const line = breakFile(
      dir,
      pathwayFile,
      "{ credential: patient-access-cert }",
      "{ credential: patient-acess-cert }",
    );
    const validate = runStep(runSteps[0]?.run ?? "", dir);
    expect(validate.code).toBe(1);
    const annotation = validate.stdout.split("\n").find((l) => l.startsWith("::error"));
    expect(annotation).toMatch(
      new RegExp(
        `^::error file=${pathwayFile},line=${line},col=\\d+,endLine=${line},endColumn=\\d+,title=unknown-reference::.*patient-access-cert`,
      ),
    );
    const sarif = JSON.parse(readFileSync(join(dir, "pathwise.sarif"), "utf8"));
    const result = sarif.runs[0].results.find(
      (r: { ruleId: string }) => r.ruleId === "unknown-reference",
    );
    expect(result.level).toBe("error");
    expect(result.locations[0].physicalLocation.region.startLine).toBe(line);
  });

  it("fails when the engine's answer no longer matches a profile's expectations", () => {
    const dir = copyRepo("expectations");
    breakFile(
      dir,
      "pathways/profiles/new-associate.profile.yaml",
      "next: [complete-patient-access-course]",
      "next: [earn-patient-access-cert]",
    );
    const test = runStep(runSteps[1]?.run ?? "", dir);
    expect(test.code).toBe(1);
    expect(test.stdout).toContain("- expected: earn-patient-access-cert");
    expect(test.stdout).toContain("+ actual:   complete-patient-access-course");
  });
});

describe("the pre-commit hook", () => {
  const dir = copyRepo("hooked");
  const env = {
    PATH: process.env.PATH ?? "",
    HOME: work,
    GIT_CONFIG_NOSYSTEM: "1",
    GIT_AUTHOR_NAME: "Content Editor",
    GIT_AUTHOR_EMAIL: "editor@example.org",
    GIT_COMMITTER_NAME: "Content Editor",
    GIT_COMMITTER_EMAIL: "editor@example.org",
    PATHWISE: `${process.execPath} ${cli}`,
  };
  const git = (...args: string[]) => {
    const run = spawnSync("git", args, { cwd: dir, encoding: "utf8", env });
    return { code: run.status, out: run.stdout + run.stderr };
  };
  const commits = () => Number(git("rev-list", "--count", "HEAD").out.trim());

  it("lets clean content through", () => {
    expect(git("init", "-q", "-b", "main").code).toBe(0);
    expect(git("config", "core.hooksPath", "hooks").code).toBe(0);
    expect(git("add", ".").code).toBe(0);
    const commit = git("commit", "-q", "-m", "Add the content");
    expect(commit).toMatchObject({ code: 0 });
    expect(commits()).toBe(1);
  });

  it("stops a commit whose staged pathway is broken, even when the working tree is fixed", () => {
    const good = readFileSync(join(dir, pathwayFile), "utf8");
    const line = breakFile(
      dir,
      pathwayFile,
      "{ role: patient-services-specialist }",
      "{ role: patient-services-specialst }",
    );
    git("add", pathwayFile);
    writeFileSync(join(dir, pathwayFile), good); // fixed, but the fix is not staged
    const commit = git("commit", "-q", "-m", "Break a reference");
    expect(commit.code).toBe(1);
    expect(commit.out).toContain(`${pathwayFile}\n  ${line}:`);
    expect(commit.out).toContain("did you mean `patient-services-specialist`");
    expect(commit.out).toContain("pre-commit: Pathwise found problems in the staged files");
    expect(commits()).toBe(1);
  });

  it("does not run for commits without pathway or profile files", () => {
    git("reset", "-q", pathwayFile);
    writeFileSync(join(dir, "NOTES.md"), "Notes\n");
    git("add", "NOTES.md");
    expect(git("commit", "-q", "-m", "Add notes").code).toBe(0);
    expect(commits()).toBe(2);
  });
});
