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

describe("experience measured over one job after another", () => {
  // Histories are usually successive jobs, listed oldest or newest first; those are summed
  // without the sweep, and must give exactly what any other order of the same jobs gives.
  const successive = fc
    .array(
      fc.record({
        gap: fc.integer({ min: 1, max: 30 }),
        length: fc.integer({ min: 0, max: 90 }),
        hoursPerWeek: fc.integer({ min: 1, max: 60 }),
        role: fc.constantFrom(...roles),
      }),
      { minLength: 1, maxLength: 8 },
    )
    .map((jobs) => {
      let day = 0;
      return jobs.map(({ gap, length, hoursPerWeek, role }): CountedSpan => {
        const from = day + gap;
        day = from + length;
        return { role, from, to: day, hoursPerWeek, counts: new Set([role]) };
      });
    });

  it("gives the same amount in every order, and what the walk over the days gives", () => {
    fc.assert(
      fc.property(successive, fc.integer({ min: 0, max: 7 }), (spans, turn) => {
        const orders = [
          spans,
          [...spans].reverse(),
          [...spans.slice(turn), ...spans.slice(0, turn)],
        ];
        for (const unit of [{ hours: 1 }, { years: 1 }, { months: 1, role: "a" }]) {
          const [first, ...rest] = orders.map((o) => measureExperienceOnDay(o, unit, 1000, 40));
          for (const other of rest) expect(other?.have).toBe(first?.have);
        }
        const want = reference(spans, undefined, undefined, 1000);
        const hours = measureExperienceOnDay(spans, { hours: 1 }, 1000, 40);
        expect(hours.have).toBeCloseTo(want.hours, 6);
      }),
      { seed: 23, numRuns: 300 },
    );
  });
});
