// The example profiles the flagship pathway ships: each loads clean against the pathway and the
// engine gives the answers it expects (the same check `pathwise test` runs in a content repo).
import { readdirSync, readFileSync } from "node:fs";
import {
  checkExpectations,
  loadPathwayOrThrow,
  loadProfile,
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
