// Conferred roles (marked `conferred`): work in any role counts as one on the days the person holds
// what it requires, and only then.
import { describe, expect, it } from "vitest";
import {
  type Condition,
  evaluateCondition,
  explain,
  loadPathwayOrThrow,
  type Profile,
  planRoute,
  renderPlan,
} from "../../src/index.js";
import { profile, today } from "./helpers.js";

const pathway = loadPathwayOrThrow(
  `pathwise: 1
id: lab
title: Lab careers
reviewed: 2026-11-01
sources:
  board: { title: Board rules, url: "https://example.org/board", accessed: 2026-11-01 }
settings:
  lab: { title: Laboratory }
strategies:
  certify: { title: Get certified }
credentials:
  cert:
    title: Lab certificate
    issuer: Board
    kind: certification
    renewal: { every: { years: 2 } }
    sources: [board]
  senior-cert:
    title: Senior certificate
    issuer: Board
    kind: certification
    implies: [cert]
    requires: { experience: { years: 10 } }
    sources: [board]
  safety-card:
    title: Safety card
    issuer: Board
    kind: certificate
    sources: [board]
roles:
  aide: { title: Lab aide, settings: [lab] }
  tech: { title: Lab technician, settings: [lab] }
  certified-tech:
    title: Certified lab technician
    settings: [lab]
    conferred: true
    requires: { credential: cert }
  safety-tech:
    title: Safety technician
    settings: [lab]
    conferred: true
    requires: { all: [ { role: tech }, { credential: safety-card } ] }
  certified-safety-tech:
    title: Certified safety technician
    settings: [lab]
    conferred: true
    requires: { all: [ { role: safety-tech }, { credential: cert } ] }
  cert-checker:
    title: Certificate checker
    settings: [lab]
    requires: { credential: cert }
  mentor:
    title: Mentor
    settings: [lab]
    requires: { any: [ { credential: cert }, { role: tech } ] }
  chief:
    title: Chief technician
    settings: [lab]
    requires:
      all:
        - role: certified-tech
        - experience: { years: 1, role: certified-tech }
steps:
  earn-cert:
    strategy: certify
    title: Earn the lab certificate
    grants: { credential: cert }
    effort: { weeks: 4, cost: { amount: 100, currency: USD } }
    sources: [board]
  earn-senior-cert:
    strategy: certify
    title: Earn the senior certificate
    grants: { credential: senior-cert }
    sources: [board]
  earn-safety-card:
    strategy: certify
    title: Earn the safety card
    grants: { credential: safety-card }
    effort: { cost: { amount: 20, currency: USD } }
    sources: [board]
`,
  { today },
);
const on = { date: today };

/** Years of experience a person has toward a requirement, as the trace reports it. */
function years(p: Profile, role: string, date = today): number {
  const trace = evaluateCondition(pathway, p, { experience: { years: 80, role } }, { date });
  const missing = trace.missing[0];
  if (missing?.kind !== "experience") throw new Error("expected an experience shortfall");
  return missing.have;
}
const held = (p: Profile, c: Condition, date = today) =>
  evaluateCondition(pathway, p, c, { date }).holds;

