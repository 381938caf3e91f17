// A lapsed credential through the built CLI: `next` offers to earn it again and names no passed
// reinstatement date; `plan` earns it again, with its cost, on the way to the goal.
import { describe, expect, it } from "vitest";
import { pathwise } from "./pathwise.js";

const args = [
  "--pathway",
  "pathways/pharmacy-technician.pathway.yaml",
  "--profile",
  "test/cli/fixtures/profiles/lapsed-cpht.profile.yaml",
  "--date",
  "2026-11-24",
];

describe("a CPhT lapsed past reinstatement", () => {
  it("pathwise next offers the exam again, first, and says why", () => {
    const r = pathwise(["next", ...args]);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain("1. Earn the PTCB CPhT [Gain additional certifications]");
    expect(r.stdout).toContain(
      "+20 Your Certified Pharmacy Technician (CPhT), PTCB expired on 2025-02-06 and can no longer be reinstated, so it must be earned again.",
    );
    expect(r.stdout).not.toContain("reinstated until 2026-02-06");
    expect(r.stdout).not.toContain("no new steps, only time");
  });

  it("pathwise plan --json earns it again before the supervisor role", () => {
    const r = pathwise(["plan", ...args, "--goal", "role:supervisor", "--json"]);
    expect(r.code).toBe(0);
    const plan = JSON.parse(r.stdout);
    expect(
      plan.items.map((i: { kind: string; id?: string; start: string }) => [i.kind, i.id, i.start]),
    ).toEqual([
      ["step", "earn-ptcb-cpht", "2026-11-24"],
      ["role", "lead-technician", "2026-11-24"],
      ["wait", undefined, "2026-11-24"],
      ["role", "supervisor", "2027-11-24"],
    ]);
    expect(plan.finish).toBe("2027-11-24");
    expect(plan.totals.cost).toEqual([{ amount: 129, currency: "USD" }]);
  });
});
