// The example profiles the flagship pathway ships: each loads clean against the pathway and the
// engine gives the answers it expects (the same check `pathwise test` runs in a content repo).
import { readdirSync, readFileSync } from "node:fs";
import {
  checkExpectations,
  explain,
  loadPathwayOrThrow,
  loadProfile,
  planRoute,
  recommendSteps,
  renderExpectationReport,
} from "@pathwise/core";
import { describe, expect, it } from "vitest";

const dir = new URL("../../pathways/profiles/", import.meta.url);
const pathway = loadPathwayOrThrow(
  readFileSync(new URL("../../pathways/pharmacy-technician.pathway.yaml", import.meta.url)),
  { today: "2026-11-24" },
);
const files = readdirSync(dir)
  .filter((f) => f.endsWith(".profile.yaml"))
  .sort();

describe("the flagship's example profiles", () => {
  it("cover at least eight people in different situations", () => {
    expect(files.length).toBeGreaterThanOrEqual(8);
  });

  const load = (file: string) => {
    const loaded = loadProfile(readFileSync(new URL(file, dir)), { pathway, today: "2026-11-24" });
    if (!loaded.ok) throw new Error(`${file} does not load`);
    return loaded.value;
  };

  it("together get recommendations from all six strategies", () => {
    const strategies = new Set(
      files.flatMap((file) =>
        recommendSteps(pathway, load(file), { date: "2026-11-24" }).steps.map((s) => s.strategy),
      ),
    );
    expect([...strategies].sort()).toEqual(Object.keys(pathway.strategies).sort());
  });

  it("tell the person on a tight budget that the certification costs more than they have", () => {
    const next = recommendSteps(pathway, load("tight-budget-trainee.profile.yaml"), {
      date: "2026-11-24",
      limit: 10,
    });
    const cpht = next.steps.find((s) => s.step === "earn-ptcb-cpht");
    expect(cpht?.reasons.map((r) => r.code)).toContain("over-budget");
  });

  it("say why an unreachable goal is out of reach", () => {
    const next = recommendSteps(pathway, load("unreachable-goal.profile.yaml"), {
      date: "2026-11-24",
    });
    expect(next.goals[0]?.plan).toMatchObject({
      reachable: false,
      message:
        "Registered pharmacy technician (Texas) cannot be reached: it applies only in US-TX, and the profile says you work in US-FL.",
    });
  });

  it("tell a technician who has held the CPhT for years that they qualify for lead technician", () => {
    // Their job title is pharmacy technician; the CPhT makes that work certified-technician work.
    const loaded = loadProfile(
      `pathwise: 1
pathway: pharmacy-technician
date: 2026-11-24
role: pharmacy-technician
setting: community
history:
  - { role: pharmacy-technician, setting: community, from: 2021-03-01, hoursPerWeek: 40 }
credentials:
  - { id: ptcb-cpht, earned: 2023-06-10, renewed: 2025-06-10 }
goals:
  - role: lead-technician
`,
      { pathway, today: "2026-11-24" },
    );
    expect(loaded.diagnostics).toEqual([]);
    if (!loaded.ok) return;
    const on = { date: "2026-11-24" };
    const why = explain(pathway, loaded.value, "role:lead-technician", on);
    expect(why.state).toBe("ready");
    expect(explain(pathway, loaded.value, "role:certified-technician", on)).toMatchObject({
      state: "held",
      message:
        "Your work as pharmacy technician counts as certified pharmacy technician while you hold what it requires (first on 2023-06-10).",
    });
    const next = recommendSteps(pathway, loaded.value, on);
    expect(next.goals[0]?.plan.message).toBe(
      "You meet the requirements for Lead pharmacy technician now.",
    );
  });

  it("plan lead technician for the new technician as CPhT, a year of certified work, then the role", () => {
    const plan = planRoute(
      pathway,
      load("new-technician.profile.yaml"),
      { role: "lead-technician" },
      {
        date: "2026-11-24",
      },
    );
    expect(plan.reachable).toBe(true);
    if (!plan.reachable) return;
    expect(plan.items.map((i) => [i.kind, i.id ?? i.title, i.start, i.finish])).toEqual([
      ["step", "earn-ptcb-cpht", "2026-11-24", "2026-11-24"],
      [
        "wait",
        "Gain 1 year of experience as certified pharmacy technician",
        "2026-11-24",
        // 36 of 40 hours a week: a full-time year takes 406 calendar days.
        "2028-01-03",
      ],
      ["role", "lead-technician", "2028-01-03", "2028-01-03"],
    ]);
  });

  it("tell the renewing hospital technician how many CE hours a week the deadline takes", () => {
    const next = recommendSteps(pathway, load("renewing-hospital-technician.profile.yaml"), {
      date: "2026-11-24",
    });
    const cpht = next.credentials.find((c) => c.credential === "ptcb-cpht");
    // 7 hours in the 38 days to PTCB's filing deadline (the CPhT expires 19 days later); law,
    // safety and technician-specific CE are all open to them.
    expect(cpht?.feasibility).toMatchObject({
      needed: 7,
      deadline: "2027-01-01",
      weeksLeft: 5.43,
      perWeek: 1.3,
      uncovered: [],
      message:
        "You need 7 more CE hours by 2027-01-01 to file on time (5 weeks): about 1.3 hours a week.",
    });
    // With 2 hours a week, that fits.
    const withTime = recommendSteps(
      pathway,
      { ...load("renewing-hospital-technician.profile.yaml"), preferences: { hoursPerWeek: 2 } },
      { date: "2026-11-24" },
    );
    expect(withTime.credentials[0]?.feasibility?.fits).toBe(true);
  });

  it("tell the renewing hospital technician to file the CPhT by the 1st of its expiry month", () => {
    const next = recommendSteps(pathway, load("renewing-hospital-technician.profile.yaml"), {
      date: "2026-11-24",
    });
    const cpht = next.credentials.find((c) => c.credential === "ptcb-cpht");
    expect(cpht).toMatchObject({ state: "expiring", expires: "2027-01-20", fileBy: "2027-01-01" });
    expect(cpht?.message).toBe(
      "Certified Pharmacy Technician (CPhT), PTCB: file by 2027-01-01 to avoid the $25 late fee; it expires 2027-01-20 (57 days left); 13 of 20 CE hours count so far, 7 still needed (6 hours of CE in the cycle are of a kind this renewal does not accept).",
    );
    expect(cpht?.ce).toMatchObject({ earned: 19, notAccepted: 6, counted: 13, needed: 7 });
    const renew = next.steps.find((s) => s.step === "renew-ptcb-cpht");
    expect(renew?.deadline).toBe("2027-01-01");
    expect(renew?.reasons.find((r) => r.code === "renewal-due")?.message).toBe(
      "Your Certified Pharmacy Technician (CPhT), PTCB expires on 2027-01-20; file by 2027-01-01 to avoid the $25 late fee; 7 CE hours are still needed first.",
    );
  });

  for (const file of files) {
    it(file, () => {
      const loaded = loadProfile(readFileSync(new URL(file, dir)), {
        pathway,
        today: "2026-11-24",
      });
      expect(loaded.diagnostics).toEqual([]);
      if (!loaded.ok) return;
      const profile = loaded.value;
      expect(profile.expect, "ships expectations").toBeDefined();
      const report = checkExpectations(pathway, profile, { date: "2026-11-24" });
      expect(report.failures, renderExpectationReport(file, report)).toEqual([]);
      // Every recommendation carries at least one reason a person can read.
      const next = recommendSteps(pathway, profile, { date: profile.date ?? "2026-11-24" });
      for (const step of next.steps.filter((s) => s.score > 1)) {
        expect(step.reasons.length, step.step).toBeGreaterThan(0);
      }
    });
  }
});
