// End to end: `pathwise describe` prints what the library describes, in each format.
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describePathway, loadPathwayOrThrow, renderDescription } from "@pathwise/core";
import { describe, expect, it } from "vitest";
import { pathwise, root } from "./pathwise.js";

const flagship = "pathways/pharmacy-technician.pathway.yaml";
const description = describePathway(
  loadPathwayOrThrow(readFileSync(join(root, flagship)), { today: "2026-12-01" }),
);

describe("pathwise describe", () => {
  it("prints plain text by default, the library's rendering", () => {
    const run = pathwise(["describe", "--pathway", flagship]);
    expect(run.code).toBe(0);
    expect(run.stdout).toBe(renderDescription(description, "text"));
    expect(run.stdout).toContain(
      "Its eligibility is not published in this pathway: holding it counts wherever it is required, but no step offers to earn it.",
    );
  });

  it("prints Markdown and JSON on request", () => {
    const md = pathwise(["describe", "-p", flagship, "--format", "markdown"]);
    expect(md.code).toBe(0);
    expect(md.stdout).toBe(renderDescription(description, "markdown"));
    const json = pathwise(["describe", "-p", flagship, "-f", "json"]);
    expect(json.code).toBe(0);
    expect(JSON.parse(json.stdout)).toEqual(JSON.parse(JSON.stringify(description)));
  });

  it("refuses an unknown format or a missing pathway with a usage error", () => {
    const bad = pathwise(["describe", "-p", flagship, "--format", "html"]);
    expect(bad.code).toBe(2);
    expect(bad.stderr).toMatch(/format/);
    const none = pathwise(["describe"]);
    expect(none.code).toBe(2);
    expect(none.stderr).toContain("`pathwise describe` needs `--pathway <file>`.");
  });

  it("exits 1 with the diagnostics for an invalid pathway", () => {
    const run = pathwise([
      "describe",
      "-p",
      "packages/core/test/fixtures/impossible-ce-rule/input.yaml",
    ]);
    expect(run.code).toBe(1);
    expect(run.stderr + run.stdout).toContain("impossible-ce-rule");
  });
});
