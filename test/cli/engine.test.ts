// End to end: the engine commands of the built binary answer exactly what the library answers.
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import {
  checkExpectations,
  explain,
  loadPathwayOrThrow,
  loadProfile,
  type Profile,
  parseGoal,
  planRoute,
  recommendSteps,
} from "@pathwise/core";
import { describe, expect, it } from "vitest";
import { pathwise, root } from "./pathwise.js";

const flagship = "pathways/pharmacy-technician.pathway.yaml";
const pathway = loadPathwayOrThrow(readFileSync(join(root, flagship)), { today: "2026-11-24" });
const profiles = readdirSync(join(root, "pathways/profiles"))
  .filter((f) => f.endsWith(".profile.yaml"))
  .sort()
  .map((f) => `pathways/profiles/${f}`);

function load(file: string): Profile {
  const result = loadProfile(readFileSync(join(root, file)), { pathway });
  if (!result.ok) throw new Error(`${file} is invalid`);
  return result.value;
}

const json = (args: string[]) => {
  const r = pathwise(args);
  expect(r.stderr).toBe("");
  expect(r.code).toBe(0);
  return JSON.parse(r.stdout);
};

describe.each(profiles)("%s", (file) => {
  const profile = load(file);
  const date = profile.date ?? "2026-11-24";
  const base = ["--pathway", flagship, "--profile", file, "--date", date, "--json"];

  it("next: the library's recommendations", () => {
    expect(json(["next", ...base, "--limit", "7"])).toEqual(
      JSON.parse(JSON.stringify(recommendSteps(pathway, profile, { date, limit: 7 }))),
    );
  });

  it("plan: the library's plan to the first goal and to another", () => {
    const goal = profile.goals?.[0];
    if (goal) {
      expect(json(["plan", ...base])).toEqual(
        JSON.parse(JSON.stringify(planRoute(pathway, profile, goal, { date }))),
      );
    }
    expect(json(["plan", ...base, "--goal", "role:supervisor"])).toEqual(
      JSON.parse(
        JSON.stringify(
          planRoute(pathway, profile, parseGoal("role:supervisor", pathway), { date }),
        ),
      ),
    );
  });

  it("explain: the library's explanation", () => {
    for (const target of ["role:lead-technician", "earn-ptcb-cpht", "credential:ptcb-cspt"]) {
      expect(json(["explain", ...base, target])).toEqual(
        JSON.parse(JSON.stringify(explain(pathway, profile, target, { date }))),
      );
    }
  });
});

describe("pathwise test", () => {
  it("runs every flagship profile's expectations, as the library does", () => {
    const out = json(["test", "--json", "--date", "2026-11-24"]);
    expect(out.ok).toBe(true);
    expect(out.profiles.map((p: { file: string }) => p.file)).toEqual(
      profiles.filter((f) => load(f).expect),
    );
    for (const p of out.profiles) {
      expect(p.report).toEqual(
        JSON.parse(
          JSON.stringify(checkExpectations(pathway, load(p.file), { date: "2026-11-24" })),
        ),
      );
    }
    const text = pathwise(["test"]);
    expect(text.code).toBe(0);
    expect(text.stdout).toMatch(/^\d+ profiles: \d+ passed, 0 failed\.$/m);
  });
});

describe("readable text", () => {
  const file = profiles[0] as string;
  it("next, plan and explain print text for people", () => {
    const next = pathwise(["next", "-p", flagship, "-P", file]);
    expect(next.code).toBe(0);
    expect(next.stdout).toMatch(/^Next steps on \d{4}-\d{2}-\d{2}:/);
    const plan = pathwise(["plan", "-p", flagship, "-P", file, "-g", "role:supervisor"]);
    expect(plan.code).toBe(0);
    expect(plan.stdout).toMatch(/Pharmacy technician supervisor/);
    const why = pathwise(["explain", "-p", flagship, "-P", file, "role:supervisor"]);
    expect(why.code).toBe(0);
    expect(why.stdout).toMatch(/^Pharmacy technician supervisor \(role supervisor\): /);
  });

  it("next says whether the CE still needed fits before the renewal deadline", () => {
    const file = "pathways/profiles/renewing-hospital-technician.profile.yaml";
    const next = pathwise(["next", "-p", flagship, "-P", file]);
    expect(next.code).toBe(0);
    expect(next.stdout).toContain(
      "7 still needed (6 hours of CE in the cycle are of a kind this renewal does not accept).\n    You need 7 more CE hours by 2027-01-01 to file on time (5 weeks): about 1.3 hours a week.\n",
    );
  });
});
