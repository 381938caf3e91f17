import { describe, expect, it } from "vitest";
import { recommendSteps, renderRecommendations, scoring } from "../../src/index.js";
import { clinic, profile, today } from "./helpers.js";

const pathway = clinic();
const on = { date: today };

describe("recommendSteps", () => {
  const newcomer = profile(pathway, {
    role: "assistant",
    setting: "clinic",
    history: [{ role: "assistant", setting: "clinic", from: "2026-06-01", hoursPerWeek: 12 }],
    goals: [{ role: "senior" }],
    preferences: { budget: { amount: 400, currency: "USD" }, hoursPerWeek: 5 },
  });

  it("ranks the step on the goal's route first, with reasons as codes and sentences", () => {
    const next = recommendSteps(pathway, newcomer, { ...on, limit: 3 });
    expect(next.steps.map((s) => s.step)).toEqual(["course", "join-network", "meet-mentor"]);
    expect(next.steps[0]?.reasons.map((r) => [r.code, r.points])).toEqual([
      ["goal-route", 40],
      ["unlocks", 6],
      ["cost", -8],
      ["time", -10],
    ]);
    expect(next.steps[0]?.reasons[0]?.message).toBe(
      "It is on the quickest route to Senior assistant (reachable by 2029-09-30).",
    );
    expect(next.steps[0]?.score).toBe(29);
    expect(next.goals[0]?.plan.reachable).toBe(true);
  });

  it("pushes a step over the person's budget down", () => {
    const tight = { ...newcomer, preferences: { budget: { amount: 250, currency: "USD" } } };
    const next = recommendSteps(pathway, tight, { ...on, limit: 20 });
    const course = next.steps.find((s) => s.step === "course");
    expect(course?.reasons).toContainEqual({
      code: "over-budget",
      points: scoring.overBudget,
      data: { cost: { amount: 300, currency: "USD" }, budget: { amount: 250, currency: "USD" } },
      message: "It costs $300, more than your budget of $250.",
    });
    expect(next.steps[0]?.step).not.toBe("course");
  });

  it("mixes strategies: a second step of a strategy already listed loses points", () => {
    const next = recommendSteps(pathway, newcomer, { ...on, limit: 10 });
    const meet = next.steps.find((s) => s.step === "meet-mentor");
    expect(meet?.reasons.at(-1)).toMatchObject({
      code: "strategy-mix",
      points: scoring.strategyRepeat,
    });
    expect(next.steps[0]?.strategy).not.toBe(next.steps[1]?.strategy);
  });

  it("puts a due renewal and the CE it still needs first, with the deadline", () => {
    const renewing = profile(pathway, {
      role: "assistant",
      credentials: [{ id: "basic", earned: "2025-01-10" }],
      ce: [{ date: "2025-06-01", hours: 8, categories: ["general"] }],
    });
    const next = recommendSteps(pathway, renewing, { ...on, limit: 20 });
    expect(next.steps.slice(0, 2).map((s) => [s.step, s.deadline])).toEqual([
      ["safety-ce", "2027-01-10"],
      ["renew-basic", "2027-01-10"],
    ]);
    expect(next.steps[0]?.reasons[0]?.message).toBe(
      "It counts toward renewing your Basic certificate: 2 h of Safety still needed by 2027-01-10.",
    );
    expect(next.steps[1]?.reasons[0]?.message).toBe(
      "Your Basic certificate expires on 2027-01-10; 2 CE hours are still needed first.",
    );
    // Vendor hours would not lower what is needed: the 2 hours must be safety hours.
    const vendor = next.steps.find((s) => s.step === "vendor-ce");
    expect(vendor?.reasons.some((r) => r.code === "ce-needed")).toBe(false);
    expect(next.credentials[0]).toMatchObject({ state: "expiring", ce: { counted: 8, needed: 2 } });
  });

  it("lists steps one fact away, goal-route steps first", () => {
    const next = recommendSteps(pathway, newcomer, on);
    expect(next.close[0]).toMatchObject({
      step: "earn-basic",
      onGoalRoute: true,
      missing: { kind: "step", id: "course" },
    });
  });

  it("is deterministic and renders as text", () => {
    const a = recommendSteps(pathway, newcomer, on);
    const b = recommendSteps(pathway, structuredClone(newcomer), on);
    expect(b).toEqual(a);
    const text = renderRecommendations(a);
    expect(text).toContain("Next steps on 2026-11-24:");
    expect(text).toContain("Senior assistant can be reached by");
  });

  it("returns no steps for a limit of 0 and never throws on a profile without history", () => {
    expect(recommendSteps(pathway, profile(pathway, {}), { ...on, limit: 0 }).steps).toEqual([]);
    expect(recommendSteps(pathway, profile(pathway, {}), on).steps.length).toBeGreaterThan(0);
  });
});
