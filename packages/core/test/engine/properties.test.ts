// Properties over random people on the flagship pathway: the engine is deterministic, never
// recommends a step whose requirements do not hold, and every plan is dated and explained.
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { _shortfall, _worded } from "../../src/engine/_shortfall.js";
import { evaluate } from "../../src/engine/evaluate.js";
import { openSession } from "../../src/engine/session.js";
import {
  type Condition,
  createEvaluator,
  evaluateCondition,
  explain,
  type Pathway,
  type Profile,
  planRoute,
  recommendSteps,
  validateProfile,
} from "../../src/index.js";
import { flagship, today } from "./helpers.js";

const pathway = flagship();
const ids = (o: object) => Object.keys(o).sort();
const roles = ids(pathway.roles);
const settings = ids(pathway.settings);
const credentials = ids(pathway.credentials);
const steps = ids(pathway.steps);
const categories = ids(pathway.ceCategories ?? {});

const day = fc.integer({ min: 0, max: 3000 }).map((n) => {
  const d = new Date(Date.UTC(2026, 10, 24) - n * 86_400_000);
  return d.toISOString().slice(0, 10);
});

const person: fc.Arbitrary<Profile> = fc
  .record({
    role: fc.constantFrom(...roles),
    setting: fc.constantFrom(...settings),
    jurisdiction: fc.constantFrom("US-TX", "US-FL", "US-OH", undefined),
    history: fc.array(
      fc.record({
        role: fc.constantFrom(...roles),
        setting: fc.constantFrom(...settings),
        from: day,
        length: fc.option(fc.integer({ min: 0, max: 1500 }), { nil: undefined }),
        hoursPerWeek: fc.integer({ min: 4, max: 60 }),
      }),
      { maxLength: 4 },
    ),
    credentials: fc.uniqueArray(fc.record({ id: fc.constantFrom(...credentials), earned: day }), {
      maxLength: 5,
      selector: (c) => c.id,
    }),
    completed: fc.uniqueArray(fc.record({ step: fc.constantFrom(...steps), date: day }), {
      maxLength: 8,
      selector: (c) => c.step,
    }),
    ce: fc.array(
      fc.record({
        date: day,
        hours: fc.integer({ min: 1, max: 12 }),
        categories: fc.uniqueArray(fc.constantFrom(...categories), { minLength: 1, maxLength: 3 }),
      }),
      { maxLength: 8 },
    ),
    goals: fc.array(
      fc.oneof(
        fc.constantFrom(...roles).map((role) => ({ role })),
        fc.constantFrom(...settings).map((setting) => ({ setting })),
        fc.constantFrom(...credentials).map((credential) => ({ credential })),
      ),
      { maxLength: 2 },
    ),
    budget: fc.option(fc.integer({ min: 0, max: 300 }), { nil: undefined }),
  })
  .map((r) => {
    const history = r.history.map(({ length, from, ...h }) => {
      const to =
        length === undefined
          ? undefined
          : new Date(Date.parse(from) + length * 86_400_000).toISOString().slice(0, 10);
      return { ...h, from, ...(to && to <= today ? { to } : {}) };
    });
    const data = {
      pathwise: 1,
      pathway: pathway.id,
      role: r.role,
      setting: r.setting,
      ...(r.jurisdiction ? { jurisdiction: r.jurisdiction } : {}),
      history,
      credentials: r.credentials,
      completed: r.completed,
      ce: r.ce,
      goals: r.goals,
      ...(r.budget !== undefined
        ? { preferences: { budget: { amount: r.budget, currency: "USD" } } }
        : {}),
    };
    const result = validateProfile(data, { pathway, today });
    if (!result.ok) throw new Error(JSON.stringify(result.diagnostics));
    return result.value;
  });

function shuffled(profile: Profile): Profile {
  const reverse = <T>(a: readonly T[] | undefined) => (a ? [...a].reverse() : a);
  return {
    ...profile,
    history: reverse(profile.history),
    completed: reverse(profile.completed),
    ce: reverse(profile.ce),
    credentials: reverse(profile.credentials),
  } as Profile;
}

const leaf: fc.Arbitrary<Condition> = fc.oneof(
  fc.constantFrom(...credentials).map((credential) => ({ credential })),
  fc.constantFrom(...steps).map((step) => ({ step })),
  fc.constantFrom(...roles).map((role) => ({ role })),
  fc.constantFrom(...settings).map((setting) => ({ setting })),
  fc.constantFrom("US", "US-TX", "US-FL").map((jurisdiction) => ({ jurisdiction })),
  fc
    .record({
      hours: fc.integer({ min: 1, max: 4000 }),
      role: fc.option(fc.constantFrom(...roles), { nil: undefined }),
      within: fc.option(
        fc.integer({ min: 1, max: 8 }).map((years) => ({ years })),
        { nil: undefined },
      ),
    })
    .map(({ hours, role, within }) => ({
      experience: { hours, ...(role ? { role } : {}), ...(within ? { within } : {}) },
    })),
);
const condition: fc.Arbitrary<Condition> = fc.letrec<{ c: Condition }>((tie) => ({
  c: fc.oneof(
    { depthSize: "small", withCrossShrink: true },
    leaf,
    fc.array(tie("c"), { minLength: 1, maxLength: 3 }).map((all) => ({ all })),
    fc.array(tie("c"), { minLength: 1, maxLength: 3 }).map((any) => ({ any })),
    tie("c").map((not) => ({ not })),
    fc
      .array(tie("c"), { minLength: 1, maxLength: 4 })
      .chain((of) => fc.integer({ min: 1, max: of.length }).map((atLeast) => ({ atLeast, of }))),
  ),
})).c;

