// docs/flagship-graph.md must be what the CLI draws for the flagship today.
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
// @ts-expect-error a plain ESM script without types
import { renderFlagshipGraphPage } from "./write-flagship-graph.mjs";

describe("docs/flagship-graph.md", () => {
  it("is the CLI's current drawing of the flagship (run `pnpm run docs:graph`)", () => {
    const page = readFileSync(new URL("../../docs/flagship-graph.md", import.meta.url), "utf8");
    expect(page).toBe(renderFlagshipGraphPage());
    expect(page).toContain("Lead pharmacy technician");
  });
});
