// Fuzzing the engine (issue 14): random people, with dates anywhere in the documented range
// (1900-01-01 to 2999-12-31, its ends included), at random evaluation dates. Whatever validates
// is answered: recommendSteps, planRoute and explain never throw, and every date they give is
// a date. See budget.ts for the run counts.
import fc from "fast-check";
import { afterAll, describe, it } from "vitest";
import {
  dateRange,
  explain,
  type Pathway,
  planRoute,
  recommendSteps,
  validateProfile,
} from "../../src/index.js";
import { clinic, flagship } from "../engine/helpers.js";
import { runsFor, seed, slowest, timed, timeoutFor } from "./budget.js";

const first = Date.parse(dateRange.min);
const last = Date.parse(dateRange.max);
const span = (last - first) / 86_400_000;
/** A date in the range, often at or near its ends. */
const day = fc
  .oneof(
    fc.integer({ min: 0, max: span }),
    fc.constantFrom(0, 1, span - 1, span),
    fc.integer({ min: span - 800, max: span }),
  )
  .map((n) => new Date(first + n * 86_400_000).toISOString().slice(0, 10));

function personOn(pathway: Pathway) {
  const ids = (o: object | undefined) => Object.keys(o ?? {}).sort();
  const [roles, settings, credentials, steps, categories] = [
    ids(pathway.roles),
    ids(pathway.settings),
    ids(pathway.credentials),
    ids(pathway.steps),
    ids(pathway.ceCategories),
  ];
  const optional = <T>(a: fc.Arbitrary<T>) => fc.option(a, { nil: undefined });
  return fc.record({
    pathwise: fc.constant(1),
    pathway: fc.constant(pathway.id),
    role: optional(fc.constantFrom(...roles)),
    setting: optional(fc.constantFrom(...settings)),
    history: fc.array(
      fc.record({
        role: fc.constantFrom(...roles),
        from: day,
        to: optional(day),
        hoursPerWeek: optional(fc.constantFrom(0, 0.001, 1, 40, 100)),
      }),
      { maxLength: 4 },
    ),
    credentials: fc.array(
      fc.record({ id: fc.constantFrom(...credentials), earned: day, renewed: optional(day) }),
      { maxLength: 3 },
    ),
    completed: fc.array(fc.record({ step: fc.constantFrom(...steps), date: day }), {
      maxLength: 4,
    }),
    ce: categories.length
      ? fc.array(
          fc.record({
            date: day,
            hours: fc.constantFrom(0, 0.5, 1, 20, 1000),
            categories: fc.uniqueArray(fc.constantFrom(...categories), { maxLength: 3 }),
          }),
          { maxLength: 4 },
        )
      : fc.constant([]),
    goals: fc.array(
      fc.oneof(
        fc.constantFrom(...roles).map((role) => ({ role })),
        fc.constantFrom(...credentials).map((credential) => ({ credential })),
        fc.constantFrom(...settings).map((setting) => ({ setting })),
      ),
      { maxLength: 3 },
    ),
    preferences: optional(
      fc.record({ hoursPerWeek: fc.constantFrom(0.5, 1, 10, 100) }, { requiredKeys: [] }),
    ),
  });
}

/**
 * The person as recorded on `date`: nothing after it, no period ending before it starts, so
 * that every generated profile validates and reaches the engine.
 */
function recordedBy<T extends Record<string, unknown>>(raw: T, date: string): T {
  const upTo = (d: string) => (d > date ? date : d);
  const fix = (value: unknown, key?: string): unknown => {
    if (Array.isArray(value)) return value.map((v) => fix(v));
    if (value && typeof value === "object") {
      const entries = Object.entries(value).filter(([, v]) => v !== undefined);
      const out = Object.fromEntries(entries.map(([k, v]) => [k, fix(v, k)]));
      for (const [a, b] of [
        ["from", "to"],
        ["earned", "renewed"],
      ] as const) {
        if (typeof out[a] === "string" && typeof out[b] === "string" && out[b] < out[a])
          [out[a], out[b]] = [out[b], out[a]];
      }
      return out;
    }
    return typeof value === "string" && key !== undefined && /^\d{4}-/.test(value)
      ? upTo(value)
      : value;
  };
  return fix(raw) as T;
}

const isDate = (value: unknown) =>
  typeof value !== "string" ||
  !/^\d{4}-\d{2}-\d{2}$/.test(value) ||
  !Number.isNaN(Date.parse(value));

/** Every string that looks like a date in the answer is one (no `+275760` or `NaN` years). */
function expectDates(answer: unknown): void {
  JSON.stringify(answer, (_key, value) => {
    if (typeof value === "string" && /^[+-]?\d{4,6}-\d{2}-\d{2}/.test(value)) {
      if (!/^\d{4}-\d{2}-\d{2}$/.test(value) || !isDate(value))
        throw new Error(`not a date in an answer: ${value}`);
    }
    return value;
  });
}

afterAll(() => {
  const times = [...slowest].map(([name, ms]) => `${name} ${ms.toFixed(0)} ms`).join(", ");
  console.log(`fuzz (seed ${seed}) slowest input: ${times}`);
});

describe("the engine on fuzzed people and dates never throws", () => {
  for (const [name, pathway, share] of [
    ["clinic", clinic(), 0.08],
    ["flagship", flagship(), 0.01],
  ] as const) {
    it(
      `on the ${name} pathway`,
      () => {
        fc.assert(
          fc.property(personOn(pathway), day, (raw, date) => {
            const profile = validateProfile(recordedBy(raw, date), { pathway, today: date });
            if (!profile.ok) throw new Error(JSON.stringify(profile.diagnostics));
            timed(name, () => {
              expectDates(recommendSteps(pathway, profile.value, { date }));
              for (const goal of profile.value.goals ?? [])
                expectDates(planRoute(pathway, profile.value, goal, { date }));
              const target = Object.keys(pathway.roles)[0] as string;
              expectDates(explain(pathway, profile.value, `role:${target}`, { date }));
            });
          }),
          { seed, numRuns: runsFor(share) },
        );
      },
      timeoutFor(share),
    );
  }
});