describe("engine properties on random profiles", () => {
  it("gives the same verdict with and without a trace, and a trace that holds misses nothing", () => {
    fc.assert(
      fc.property(person, fc.array(condition, { minLength: 1, maxLength: 10 }), (p, conditions) => {
        const evaluator = createEvaluator(pathway, p, { date: today });
        for (const c of conditions) {
          const trace = evaluator.trace(c);
          expect(evaluator.holds(c)).toBe(trace.holds);
          if (trace.holds) expect(trace.missing).toEqual([]);
          else if (trace.fixable) expect(trace.missing.length).toBeGreaterThan(0);
        }
      }),
      { numRuns: 100 },
    );
  });

  it("finds what a condition lacks without a trace exactly as the trace lists it", () => {
    // The kinds and ids (or requirement, or condition) of the missing facts, in order.
    const what = (m: object) => {
      const f = m as Record<string, unknown>;
      return JSON.stringify([f.kind, f.id ?? f.requirement ?? f.condition]);
    };
    fc.assert(
      fc.property(person, fc.array(condition, { minLength: 1, maxLength: 10 }), (p, conditions) => {
        const { scope } = openSession(pathway, p, { date: today });
        for (const c of conditions) {
          const trace = evaluate(c, scope);
          const short = _shortfall(c, scope);
          expect(short.holds).toBe(trace.holds);
          expect(short.fixable).toBe(trace.fixable);
          expect(short.missing.map(what)).toEqual(trace.missing.map(what));
          // Each worded from its source alone, as the trace of the whole condition words it.
          const worded = evaluate(c, { ...scope, lean: "facts" }).missing;
          expect(short.missing.map((m) => _worded(m, scope))).toEqual(worded);
        }
      }),
      { numRuns: 200 },
    );
  });

  it("counts certified experience only from credentials, never more than the work itself", () => {
    // Hours toward a requirement no one meets, as the trace reports them.
    const hours = (p: Profile, role?: string) => {
      const need = { experience: { hours: 1e9, ...(role ? { role } : {}) } };
      const missing = evaluateCondition(pathway, p, need, { date: today }).missing[0];
      return missing?.kind === "experience" ? missing.have : Number.NaN;
    };
    fc.assert(
      fc.property(person, (p) => {
        const uncredentialed = { ...p, credentials: [] } as Profile;
        const without = hours(uncredentialed, "certified-technician");
        const withCredentials = hours(p, "certified-technician");
        expect(without).toBeLessThanOrEqual(withCredentials + 1e-6);
        expect(withCredentials).toBeLessThanOrEqual(hours(p) + 1e-6);
        expect(hours(shuffled(p), "certified-technician")).toBeCloseTo(withCredentials, 6);
      }),
      { numRuns: 100 },
    );
  });

  it("gives the same recommendations for the same facts, whatever their order", () => {
    fc.assert(
      fc.property(person, (p) => {
        const a = recommendSteps(pathway as Pathway, p, { date: today, limit: 10 });
        const b = recommendSteps(pathway, shuffled(p), { date: today, limit: 10 });
        expect(b.steps).toEqual(a.steps);
        expect(b.close).toEqual(a.close);
        expect(b.goals).toEqual(a.goals);
      }),
      { numRuns: 60 },
    );
  });

  it("only recommends steps whose requirements hold, in score order", () => {
    fc.assert(
      fc.property(person, (p) => {
        const next = recommendSteps(pathway, p, { date: today, limit: 8 });
        for (const r of next.steps) {
          const why = explain(pathway, p, `step:${r.step}`, { date: today });
          expect(why.state, `${r.step}: ${why.message}`).toBe("available");
          expect(
            r.reasons.every((x) => typeof x.message === "string" && x.message.endsWith(".")),
          ).toBe(true);
        }
        for (let i = 1; i < next.steps.length; i++) {
          expect((next.steps[i - 1]?.score ?? 0) >= (next.steps[i]?.score ?? 0)).toBe(true);
        }
      }),
      { numRuns: 60 },
    );
  });

  it("dates every plan from the evaluation date on, or names what blocks it", () => {
    fc.assert(
      fc.property(person, fc.constantFrom(...roles), (p, role) => {
        const plan = planRoute(pathway, p, { role }, { date: today });
        if (!plan.reachable) {
          expect(plan.blockers.length).toBeGreaterThan(0);
          return;
        }
        expect(plan.finish >= today).toBe(true);
        for (const item of plan.items) {
          expect(
            item.start >= today && item.finish >= item.start && item.finish <= plan.finish,
          ).toBe(true);
        }
      }),
      { numRuns: 60 },
    );
  });
});