describe("conferred roles", () => {
  it("count work only from the day the credential is earned", () => {
    const p = profile(pathway, {
      history: [{ role: "tech", from: "2024-11-25" }],
      credentials: [{ id: "cert", earned: "2025-11-24" }],
    });
    // 2025-11-24 to 2026-11-24, both days included.
    expect(years(p, "certified-tech")).toBeCloseTo(366 / 365.25, 9);
    expect(years(p, "tech")).toBeCloseTo(730 / 365.25, 9);
    expect(held(p, { role: "certified-tech" })).toBe(true);
    expect(held(p, { role: "certified-tech" }, "2025-11-23")).toBe(false);
    expect(years(p, "certified-tech", "2025-11-23")).toBe(0);
  });

  it("do not count the days after the credential expired without renewal", () => {
    const lapsed = profile(pathway, {
      history: [{ role: "tech", from: "2021-01-04" }],
      credentials: [{ id: "cert", earned: "2022-01-01" }],
    });
    // Active from 2022-01-01 until it expired on 2024-01-01.
    expect(years(lapsed, "certified-tech")).toBeCloseTo(730 / 365.25, 9);
    expect(held(lapsed, { credential: "cert" })).toBe(false);
    // The role was held, as any role held before is.
    expect(held(lapsed, { role: "certified-tech" })).toBe(true);

    const renewed = profile(pathway, {
      history: [{ role: "tech", from: "2021-01-04" }],
      credentials: [{ id: "cert", earned: "2022-01-01", renewed: "2024-01-01" }],
    });
    // The renewal carries it to 2026-01-01.
    expect(years(renewed, "certified-tech")).toBeCloseTo(1461 / 365.25, 9);
  });

  it("count overlapping jobs once, the busier one on each day", () => {
    const p = profile(pathway, {
      history: [
        { role: "tech", from: "2025-01-06", hoursPerWeek: 40 },
        { role: "aide", from: "2025-06-02", hoursPerWeek: 20 },
      ],
      credentials: [{ id: "cert", earned: "2025-11-24" }],
    });
    const trace = evaluateCondition(
      pathway,
      p,
      { experience: { hours: 100_000, role: "certified-tech" } },
      on,
    );
    const missing = trace.missing[0];
    expect(missing?.kind === "experience" && missing.have).toBeCloseTo((366 * 40) / 7, 6);
  });

  it("count a role defined by a credential and another role only for work in that role", () => {
    const p = profile(pathway, {
      history: [
        { role: "aide", from: "2023-01-02", to: "2024-12-31" },
        { role: "tech", from: "2025-01-06" },
      ],
      credentials: [{ id: "safety-card", earned: "2024-06-03" }],
    });
    // The card came while the person was an aide; only technician work from 2025-01-06 counts.
    expect(years(p, "safety-tech")).toBeCloseTo(688 / 365.25, 9);
    expect(held(p, { role: "safety-tech" })).toBe(true);
    expect(held(p, { role: "safety-tech" }, "2024-12-31")).toBe(false);
    // One role so defined can build on another.
    expect(held(p, { role: "certified-safety-tech" })).toBe(false);
    const both = profile(pathway, {
      history: [{ role: "tech", from: "2025-01-06" }],
      credentials: [
        { id: "safety-card", earned: "2024-06-03" },
        { id: "cert", earned: "2026-01-05" },
      ],
    });
    expect(years(both, "certified-safety-tech")).toBeCloseTo(324 / 365.25, 9);
  });

  it("count a credential that implies the one required", () => {
    const p = profile(pathway, {
      history: [{ role: "aide", from: "2024-01-01" }],
      credentials: [{ id: "senior-cert", earned: "2025-11-24" }],
    });
    expect(years(p, "certified-tech")).toBeCloseTo(366 / 365.25, 9);
  });

  it("infer only roles marked conferred", () => {
    const p = profile(pathway, {
      history: [{ role: "tech", from: "2020-01-06" }],
      credentials: [{ id: "cert", earned: "2020-01-06", renewed: "2026-01-05" }],
    });
    // `mentor` can be met by the role alone, `chief` needs experience: neither is inferred.
    // `cert-checker` needs only the credential, but is a job, not marked `conferred`.
    expect(held(p, { role: "cert-checker" })).toBe(false);
    expect(years(p, "cert-checker")).toBe(0);
    expect(held(p, { role: "mentor" })).toBe(false);
    expect(held(p, { role: "chief" })).toBe(false);
    expect(years(p, "mentor")).toBe(0);
    // `chief`'s requirements hold, through the inferred role.
    expect(explain(pathway, p, "role:chief", on)).toMatchObject({ state: "ready" });
  });

  it("keep a recorded role whatever the credentials", () => {
    const p = profile(pathway, { history: [{ role: "certified-tech", from: "2024-11-25" }] });
    expect(held(p, { role: "certified-tech" })).toBe(true);
    expect(years(p, "certified-tech")).toBeCloseTo(730 / 365.25, 9);
  });

  it("give the same answers whatever order the profile lists things in", () => {
    const data = {
      history: [
        { role: "aide", from: "2023-01-02", to: "2024-12-31" },
        { role: "tech", from: "2025-01-06", hoursPerWeek: 30 },
        { role: "tech", from: "2024-03-04", to: "2024-09-30", hoursPerWeek: 12 },
      ],
      credentials: [
        { id: "safety-card", earned: "2024-06-03" },
        { id: "cert", earned: "2023-05-01" },
        { id: "senior-cert", earned: "2025-02-03" },
      ],
    };
    const a = profile(pathway, data);
    const b = profile(pathway, {
      history: [...data.history].reverse(),
      credentials: [...data.credentials].reverse(),
    });
    for (const role of ["certified-tech", "safety-tech", "certified-safety-tech"]) {
      expect(years(b, role)).toBe(years(a, role));
      expect(explain(pathway, b, `role:${role}`, on)).toEqual(
        explain(pathway, a, `role:${role}`, on),
      );
    }
    expect(planRoute(pathway, b, { role: "chief" }, on)).toEqual(
      planRoute(pathway, a, { role: "chief" }, on),
    );
  });

  it("are explained as work that counts, with the day it first did", () => {
    const p = profile(pathway, {
      role: "tech",
      history: [{ role: "tech", from: "2024-11-25" }],
      credentials: [{ id: "cert", earned: "2025-11-24" }],
    });
    expect(explain(pathway, p, "role:certified-tech", on)).toMatchObject({
      state: "held",
      message:
        "Your work as lab technician counts as certified lab technician while you hold what it requires (first on 2025-11-24).",
    });
    const trace = evaluateCondition(pathway, p, { role: "certified-tech" }, on);
    expect(trace.message).toBe(explain(pathway, p, "role:certified-tech", on).message);
  });
});

