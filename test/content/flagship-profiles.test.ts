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
  it("cover at least four people in different situations", () => {
    expect(files.length).toBeGreaterThanOrEqual(4);
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
