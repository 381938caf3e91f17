import { describe, expect, it } from "vitest";
import {
  checkExpectations,
  explain,
  PathwiseError,
  parseGoal,
  renderExplanation,
} from "../../src/index.js";
import { clinic, profile, today } from "./helpers.js";

const pathway = clinic();
const on = { date: today };

describe("explain", () => {
  const p = profile(pathway, {
    role: "assistant",
    credentials: [{ id: "basic", earned: "2026-01-10" }],
    completed: [{ step: "elective-a", date: "2026-02-01" }],
  });

  it("says why a credential is not available yet, with the requirement tree and what is missing", () => {
    const why = explain(pathway, p, "advanced", on);
    expect(why).toMatchObject({
      kind: "credential",
      id: "advanced",
      state: "blocked",
      available: false,
    });
    expect(why.message).toBe(
      "You are not eligible for Advanced certificate yet: complete “Elective B”.",
    );
    expect(why.plan?.reachable).toBe(true);
    const text = renderExplanation(why);
    expect(text).toContain("✓ You hold Basic certificate.");
    expect(text).toContain("✗ 1 of the 2 needed hold (out of 3).");
  });

  it("explains steps, roles and held credentials", () => {
    expect(explain(pathway, p, "step:earn-advanced", on)).toMatchObject({
      state: "blocked",
      missing: [{ kind: "step", id: "elective-b" }],
    });
    expect(explain(pathway, p, "step:elective-a", on)).toMatchObject({
      state: "done",
      available: false,
    });
    expect(explain(pathway, p, "earn-basic", on)).toMatchObject({
      state: "not-needed",
      message: "You already hold Basic certificate.",
    });
    expect(explain(pathway, p, "role:assistant", on)).toMatchObject({
      state: "held",
      available: true,
    });
    expect(explain(pathway, p, "credential:basic", on)).toMatchObject({
      state: "active",
      status: { expires: "2028-01-10" },
    });
  });

  it("refuses an unknown target with the closest ids", () => {
    expect(() => explain(pathway, p, "role:senoir", on)).toThrow(
      new PathwiseError(
        "invalid-argument",
        "Expected a role id of pathway `clinic`, found `senoir`; did you mean `senior`?",
      ),
    );
  });
});

describe("parseGoal", () => {
  it("reads kind:id and checks the id against the pathway", () => {
    expect(parseGoal("credential:basic", pathway)).toEqual({ credential: "basic" });
    expect(() => parseGoal("job:senior")).toThrow(
      "Expected a goal as role:ID, setting:ID or credential:ID, found `job:senior`.",
    );
    expect(() => parseGoal("role:boss", pathway)).toThrow(
      "Expected a role of pathway `clinic`, found `boss`.",
    );
  });
});

describe("checkExpectations", () => {
  it("passes when the answer matches and explains each failure when it does not", () => {
    const base = {
      role: "assistant",
      setting: "clinic",
      date: "2026-11-24",
      history: [{ role: "assistant", setting: "clinic", from: "2026-06-01", hoursPerWeek: 12 }],
      goals: [{ role: "senior" }],
    };
    const good = profile(pathway, {
      ...base,
      expect: {
        next: ["course"],
        excludes: ["earn-basic"],
        reachable: true,
        plan: ["course", "earn-basic"],
      },
    });
    expect(checkExpectations(pathway, good, { date: "2030-01-01" })).toEqual({
      ok: true,
      date: "2026-11-24",
      checked: 4,
      failures: [],
    });
    const bad = profile(pathway, {
      ...base,
      expect: { next: ["earn-basic"], includes: ["earn-advanced"], plan: ["earn-basic", "course"] },
    });
    const report = checkExpectations(pathway, bad, on);
    expect(report.failures.map((f) => f.message)).toEqual([
      "Expected the first steps to be `earn-basic`, found `course`.",
      "Expected `earn-advanced` among the recommendations, found it missing.",
      "Expected the plan to contain `earn-basic`, `course` in that order, found `course`, `earn-basic`.",
    ]);
  });
});
