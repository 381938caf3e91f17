import type { Pathway, Step } from "../model/pathway.js";
import type { Goal, Profile } from "../model/profile.js";
import type { Effort } from "../model/quantities.js";
import { type _Lack, _worded } from "./_shortfall.js";
import { _sortedStepIds } from "./_step-lists.js";
import { type StepVerdict, stepVerdict } from "./availability.js";
import type { CredentialStatus } from "./credential-status.js";
import type { MissingFact } from "./evaluate.js";
import { formatGoal, goalTitle } from "./goal.js";
import { localized } from "./messages/localize.js";
import { type Candidate, mixStrategies } from "./mix-strategies.js";
import type { EngineOptions } from "./options.js";
import { type Plan, planRoute } from "./plan/index.js";
import {
  effortReasons,
  goalReasons,
  lapsedReason,
  type Reason,
  unlocksReason,
  worded,
} from "./reasons.js";
import { ceNeed, type DatedReason, renewalNeeds } from "./renewal-reasons.js";
import { scoring } from "./scoring.js";
import { openSession, type Session } from "./session.js";
import { openedEntities } from "./unlocks.js";

export type { Reason, ReasonCode, ReasonData } from "./reasons.js";

/**
 * A recommended step.
 *
 * @example
 * const steps: readonly Recommendation[] = recommendSteps(pathway, profile, { date: "2026-11-24" }).steps;
 * for (const s of steps) console.log(s.score, s.title, `(${s.strategyTitle})`);
 */
export interface Recommendation {
  readonly step: string;
  readonly title: string;
  readonly strategy: string;
  readonly strategyTitle: string;
  /** The sum of the reasons' points, plus 1 for being available. Higher ranks first. */
  readonly score: number;
  readonly reasons: readonly Reason[];
  /** The date it matters by, when there is one (a renewal deadline). */
  readonly deadline?: string;
  readonly effort?: Effort;
  readonly summary?: string;
}

/**
 * A step that one missing fact stands between the person and.
 *
 * @example
 * const close: readonly CloseStep[] = recommendSteps(pathway, profile, { date: "2026-11-24" }).close;
 * for (const c of close) console.log(c.title, "needs:", c.missing.message);
 */
export interface CloseStep {
  readonly step: string;
  readonly title: string;
  readonly strategy: string;
  readonly missing: MissingFact;
  /** Whether the step is on the route to one of the person's goals. */
  readonly onGoalRoute: boolean;
}

/**
 * Where the person stands on one of their goals.
 *
 * @example
 * const goals: readonly GoalProgress[] = recommendSteps(pathway, profile, { date: "2026-11-24" }).goals;
 * for (const g of goals) console.log(g.key, g.plan.reachable ? g.plan.finish : "not reachable");
 */
export interface GoalProgress {
  readonly goal: Goal;
  /** `role:lead-technician`. */
  readonly key: string;
  readonly title: string;
  readonly plan: Plan;
}

/**
 * The answer of {@link recommendSteps}.
 *
 * @example
 * const next: Recommendations = recommendSteps(pathway, profile, { date: "2026-11-24" });
 * console.log(renderRecommendations(next));
 */
export interface Recommendations {
  readonly date: string;
  /** The next steps, best first. */
  readonly steps: readonly Recommendation[];
  /**
   * Steps one fact away: goal-route steps first, then those a step or credential away (before
   * those that need time, a move or another jurisdiction), then by id.
   */
  readonly close: readonly CloseStep[];
  /** Every held credential's status and CE progress. */
  readonly credentials: readonly CredentialStatus[];
  /** A plan for each goal, in the profile's order. */
  readonly goals: readonly GoalProgress[];
}

/**
 * Options for {@link recommendSteps}.
 *
 * @example
 * const options: RecommendOptions = { date: "2026-11-24", limit: 3 };
 * const next = recommendSteps(pathway, profile, options);
 */
export interface RecommendOptions extends EngineOptions {
  /** How many steps to return. Default: 5. */
  readonly limit?: number;
}

export { scoring };

