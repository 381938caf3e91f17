import { describe, expect, it } from "vitest";
import {
  createEvaluator,
  credentialStatuses,
  type EngineOptions,
  PathwiseError,
  recommendSteps,
} from "../../src/index.js";
import { clinic, profile, today } from "./helpers.js";

const pathway = clinic();
const p = profile(pathway, { role: "assistant" });

describe("engine options", () => {
  it("refuse a date that is not a calendar date in range, even right after a good one", () => {
    const bad: unknown[] = [
      "",
      "2026-02-30",
      "2026-13-01",
      "2026-1-5",
      "1899-12-31",
      "3000-01-01",
      20261124,
      undefined,
    ];
    // Before any good call too (this file's first engine call).
    expect(() => credentialStatuses(pathway, p, { date: "" })).toThrow(PathwiseError);
    for (const date of bad) {
      // A good call first: whatever the engine keeps of the last date must not let a bad one by.
      expect(recommendSteps(pathway, p, { date: today }).date).toBe(today);
      const call = () => credentialStatuses(pathway, p, { date } as unknown as EngineOptions);
      expect(call).toThrow(PathwiseError);
      expect(call).toThrow(/^Expected options\.date (as a calendar date|from 1900-01-01)/);
    }
  });

  it("refuse full-time hours outside 1 to 100 on a date already accepted", () => {
    expect(() => createEvaluator(pathway, p, { date: today, fullTimeHoursPerWeek: 0 })).toThrow(
      "Expected options.fullTimeHoursPerWeek between 1 and 100, found 0.",
    );
  });

  it("answer for each date asked, one after another", () => {
    const held = profile(pathway, {
      role: "assistant",
      credentials: [{ id: "basic", earned: "2026-05-01" }],
    });
    const basic = { credential: "basic" };
    expect(createEvaluator(pathway, held, { date: "2026-06-01" }).holds(basic)).toBe(true);
    expect(createEvaluator(pathway, held, { date: "2026-01-10" }).holds(basic)).toBe(false);
    expect(createEvaluator(pathway, held, { date: "2026-06-01" }).holds(basic)).toBe(true);
  });
});
