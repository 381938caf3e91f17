// The strategy mix, taken from per-strategy queues, orders candidates exactly as comparing every
// remaining candidate each round did (the reference below is that quadratic version, kept here).
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { type Candidate, mixStrategies } from "../../src/engine/mix-strategies.js";
import { scoring } from "../../src/engine/scoring.js";
import type { Pathway, Reason, ReasonCode, Recommendation } from "../../src/index.js";
import { count } from "../../src/internal/text.js";

/** The old order: every round scores every remaining candidate and takes the best. */
function referenceMix(candidates: Candidate[], pathway: Pathway): Recommendation[] {
  const remaining = candidates.map((c) => ({
    c,
    raw: scoring.available + c.reasons.reduce((sum, r) => sum + r.points, 0),
  }));
  const taken = new Map<string, number>();
  const out: Recommendation[] = [];
  while (remaining.length > 0) {
    let bestIndex = 0;
    let bestScore = Number.NEGATIVE_INFINITY;
    remaining.forEach((r, i) => {
      const urgent = r.c.reasons.some((x) => x.code === "renewal-due");
      const repeats = urgent ? 0 : (taken.get(r.c.base.strategy) ?? 0);
      const s = r.raw + Math.max(scoring.strategyRepeatMax, scoring.strategyRepeat * repeats);
      const current = remaining[bestIndex] as (typeof remaining)[number];
      if (s > bestScore || (s === bestScore && r.c.step < current.c.step)) {
        bestScore = s;
        bestIndex = i;
      }
    });
    const [{ c, raw }] = remaining.splice(bestIndex, 1) as [(typeof remaining)[number]];
    const penalty = bestScore - raw;
    const repeats = taken.get(c.base.strategy) ?? 0;
    const strategyTitle = pathway.strategies[c.base.strategy]?.title ?? c.base.strategy;
    const reasons = [...c.reasons];
    if (penalty !== 0) {
      reasons.push({
        code: "strategy-mix",
        points: penalty,
        data: { strategy: c.base.strategy, strategyTitle, repeats },
        message: `${count(repeats, "step")} from “${strategyTitle}” already ${repeats === 1 ? "ranks" : "rank"} higher, so other kinds of move get a turn.`,
      });
    }
    if (!c.reasons.some((x) => x.code === "renewal-due")) {
      taken.set(c.base.strategy, (taken.get(c.base.strategy) ?? 0) + 1);
    }
    const rec: { -readonly [K in keyof Recommendation]: Recommendation[K] } = {
      step: c.step,
      title: c.base.title,
      strategy: c.base.strategy,
      strategyTitle,
      score: bestScore,
      reasons,
    };
    if (c.deadline) rec.deadline = c.deadline;
    if (c.base.effort) rec.effort = c.base.effort;
    if (c.base.summary) rec.summary = c.base.summary;
    out.push(rec);
  }
  return out;
}

const pathway = {
  strategies: { certify: { title: "Certify" }, learn: { title: "Learn" }, grow: { title: "Grow" } },
} as unknown as Pathway;

const codes: ReasonCode[] = ["goal-route", "unlocks", "renewal-due", "cost", "time", "ce-needed"];
const candidates: fc.Arbitrary<Candidate[]> = fc
  .uniqueArray(
    fc.record({
      step: fc.integer({ min: 0, max: 200 }).map((n) => `step-${n}`),
      strategy: fc.constantFrom("certify", "learn", "grow", "unknown"),
      reasons: fc.array(
        fc.record({
          code: fc.constantFrom(...codes),
          // Few distinct points, so that ties are common.
          points: fc.constantFrom(-40, -12, -10, -1, 0, 6, 12, 15, 24, 40, 48),
        }),
        { maxLength: 4 },
      ),
      deadline: fc.option(fc.constantFrom("2027-01-01", "2027-06-30"), { nil: undefined }),
    }),
    { maxLength: 40, selector: (c) => c.step },
  )
  .map((list) =>
    list.map(({ step, strategy, reasons, deadline }) => ({
      step,
      base: {
        strategy,
        title: `Title of ${step}`,
        sources: ["src"],
      } as unknown as Candidate["base"],
      reasons: reasons.map(
        (r) => ({ ...r, data: {}, message: `${r.code} ${r.points}.` }) as Reason,
      ),
      ...(deadline ? { deadline } : {}),
    })),
  );

describe("the strategy mix", () => {
  it("orders candidates exactly as the full comparison each round", () => {
    fc.assert(
      fc.property(candidates, (list) => {
        expect(mixStrategies(list, pathway)).toEqual(referenceMix(list, pathway));
      }),
      { seed: 15, numRuns: 2000 },
    );
  });

  it("with a limit, gives the first steps of the whole order", () => {
    fc.assert(
      fc.property(candidates, fc.nat({ max: 12 }), (list, limit) => {
        expect(mixStrategies(list, pathway, limit)).toEqual(
          referenceMix(list, pathway).slice(0, limit),
        );
      }),
      { seed: 16, numRuns: 1000 },
    );
  });
});
