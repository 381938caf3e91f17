// docs/limits.md states every limit; the values come from src/load/limits.ts, and this test
// fails when one of them changes without the page.
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import {
  dateRange,
  defaultLimits,
  maxPlanAlternatives,
  minHoursPerWeek,
  profileLimits,
} from "../src/index.js";

const doc = readFileSync(new URL("../../../docs/limits.md", import.meta.url), "utf8");
const n = (value: number) => value.toLocaleString("en-US");

describe("docs/limits.md", () => {
  it("states every load limit with its default", () => {
    for (const [name, value] of Object.entries(defaultLimits)) {
      expect(doc).toContain(`| \`${name}\` | ${n(value)} |`);
    }
  });

  it("states the date range", () => {
    expect(doc).toContain(`| ${dateRange.min} to ${dateRange.max} |`);
  });

  it("states every profile list limit and the least weekly hours", () => {
    const rows: Record<keyof typeof profileLimits, string> = {
      history: "`history`",
      credentials: "`credentials`",
      completed: "`completed`",
      ce: "`ce`",
      ceCategories: "`ce[].categories`",
      goals: "`goals`",
      expect: "each list of `expect`",
    };
    for (const [key, label] of Object.entries(rows)) {
      expect(doc).toContain(`| ${label} | ${n(profileLimits[key as keyof typeof rows])} |`);
    }
    expect(doc).toContain(`| \`preferences.hoursPerWeek\` | ${minHoursPerWeek} to 100 |`);
  });

  it("states how many alternatives a plan compares", () => {
    expect(doc).toContain(`(options of \`any\` and \`atLeast\`) | ${n(maxPlanAlternatives)} |`);
  });
});