/**
 * Recommends a person's next steps on a date, ranked by a documented score with reasons:
 * progress toward their goals (the quickest route counts most), what a step unlocks, renewal
 * deadlines and CE still needed, effort and cost against their preferences, and a mix across
 * strategies. Also returns the steps one fact away, each credential's status, and a plan per
 * goal. Pure and deterministic: the same input gives the same order (ties by id).
 *
 * @example
 * const next = recommendSteps(pathway, profile, { date: "2026-11-24", limit: 5 });
 * for (const r of next.steps) console.log(r.title, r.reasons.map((x) => x.message).join(" "));
 */
export function recommendSteps(
  pathway: Pathway,
  profile: Profile,
  options: RecommendOptions,
): Recommendations {
  const session = openSession(pathway, profile, options);
  // Plans are worked out in English; the whole answer is rendered in the catalog's words once.
  const english = { ...options, messages: undefined };
  const shown = Math.max(0, options.limit ?? 5);
  const goals = (profile.goals ?? []).map(
    (goal): GoalProgress => ({
      goal,
      key: formatGoal(goal),
      title: goalTitle(pathway, goal),
      plan: planRoute(pathway, profile, goal, english),
    }),
  );
  const ids = _sortedStepIds(pathway);
  const availability = new Map<string, StepVerdict>();
  for (const id of ids) availability.set(id, stepVerdict(session.scope, session.statuses, id));
  const dueRenewals = renewalNeeds(session, availability);
  const before = openedEntities(session, session.facts);
  const scored = ids
    .filter((id) => availability.get(id)?.state === "available")
    .map((id) => score(session, id, goals, dueRenewals, before));
  const answer = {
    date: session.options.date,
    steps: mixStrategies(scored, pathway, Math.ceil(shown))
      .slice(0, shown)
      .map((s) => ({ ...s, reasons: worded(s.reasons) })),
    close: closeSteps(session, availability, goals),
    credentials: [...session.statuses.values()],
    goals,
  };
  return localized(answer, options);
}

function score(
  session: Session,
  id: string,
  goals: readonly GoalProgress[],
  renewals: ReadonlyMap<string, DatedReason>,
  before: ReadonlySet<string>,
): Candidate {
  const step = session.pathway.steps[id] as Step;
  const reasons: Reason[] = goalReasons(session, id, goals);
  const unlocks = unlocksReason(session, id, before);
  if (unlocks) reasons.push(unlocks);
  const lapsed = lapsedReason(session, step);
  if (lapsed) reasons.push(lapsed);
  let deadline: string | undefined;
  const renewal = renewals.get(id);
  if (renewal) {
    reasons.push(renewal.reason);
    deadline = renewal.deadline;
  }
  const ce = ceNeed(session, step);
  if (ce) {
    reasons.push(ce.reason);
    deadline = deadline && deadline < ce.deadline ? deadline : ce.deadline;
  }
  reasons.push(...effortReasons(session, step));
  const candidate: Candidate = { step: id, base: step, reasons };
  if (deadline) candidate.deadline = deadline;
  return candidate;
}

function closeSteps(
  session: Session,
  availability: ReadonlyMap<string, StepVerdict>,
  goals: readonly GoalProgress[],
): CloseStep[] {
  const onRoute = new Set(
    goals.flatMap((g) =>
      g.plan.reachable
        ? g.plan.items.flatMap((i) => (i.kind === "step" && i.id ? [i.id] : []))
        : [],
    ),
  );
  const out: CloseStep[] = [];
  for (const [id, a] of availability) {
    const missing = a.shortfall?.missing;
    if (a.state !== "blocked" || !a.shortfall?.fixable || missing?.length !== 1) continue;
    const step = session.pathway.steps[id] as Step;
    out.push({
      step: id,
      title: step.title,
      strategy: step.strategy,
      missing: _worded(missing[0] as _Lack, session.scope),
      onGoalRoute: onRoute.has(id),
    });
  }
  // What a person can act on (a step to take, a credential to earn) before what only time, a
  // move or another jurisdiction brings.
  const actionable = (c: CloseStep) =>
    Number(c.missing.kind === "step" || c.missing.kind === "credential");
  return out.sort(
    (a, b) =>
      Number(b.onGoalRoute) - Number(a.onGoalRoute) ||
      actionable(b) - actionable(a) ||
      (a.step < b.step ? -1 : 1),
  );
}
