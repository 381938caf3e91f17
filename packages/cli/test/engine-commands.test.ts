import { mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { run, tempDir } from "./test-io.js";

const root = new URL("../../../", import.meta.url).pathname;
const flagship = join(root, "pathways/pharmacy-technician.pathway.yaml");
const newTech = join(root, "pathways/profiles/new-technician.profile.yaml");
const engine = ["-p", flagship, "-P", newTech];

let temp: ReturnType<typeof tempDir>;
beforeEach(() => {
  temp = tempDir();
});
afterEach(() => temp.remove());

describe("next, plan, explain", () => {
  it("recommend next steps as text and as JSON", async () => {
    const text = await run(["next", ...engine], { cwd: temp.dir });
    expect(text.code).toBe(0);
    expect(text.stdout).toMatch(/^Next steps on 2026-11-24:\n {2}1\. /);
    const json = await run(["next", ...engine, "--limit", "3", "--json"], { cwd: temp.dir });
    expect(JSON.parse(json.stdout).steps).toHaveLength(3);
  });

  it("plan to the profile's first goal, or to --goal", async () => {
    const first = await run(["plan", ...engine, "--json"], { cwd: temp.dir });
    expect(JSON.parse(first.stdout).goal).toEqual({ role: "lead-technician" });
    const other = await run(["plan", ...engine, "--goal", "credential:ptcb-cspt"], {
      cwd: temp.dir,
    });
    expect(other.code).toBe(0);
    expect(other.stdout).toMatch(/Certified Compounded Sterile Preparation Technician/);
  });

  it("explain a step, role or credential", async () => {
    const r = await run(["explain", ...engine, "role:lead-technician"], { cwd: temp.dir });
    expect(r.code).toBe(0);
    expect(r.stdout).toContain("Lead pharmacy technician (role lead-technician): blocked");
    expect(r.stdout).toContain("✗");
  });

  it("turn bad calls into one line and exit 2", async () => {
    const cases: [string[], RegExp][] = [
      [["next", "-p", flagship], /needs `--profile <file>`\./],
      [["plan"], /needs `--pathway <file>` and `--profile <file>`/],
      [["plan", ...engine, "-g", "role:lead-technican"], /Did you mean `role:lead-technician`\?/],
      [["plan", ...engine, "-g", "boss"], /Expected a goal as role:ID/],
      [["explain", ...engine], /needs the id of a step, role or credential/],
      [["explain", ...engine, "earn-ptcb-cpth"], /did you mean `earn-ptcb-cpht`\?/],
      [["next", ...engine, "--limit", "many"], /whole number above 0/],
      [
        ["next", "-p", flagship, "-P", "missing.profile.yaml"],
        /`missing.profile.yaml`: does not exist/,
      ],
    ];
    for (const [argv, message] of cases) {
      const r = await run(argv, { cwd: temp.dir });
      expect(r.code, argv.join(" ")).toBe(2);
      expect(r.stderr, argv.join(" ")).toMatch(message);
    }
  });

  it("exit 1 with the diagnostics when the profile does not fit the pathway", async () => {
    const profile = join(temp.dir, "other.profile.yaml");
    writeFileSync(profile, "pathwise: 1\npathway: data-analyst\nrole: pharmacy-technician\n");
    const r = await run(["next", "-p", flagship, "-P", profile], { cwd: temp.dir });
    expect(r.code).toBe(1);
    expect(r.stdout).toBe("");
    expect(r.stderr).toContain("profile-mismatch");
  });

  it("refuse a plan without a goal", async () => {
    const profile = join(temp.dir, "p.profile.yaml");
    writeFileSync(profile, "pathwise: 1\npathway: pharmacy-technician\nrole: trainee\n");
    const r = await run(["plan", "-p", flagship, "-P", profile], { cwd: temp.dir });
    expect(r.code).toBe(2);
    expect(r.stderr).toContain("The profile has no goals");
  });
});

describe("test", () => {
  function repo(expectNext: string): void {
    mkdirSync(join(temp.dir, "pathways"));
    writeFileSync(
      join(temp.dir, "pathways/pharmacy-technician.pathway.yaml"),
      readFileSync(flagship),
    );
    const profile = readFileSync(newTech, "utf8").replace(/\nexpect:[\s\S]*$/, "\n");
    writeFileSync(
      join(temp.dir, "pathways/me.profile.yaml"),
      `${profile}expect:\n  next: [${expectNext}]\n`,
    );
  }

  it("passes when the engine answers as expected", async () => {
    repo("earn-ptcb-cpht");
    const r = await run(["test"], { cwd: temp.dir });
    expect(r.stdout).toContain("✓ pathways/me.profile.yaml: 1 expectation met");
    expect(r.code).toBe(0);
  });

  it("fails with a readable diff otherwise", async () => {
    repo("join-aapt");
    const r = await run(["test"], { cwd: temp.dir });
    expect(r.code).toBe(1);
    expect(r.stdout).toContain("✗ pathways/me.profile.yaml: 1 of 1 expectations failed");
    expect(r.stdout).toContain("      - expected: join-aapt\n      + actual:   earn-ptcb-cpht");
    expect(r.stdout).toContain("1 profile: 0 passed, 1 failed.");
    const json = await run(["test", "--json"], { cwd: temp.dir });
    expect(JSON.parse(json.stdout).profiles[0].report.failures[0].expectation).toBe("next");
  });

  it("exits 2 when no profile has expectations", async () => {
    mkdirSync(join(temp.dir, "pathways"));
    writeFileSync(join(temp.dir, "pathways/p.pathway.yaml"), readFileSync(flagship));
    const r = await run(["test"], { cwd: temp.dir });
    expect(r.code).toBe(2);
    expect(r.stderr).toContain("No profile with expectations (`expect:`) in `pathways`.");
  });
});
