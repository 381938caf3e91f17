import type { Pathway } from "../model/pathway.js";
import type { Profile } from "../model/profile.js";
import type { EngineOptions } from "./options.js";
import { planRoute } from "./plan/index.js";
import { recommendSteps } from "./recommend.js";

/**
 * One expectation of a profile that the engine's answer does not meet.
 *
 * @example
 * const failures: readonly ExpectationFailure[] = checkExpectations(pathway, profile, { date: "2026-11-24" }).failures;
 * for (const f of failures) console.log(f.expectation, f.message);
 */
export interface ExpectationFailure {
  /** Which expectation: `next`, `includes`, `excludes`, `reachable` or `plan`. */
  readonly expectation: "next" | "includes" | "excludes" | "reachable" | "plan";
  readonly expected: unknown;
  readonly actual: unknown;
  /** One sentence. */
  readonly message: string;
}

/**
 * The outcome of checking a profile's expectations.
 *
 * @example
 * const report: ExpectationReport = checkExpectations(pathway, profile, { date: "2026-11-24" });
 * console.log(report.ok ? `${report.checked} met` : `${report.failures.length} failed`);
 */
export interface ExpectationReport {
  readonly ok: boolean;
  /** The evaluation date used: the profile's `date`, else the one given. */
  readonly date: string;
  /** How many expectations were checked. */
  readonly checked: number;
  readonly failures: readonly ExpectationFailure[];
}

/**
 * Runs the expectations a profile ships with (`expect:`): the first recommended steps in order
 * (`next`), steps that must or must not be recommended (`includes`, `excludes`), whether the
 * first goal is reachable, and steps the plan to it must contain in order. This is what
 * `pathwise test` runs, so content changes that alter advice fail CI.
 *
 * The profile's own `date` wins over `options.date`, so that expectations stay stable.
 *
 * @example
 * const report = checkExpectations(pathway, profile, { date: "2026-11-24" });
 * if (!report.ok) for (const f of report.failures) console.error(f.message);
 */
export function checkExpectations(
  pathway: Pathway,
  profile: Profile,
  options: EngineOptions,
): ExpectationReport {
  const date = profile.date ?? options.date;
  const expect = profile.expect ?? {};
  const failures: ExpectationFailure[] = [];
  let checked = 0;
  const needsAll = expect.includes !== undefined || expect.excludes !== undefined;
  const limit = needsAll
    ? Object.keys(pathway.steps).length
    : Math.max(5, expect.next?.length ?? 0);
  const recommended =
    expect.next || needsAll
      ? recommendSteps(pathway, profile, { ...options, date, limit }).steps.map((s) => s.step)
      : [];
  if (expect.next) {
    checked++;
    const actual = recommended.slice(0, expect.next.length);
    if (actual.join() !== expect.next.join()) {
      failures.push({
        expectation: "next",
        expected: expect.next,
        actual,
        message: `Expected the first steps to be ${list(expect.next)}, found ${list(actual)}.`,
      });
    }
  }
  for (const id of expect.includes ?? []) {
    checked++;
    if (!recommended.includes(id)) {
      failures.push({
        expectation: "includes",
        expected: id,
        actual: recommended,
        message: `Expected \`${id}\` among the recommendations, found it missing.`,
      });
    }
  }
  for (const id of expect.excludes ?? []) {
    checked++;
    const at = recommended.indexOf(id);
    if (at >= 0) {
      failures.push({
        expectation: "excludes",
        expected: id,
        actual: recommended,
        message: `Expected \`${id}\` not to be recommended, found it at rank ${at + 1}.`,
      });
    }
  }
  const goal = profile.goals?.[0];
  if ((expect.reachable !== undefined || expect.plan) && !goal) {
    checked++;
    failures.push({
      expectation: expect.plan ? "plan" : "reachable",
      expected: "a goal",
      actual: undefined,
      message: "Expected a goal to plan for, found none in the profile.",
    });
  } else if (goal && (expect.reachable !== undefined || expect.plan)) {
    const plan = planRoute(pathway, profile, goal, { ...options, date });
    if (expect.reachable !== undefined) {
      checked++;
      if (plan.reachable !== expect.reachable) {
        failures.push({
          expectation: "reachable",
          expected: expect.reachable,
          actual: plan.reachable,
          message: `Expected the first goal to be ${expect.reachable ? "reachable" : "unreachable"}, found: ${plan.message}`,
        });
      }
    }
    if (expect.plan) {
      checked++;
      const steps = plan.reachable
        ? plan.items.flatMap((i) => (i.kind === "step" && i.id ? [i.id] : []))
        : [];
      let at = 0;
      for (const id of steps) if (id === expect.plan[at]) at++;
      if (at < expect.plan.length) {
        failures.push({
          expectation: "plan",
          expected: expect.plan,
          actual: steps,
          message: `Expected the plan to contain ${list(expect.plan)} in that order, found ${list(steps)}.`,
        });
      }
    }
  }
  return { ok: failures.length === 0, date, checked, failures };
}

function list(ids: readonly string[]): string {
  return ids.length === 0 ? "none" : ids.map((id) => `\`${id}\``).join(", ");
}
