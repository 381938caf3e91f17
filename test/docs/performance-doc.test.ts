// docs/performance.md quotes the tables `pnpm bench` prints: each table it shows must have the
// header the bench prints today, and name the command that produced it, so the page cannot
// drift from the bench's output format.
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";

const read = (path: string) => readFileSync(new URL(`../../${path}`, import.meta.url), "utf8");

describe("docs/performance.md", () => {
  it("shows the recommendSteps growth tables with the bench's headers and command", () => {
    const doc = read("docs/performance.md");
    const bench = read("bench/recommend-growth.bench.mjs");
    const headers = [...bench.matchAll(/"(\| steps \|[^"$]*\|)"/g)].map((m) => m[1] as string);
    expect(headers).toHaveLength(2);
    for (const header of headers) expect(doc).toContain(`\n${header}\n`);
    expect(doc).toContain("pnpm bench recommend-growth");
    expect(doc).toMatch(/Exponent from 50 to 5000 steps: [\d.]+ \(goal ≤ 1\.1\)/);
  });
});
