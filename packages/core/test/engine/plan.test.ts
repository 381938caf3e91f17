import { describe, expect, it } from "vitest";
import { planRoute, renderPlan, spanishMessages } from "../../src/index.js";
import { clinic, profile, today } from "./helpers.js";

const pathway = clinic();
const on = { date: today };

describe("planRoute", () => {
  it("orders steps, role changes and waits with earliest dates, totals and assumptions", () => {
    const p = profile(pathway, {
      role: "assistant",
      setting: "clinic",
      history: [{ role: "assistant", setting: "clinic", from: "2026-06-01", hoursPerWeek: 12 }],
    });
    const plan = planRoute(pathway, p, { role: "senior" }, on);
    expect(plan.reachable).toBe(true);
    if (!plan.reachable) return;
    expect(plan.items.map((i) => [i.kind, i.id ?? i.title, i.start, i.finish])).toEqual([
      // 25 weeks at 12 h is about 300 of the 500 hours; the 6-week course is quicker than 17 more weeks.
      ["step", "course", "2026-11-24", "2027-01-05"],
      // A full-time year at 12 of 40 hours a week takes 3.3 calendar years from 2026-06-01.
      ["wait", "Gain 1 year of experience as assistant", "2026-11-24", "2029-09-30"],
      ["step", "earn-basic", "2027-01-05", "2027-01-19"],
      ["role", "senior", "2029-09-30", "2029-09-30"],
    ]);
    expect(plan.finish).toBe("2029-09-30");
    expect(plan.totals).toEqual({
      steps: 2,
      hours: 60,
      weeks: 148.7,
      cost: [{ amount: 400, currency: "USD" }],
    });
    expect(plan.assumptions[0]).toContain("at 12 hours a week");
    expect(renderPlan(plan)).toContain(
      "2026-11-24 → 2027-01-05  Take the course (for “Earn the basic certificate”)",
    );
    // The total's cost is money as every other sentence writes it: the catalog's `format.money.USD`.
    expect(renderPlan(plan)).toMatch(/\nTotal: \d+ steps?, \$400, /);
    expect(renderPlan(plan, { messages: spanishMessages })).toMatch(/\nTotal: \d+ pasos?, \$400, /);
  });

  it("waits for experience instead of a course when the hours arrive sooner", () => {
    const p = profile(pathway, {
      role: "assistant",
      history: [{ role: "assistant", from: "2026-05-01", hoursPerWeek: 40 }],
    });
    const plan = planRoute(pathway, p, { credential: "basic" }, on);
    // 29 weeks so far is 1,160 hours: the 500-hour route already holds, so no course is planned.
    expect(plan.reachable && plan.items.map((i) => i.id)).toEqual(["earn-basic"]);
  });

  it("chooses the cheapest options of a k-of-n rule and moves to a setting to gain experience there", () => {
    const p = profile(pathway, {
      role: "assistant",
      setting: "clinic",
      credentials: [{ id: "basic", earned: "2026-01-10" }],
      history: [{ role: "assistant", setting: "clinic", from: "2025-01-06" }],
    });
    const plan = planRoute(pathway, p, { role: "lab-tech" }, on);
    expect(plan.reachable).toBe(true);
    if (!plan.reachable) return;
    const ids = plan.items.map((i) => `${i.kind}:${i.id ?? ""}`);
    // Elective C costs money, so A and B are taken.
    expect(ids).toEqual([
      "step:elective-a",
      "step:elective-b",
      "step:earn-advanced",
      "setting:lab",
      "wait:",
      "role:lab-tech",
    ]);
    expect(plan.finish).toBe("2027-05-25");
    expect(plan.assumptions[1]).toBe(
      "You can work as Assistant in Laboratory, which the pathway does not list for that role.",
    );
  });

  it("says which requirement can never be met, and why", () => {
    const p = profile(pathway, { jurisdiction: "US-FL" });
    const plan = planRoute(pathway, p, { credential: "state-permit" }, on);
    expect(plan).toMatchObject({
      reachable: false,
      message:
        "State permit cannot be reached: it applies only in US-TX, and the profile says you work in US-FL.",
      blockers: [{ chain: ["credential:state-permit", "step:get-permit"] }],
    });
  });

  it("reports a goal already reached with an empty plan", () => {
    const p = profile(pathway, { role: "senior" });
    expect(planRoute(pathway, p, { role: "senior" }, on)).toMatchObject({
      reachable: true,
      items: [],
      message: "You have already reached Senior assistant.",
    });
  });

  it("renews an expired credential inside its grace period rather than earning it again", () => {
    const p = profile(pathway, { credentials: [{ id: "basic", earned: "2024-10-01" }] });
    const plan = planRoute(pathway, p, { credential: "basic" }, on);
    expect(plan.reachable && plan.items.map((i) => i.id)).toEqual(["renew-basic"]);
  });

  it("assumes the busiest of the open jobs begun the same day, whatever the history's order", () => {
    const jobs = [
      { role: "assistant", setting: "clinic", from: "2026-06-01", hoursPerWeek: 4 },
      { role: "assistant", setting: "clinic", from: "2026-06-01", hoursPerWeek: 5 },
    ];
    const assumptions = [jobs, [...jobs].reverse()].map((history) => {
      const plan = planRoute(pathway, profile(pathway, { history }), { role: "senior" }, on);
      return plan.reachable ? plan.assumptions : [];
    });
    expect(assumptions[0]).toEqual(assumptions[1]);
    expect(assumptions[0]?.join(" ")).toContain("at 5 hours a week");
  });
});
