import { lowerFirst } from "../../internal/text.js";
import type { Condition } from "../../model/condition.js";
import type { Pathway } from "../../model/pathway.js";
import type { Profile } from "../../model/profile.js";
import { stepRequirements } from "../availability.js";
import { evaluate } from "../evaluate.js";
import { scopeMemo } from "../evaluation-scope.js";
import { factsFromProfile } from "../facts.js";
import { goalTarget } from "../goal.js";
import { type EngineOptions, resolveOptions } from "../options.js";
import type { Plan, PlanItem } from "../plan/index.js";
import { replayProfile } from "./replay.js";

/**
 * Something wrong with a plan, found by replaying it.
 *
 * @example
 * const plan = planRoute(pathway, profile, { role: "lead-technician" }, { date: "2026-11-24" });
 * const verdict = verifyPlan(pathway, profile, plan, { date: "2026-11-24" });
 * const problems: readonly PlanProblem[] = verdict.ok ? [] : verdict.problems;
 * for (const p of problems) console.log(p.item, p.message);
 */
export interface PlanProblem {
  /** The index of the item in `plan.items`, when the problem is an item's. */
  readonly item?: number;
  /** One sentence: what should hold, on which day, and what the evaluator found. */
  readonly message: string;
}

/**
 * The verdict of {@link verifyPlan}.
 *
 * @example
 * const plan = planRoute(pathway, profile, { role: "lead-technician" }, { date: "2026-11-24" });
 * const verdict: PlanVerdict = verifyPlan(pathway, profile, plan, { date: "2026-11-24" });
 * if (!verdict.ok) console.log(verdict.problems.length, "problems");
 */
export type PlanVerdict =
  | { readonly ok: true }
  | { readonly ok: false; readonly problems: readonly PlanProblem[] };

/**
 * Checks a plan by replaying it: applies its items to the profile on their dates (steps completed
 * and what they grant earned on their finish dates, roles taken up and moves made with the work
 * history extended, credentials kept renewed as plans assume) and asks the evaluator whether each
 * step's requirements (with the eligibility of what it grants) and each role's hold on the day it
 * starts, and whether the goal holds on the finish date. For a plan that says the goal cannot be
 * reached, it checks that the goal does not already hold. Pure; independent of the planner.
 *
 * @example
 * const plan = planRoute(pathway, profile, { role: "lead-technician" }, { date });
 * const verdict = verifyPlan(pathway, profile, plan, { date });
 * if (!verdict.ok) for (const p of verdict.problems) console.log(p.message);
 */
export function verifyPlan(
  pathway: Pathway,
  profile: Profile,
  plan: Plan,
  options: EngineOptions,
): PlanVerdict {
  const { date, fullTime } = resolveOptions(options);
  const holdsOn = (condition: Condition, day: string, before?: number) => {
    const items = plan.reachable ? plan.items : [];
    const world = replayProfile(pathway, profile, items, date, day, before);
    const facts = factsFromProfile(world);
    return evaluate(condition, { pathway, facts, date: day, fullTime, memo: scopeMemo() });
  };
  const { kind, id } = goalTarget(plan.goal);
  const goal = { [kind]: id } as Condition;
  if (!plan.reachable) {
    const trace = holdsOn(goal, date);
    return trace.holds
      ? fail([{ message: `The plan says the goal cannot be reached, but it holds on ${date}.` }])
      : { ok: true };
  }
  const problems: PlanProblem[] = [];
  plan.items.forEach((item, index) => {
    problems.push(...checkItem(pathway, plan, item, index, date, holdsOn));
  });
  const trace = holdsOn(goal, plan.finish);
  if (!trace.holds) {
    problems.push({
      message: `The goal does not hold on ${plan.finish}: ${lowerFirst(trace.message)}`,
    });
  }
  return problems.length === 0 ? { ok: true } : fail(problems);
}

function checkItem(
  pathway: Pathway,
  plan: Extract<Plan, { reachable: true }>,
  item: PlanItem,
  index: number,
  date: string,
  holdsOn: (c: Condition, day: string, before?: number) => ReturnType<typeof evaluate>,
): PlanProblem[] {
  const out: PlanProblem[] = [];
  const previous = plan.items[index - 1];
  if (item.start < date || item.finish < item.start || item.finish > plan.finish) {
    out.push({
      item: index,
      message: `“${item.title}” runs ${item.start} to ${item.finish}, outside ${date} to ${plan.finish}.`,
    });
  }
  if (previous && previous.start > item.start) {
    out.push({
      item: index,
      message: `“${item.title}” starts before the item listed ahead of it.`,
    });
  }
  const requires =
    item.kind === "step" && item.id !== undefined
      ? stepRequirements(pathway, item.id)
      : item.kind === "role" && item.id !== undefined && Object.hasOwn(pathway.roles, item.id)
        ? pathway.roles[item.id]?.requires
        : undefined;
  if (item.kind === "step" && (item.id === undefined || !Object.hasOwn(pathway.steps, item.id))) {
    out.push({ item: index, message: `The pathway has no step \`${item.id}\`.` });
  }
  if (requires) {
    const trace = holdsOn(requires, item.start, index);
    if (!trace.holds) {
      out.push({
        item: index,
        message: `The requirements of “${item.title}” do not hold on ${item.start}: ${trace.missing.map((m) => lowerFirst(m.message)).join(" ")}`,
      });
    }
  }
  return out;
}

function fail(problems: PlanProblem[]): PlanVerdict {
  return { ok: false, problems };
}
