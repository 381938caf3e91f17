// The planner's day-number paths give what writing the date out and reading it back gave: adding
// a duration to a day, and measuring experience on a day (with and without a `within` window).
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import {
  type CountedSpan,
  measureExperience,
  measureExperienceOnDay,
} from "../../src/engine/experience.js";
import {
  addDuration,
  addDurationToDay,
  fromDayNumber,
  toDayNumber,
} from "../../src/internal/dates.js";

// Beyond both ends of the four-digit years too, and fractions, as a plan's arithmetic can give.
const day = fc.oneof(
  fc.integer({ min: -800_000, max: 3_000_000 }),
  fc.integer({ min: 18_000, max: 25_000 }),
  fc.double({ min: -1e7, max: 1e7, noNaN: true }),
);
const duration = fc.record(
  {
    years: fc.integer({ min: 0, max: 30 }),
    months: fc.integer({ min: 0, max: 40 }),
    weeks: fc.integer({ min: 0, max: 10 }),
    days: fc.integer({ min: 0, max: 400 }),
  },
  { requiredKeys: [] },
);
const sign = fc.constantFrom<1 | -1>(1, -1);
const settings = { seed: 15, numRuns: 3000 } as const;

describe("day numbers", () => {
  it("addDurationToDay is addDuration on the day's date", () => {
    fc.assert(
      fc.property(day, duration, sign, (d, dur, s) => {
        expect(addDurationToDay(d, dur, s)).toBe(
          toDayNumber(addDuration(fromDayNumber(d), dur, s)),
        );
      }),
      settings,
    );
  });

  it("measureExperienceOnDay is measureExperience on the day's date", () => {
    const span = fc.record({
      from: fc.integer({ min: 17_000, max: 21_000 }),
      length: fc.option(fc.integer({ min: 0, max: 3000 }), { nil: undefined }),
      hoursPerWeek: fc.integer({ min: 1, max: 60 }),
      role: fc.constantFrom("a", "b"),
      setting: fc.constantFrom("x", "y"),
    });
    const requirement = fc.record({
      unit: fc.constantFrom("years", "months", "hours"),
      role: fc.option(fc.constantFrom("a", "b"), { nil: undefined }),
      setting: fc.option(fc.constantFrom("x", "y"), { nil: undefined }),
      within: fc.option(duration, { nil: undefined }),
    });
    fc.assert(
      fc.property(fc.array(span, { maxLength: 4 }), requirement, day, (raw, r, d) => {
        const spans: CountedSpan[] = raw.map(({ length, ...s }) => ({
          ...s,
          to: length === undefined ? Number.POSITIVE_INFINITY : s.from + length,
          counts: new Set([s.role]),
        }));
        const req = {
          [r.unit]: 1,
          ...(r.role ? { role: r.role } : {}),
          ...(r.setting ? { setting: r.setting } : {}),
          ...(r.within ? { within: r.within } : {}),
        };
        expect(measureExperienceOnDay(spans, req, d, 40)).toEqual(
          measureExperience(spans, req, fromDayNumber(d), 40),
        );
      }),
      settings,
    );
  });
});
