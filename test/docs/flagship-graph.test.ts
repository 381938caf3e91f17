// docs/flagship-graph.md and its picture must be what the CLI draws for the flagship today.
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
// @ts-expect-error a plain ESM script without types
import { renderFlagshipGraphPage, renderFlagshipGraphSvg } from "./write-flagship-graph.mjs";

const read = (file: string) => readFileSync(new URL(`../../docs/${file}`, import.meta.url), "utf8");

describe("docs/flagship-graph.md", () => {
  it("is the CLI's current drawing of the flagship (run `pnpm run docs:graph`)", () => {
    const page = read("flagship-graph.md");
    expect(page).toBe(renderFlagshipGraphPage());
    expect(page).toContain("Lead pharmacy technician");
    expect(page).toContain("](flagship-graph.svg)");
  });

  it("shows a picture laid out from the CLI's current DOT output", async () => {
    const svg = read("flagship-graph.svg");
    expect(svg).toBe(await renderFlagshipGraphSvg());
    expect(svg).toMatch(/<svg [^>]*viewBox=/);
    expect(svg).toContain(">Lead pharmacy technician</text>");
  });
});
