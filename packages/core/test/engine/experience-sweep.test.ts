// Experience measured by the sweep over its cuts, against the plain definition: on each day, the
// busiest matching job counts (hours at its weekly rate, a full-time share of the day for years
// and months). Days are few here, so the reference can walk them one by one.
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { type CountedSpan, measureExperienceOnDay } from "../../src/engine/experience.js";

const roles = ["a", "b"];
const span = fc
  .record({
    role: fc.constantFrom(...roles),
    setting: fc.option(fc.constantFrom("s", "t"), { nil: undefined }),
    from: fc.integer({ min: 0, max: 300 }),
    length: fc.integer({ min: 0, max: 120 }),
    hoursPerWeek: fc.integer({ min: 1, max: 60 }),
  })
  .map(
    ({ length, ...s }): CountedSpan => ({ ...s, to: s.from + length, counts: new Set([s.role]) }),
  );

function reference(spans: readonly CountedSpan[], role?: string, setting?: string, end = 400) {
  let hours = 0;
  let fteDays = 0;
  for (let day = 0; day <= end; day++) {
    let rate = 0;
    for (const s of spans) {
      if (role !== undefined && !s.counts.has(role)) continue;
      if (setting !== undefined && s.setting !== setting) continue;
      if (s.from <= day && day <= s.to) rate = Math.max(rate, s.hoursPerWeek);
    }
    hours += rate / 7;
    fteDays += Math.min(rate, 40) / 40;
  }
  return { hours, fteDays };
}

describe("experience measured over overlapping jobs", () => {
  it("counts the busiest matching job on each day, as a walk over the days does", () => {
    fc.assert(
      fc.property(
        fc.array(span, { maxLength: 40 }),
        fc.option(fc.constantFrom(...roles), { nil: undefined }),
        fc.option(fc.constantFrom("s", "t"), { nil: undefined }),
        (spans, role, setting) => {
          const want = reference(spans, role, setting);
          const hours = measureExperienceOnDay(spans, { hours: 1, role, setting }, 400, 40);
          const days = measureExperienceOnDay(spans, { years: 1, role, setting }, 400, 40);
          expect(hours.have).toBeCloseTo(want.hours, 6);
          expect(days.have * 365.25).toBeCloseTo(want.fteDays, 6);
        },
      ),
      { seed: 17, numRuns: 500 },
    );
  });
});