describe("plans through conferred roles", () => {
  it("earn the credential, then gain the experience in the same job", () => {
    const p = profile(pathway, {
      role: "tech",
      history: [{ role: "tech", from: "2024-01-08" }],
    });
    const plan = planRoute(pathway, p, { role: "chief" }, on);
    expect(plan.reachable).toBe(true);
    if (!plan.reachable) return;
    expect(plan.items.map((i) => [i.kind, i.id ?? i.title, i.start, i.finish])).toEqual([
      ["step", "earn-cert", "2026-11-24", "2026-12-22"],
      ["wait", "Gain 1 year of experience as certified lab technician", "2026-12-22", "2027-12-22"],
      ["role", "chief", "2027-12-22", "2027-12-22"],
    ]);
    expect(plan.assumptions).toContain(
      "Your work as Lab technician counts as Certified lab technician from 2026-12-22, as long as you keep the credentials it requires.",
    );
    expect(renderPlan(plan)).not.toContain("Take up the role: Certified lab technician");
  });

  it("count the certified experience already gained and only wait for the rest", () => {
    const p = profile(pathway, {
      role: "tech",
      history: [{ role: "tech", from: "2024-01-08" }],
      credentials: [{ id: "cert", earned: "2026-05-25" }],
    });
    const plan = planRoute(pathway, p, { role: "chief" }, on);
    expect(plan.reachable && plan.items.map((i) => [i.kind, i.finish])).toEqual([
      ["wait", "2027-05-25"],
      ["role", "2027-05-25"],
    ]);
  });

  it("meet the requirements again when the credential lapsed before enough experience", () => {
    const p = profile(pathway, {
      role: "tech",
      history: [{ role: "tech", from: "2023-07-03" }],
      // Active until 2024-01-01: 182 days of certified work.
      credentials: [{ id: "cert", earned: "2022-01-01" }],
    });
    expect(explain(pathway, p, "role:chief", on).state).toBe("blocked");
    const plan = planRoute(pathway, p, { role: "chief" }, on);
    expect(plan.reachable).toBe(true);
    if (!plan.reachable) return;
    expect(plan.items.map((i) => i.id ?? i.kind)).toEqual(["earn-cert", "wait", "chief"]);
    // 4 weeks to earn it again (2026-12-22), then the 184 days still missing, that day included.
    expect(plan.finish).toBe("2027-06-23");
  });

  it("need nothing more when the experience is already there, lapsed or not", () => {
    const p = profile(pathway, {
      role: "tech",
      history: [{ role: "tech", from: "2021-01-04" }],
      credentials: [{ id: "cert", earned: "2022-01-01" }],
    });
    expect(explain(pathway, p, "role:chief", on).state).toBe("ready");
    expect(planRoute(pathway, p, { role: "chief" }, on)).toMatchObject({
      reachable: true,
      message: "You meet the requirements for Chief technician now.",
    });
  });

  it("take the role up as a job when the person has none", () => {
    const p = profile(pathway, { credentials: [{ id: "cert", earned: "2026-05-25" }] });
    const plan = planRoute(pathway, p, { role: "chief" }, on);
    expect(plan.reachable && plan.items.map((i) => `${i.kind}:${i.id ?? ""}`)).toEqual([
      "role:certified-tech",
      "wait:",
      "role:chief",
    ]);
  });
});
