// A pathway from another field (data analysis, in pounds, in Great Britain) goes through the same
// loader and checks: nothing in the code knows about pharmacy.
import { readFileSync } from "node:fs";
import { loadPathway } from "@pathwise/core";
import { describe, expect, it } from "vitest";

const text = readFileSync(
  new URL("../fixtures/pathways/data-analyst.pathway.yaml", import.meta.url),
  "utf8",
);

describe("a pathway from another field", () => {
  it("validates clean", () => {
    const result = loadPathway(text, { today: "2026-11-24" });
    expect(result.diagnostics).toEqual([]);
    expect(result.ok && Object.keys(result.value.roles)).toEqual([
      "junior-analyst",
      "analyst",
      "lead-analyst",
    ]);
  });

  it("gets the same semantic checks", () => {
    const broken = text.replace(
      "requires: { step: finish-sql-course }",
      "requires: { step: finish-sql-cours }",
    );
    const result = loadPathway(broken, { today: "2026-11-24" });
    // The course is now referenced by nothing and grants nothing, so it is also reported.
    expect(result.diagnostics.map((d) => [d.code, d.suggestions])).toEqual([
      ["unknown-reference", ["finish-sql-course"]],
      ["empty-step", undefined],
    ]);
  });
});
