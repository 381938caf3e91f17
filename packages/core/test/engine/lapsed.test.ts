// Credentials that lapsed past reinstatement are earned again, explicitly, in plans and in
// recommendations; each plan here is also replayed by verifyPlan.
import { describe, expect, it } from "vitest";
import {
  loadPathwayOrThrow,
  type Pathway,
  type Plan,
  planRoute,
  recommendSteps,
  verifyPlan,
} from "../../src/index.js";
import { flagship, profile, today } from "./helpers.js";

const on = { date: today };
const rows = (plan: Plan) =>
  plan.reachable ? plan.items.map((i) => [i.kind, i.id ?? i.title, i.start, i.finish]) : [];

function expectReplayed(pathway: Pathway, p: ReturnType<typeof profile>, plan: Plan) {
  expect(verifyPlan(pathway, p, plan, on)).toEqual({ ok: true });
}

describe("a PTCB CPhT lapsed past its year of reinstatement (flagship)", () => {
  const pathway = flagship();
  const person = profile(pathway, {
    role: "pharmacy-technician",
    jurisdiction: "US-OH",
    history: [{ role: "pharmacy-technician", from: "2020-06-01" }],
    credentials: [{ id: "ptcb-cpht", earned: "2021-02-01", renewed: "2023-02-06" }],
    completed: [
      { step: "earn-ptcb-cpht", date: "2021-02-01" },
      { step: "set-up-cpe-monitor", date: "2021-03-01" },
    ],
    goals: [{ role: "supervisor" }],
  });

  it("plans to earn the CPhT again, with its cost, before the supervisor role", () => {
    const plan = planRoute(pathway, person, { role: "supervisor" }, on);
    // Expired 2025-02-06; reinstatable until 2026-02-06, which has passed. The 500 hours of work
    // hold, so the exam can be taken today; a full-time year as lead reaches 2027-11-24.
    expect(rows(plan)).toEqual([
      ["step", "earn-ptcb-cpht", "2026-11-24", "2026-11-24"],
      ["role", "lead-technician", "2026-11-24", "2026-11-24"],
      ["wait", "Gain 1 year of experience as lead pharmacy technician", "2026-11-24", "2027-11-24"],
      ["role", "supervisor", "2027-11-24", "2027-11-24"],
    ]);
    expect(plan.reachable && plan.finish).toBe("2027-11-24");
    expect(plan.reachable && plan.totals.cost).toEqual([{ amount: 129, currency: "USD" }]);
    expect(plan.message).toBe(
      "Pharmacy technician supervisor can be reached by 2027-11-24 in 1 step, including time to gain experience.",
    );
    expectReplayed(pathway, person, plan);
  });

  it("recommends earning it again, says it lapsed, and names no passed reinstatement date", () => {
    const next = recommendSteps(pathway, person, on);
    const first = next.steps[0];
    expect(first?.step).toBe("earn-ptcb-cpht");
    expect(first?.reasons.map((r) => r.code)).toEqual(
      expect.arrayContaining(["goal-route", "credential-lapsed"]),
    );
    expect(first?.reasons.find((r) => r.code === "credential-lapsed")?.message).toBe(
      "Your Certified Pharmacy Technician (CPhT), PTCB expired on 2025-02-06 and can no longer be reinstated, so it must be earned again.",
    );
    expect(next.steps.map((s) => s.step)).not.toContain("renew-ptcb-cpht");
    const status = next.credentials.find((c) => c.credential === "ptcb-cpht");
    expect(status?.message).toBe(
      "Certified Pharmacy Technician (CPhT), PTCB expired on 2025-02-06; the time to reinstate it has passed, so it must be earned again.",
    );
    const sentences = JSON.stringify(next);
    expect(sentences).not.toContain("reinstated until 2026-02-06");
    expect(sentences).not.toMatch(/[Rr]enew Certified Pharmacy Technician \(CPhT\), PTCB/);
  });
});

describe("a past job in a role, and experience that must grow in it (flagship)", () => {
  const pathway = flagship();
  const person = profile(pathway, {
    role: "pharmacy-technician",
    setting: "hospital",
    jurisdiction: "US-OH",
    history: [
      {
        role: "sterile-compounding-technician",
        setting: "hospital",
        from: "2025-01-06",
        to: "2025-07-06",
      },
      { role: "pharmacy-technician", setting: "hospital", from: "2025-07-07" },
    ],
    credentials: [{ id: "ptcb-cpht", earned: "2025-03-03" }],
    goals: [{ credential: "ptcb-cspt" }],
  });

  it("takes the role up again, and counts the six months already worked", () => {
    const plan = planRoute(pathway, person, { credential: "ptcb-cspt" }, on);
    expect(rows(plan)).toEqual([
      ["step", "complete-sterile-compounding-program", "2026-11-24", "2026-11-24"],
      ["step", "cross-train-sterile-compounding", "2026-11-24", "2026-11-24"],
      ["role", "sterile-compounding-technician", "2026-11-24", "2026-11-24"],
      [
        "wait",
        "Gain 1 year of experience as sterile compounding (IV) technician within the last 8 years",
        "2026-11-24",
        "2027-05-26",
      ],
      ["step", "earn-ptcb-cspt", "2027-05-26", "2027-05-26"],
    ]);
    expect(plan.reachable && plan.totals.cost).toEqual([{ amount: 199, currency: "USD" }]);
    expectReplayed(pathway, person, plan);
  });
});

// A small pathway with the shapes the flagship has: a credential valid for a time and earned by a
// repeatable step, and an advanced credential resting on another that can expire.
const small = loadPathwayOrThrow(
  `pathwise: 1
id: pool
title: Pool careers
reviewed: 2026-11-01
sources:
  board: { title: Board rules, url: "https://example.org/board", accessed: 2026-11-01 }
settings:
  indoor: { title: Indoor pool }
  outdoor: { title: Outdoor pool }
strategies:
  certify: { title: Get certified }
credentials:
  first-aid: { title: First aid, issuer: Red Cross, kind: certificate, validFor: { years: 2 }, sources: [board] }
  rescue: { title: Rescue, issuer: Board, kind: certification, renewal: { every: { years: 1 } }, sources: [board] }
  senior-award:
    title: Senior award
    issuer: Board
    kind: certification
    requires: { all: [ { credential: first-aid }, { credential: rescue } ] }
    sources: [board]
roles:
  guard: { title: Lifeguard, settings: [indoor, outdoor] }
  head-guard:
    title: Head lifeguard
    settings: [indoor, outdoor]
    requires:
      any:
        - all: [ { setting: outdoor }, { experience: { years: 5, setting: outdoor } } ]
        - step: quick-course
steps:
  take-first-aid: { strategy: certify, title: Take first aid, repeatable: true, grants: { credential: first-aid }, effort: { weeks: 1, cost: { amount: 60, currency: USD } }, sources: [board] }
  earn-rescue: { strategy: certify, title: Earn rescue, grants: { credential: rescue }, effort: { weeks: 2, cost: { amount: 90, currency: USD } }, sources: [board] }
  claim-award: { strategy: certify, title: Claim the award, grants: { credential: senior-award }, effort: { cost: { amount: 0, currency: USD } }, sources: [board] }
  quick-course: { strategy: certify, title: Quick course, effort: { weeks: 3, cost: { amount: 20, currency: USD } }, sources: [board] }
`,
  { today },
);

describe("expired credentials in a small pathway", () => {
  const base = {
    role: "guard",
    setting: "indoor",
    history: [{ role: "guard", setting: "indoor", from: "2022-01-03" }],
  };

  it("re-earns an expired validFor credential through its repeatable step", () => {
    const person = profile(small, {
      ...base,
      credentials: [{ id: "first-aid", earned: "2023-01-10" }],
      completed: [{ step: "take-first-aid", date: "2023-01-10" }],
    });
    const plan = planRoute(small, person, { credential: "first-aid" }, on);
    expect(rows(plan)).toEqual([["step", "take-first-aid", "2026-11-24", "2026-12-01"]]);
    expect(plan.reachable && plan.totals.cost).toEqual([{ amount: 60, currency: "USD" }]);
    expectReplayed(small, person, plan);
  });

  it("earns again the expired credential an award rests on before claiming the award", () => {
    const person = profile(small, {
      ...base,
      credentials: [
        { id: "first-aid", earned: "2026-01-05" },
        // Renewed yearly, no grace: expired on 2026-03-02.
        { id: "rescue", earned: "2024-03-02", renewed: "2025-03-02" },
      ],
      completed: [{ step: "earn-rescue", date: "2024-03-02" }],
    });
    const plan = planRoute(small, person, { credential: "senior-award" }, on);
    expect(rows(plan)).toEqual([
      ["step", "earn-rescue", "2026-11-24", "2026-12-08"],
      ["step", "claim-award", "2026-12-08", "2026-12-08"],
    ]);
    expectReplayed(small, person, plan);
  });

  it("keeps only the assumptions of the route it takes", () => {
    const person = profile(small, { ...base, role: "guard" });
    const plan = planRoute(small, person, { role: "head-guard" }, on);
    expect(rows(plan)).toEqual([
      ["step", "quick-course", "2026-11-24", "2026-12-15"],
      ["role", "head-guard", "2026-12-15", "2026-12-15"],
    ]);
    expect(plan.reachable && plan.assumptions).toEqual([
      "You keep working as Lifeguard in Indoor pool at 40 hours a week, and take up each role in the plan as soon as you qualify.",
    ]);
    expectReplayed(small, person, plan);
  });
});
