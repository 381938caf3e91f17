import { count } from "../internal/count.js";
import { approximateDays } from "../internal/dates.js";
import type { Pathway, Step } from "../model/pathway.js";
import type { Goal, Profile } from "../model/profile.js";
import type { Effort } from "../model/quantities.js";
import { _goalRoute } from "./_goal-routes.js";
import { _renewingStepIds, _sortedStepIds } from "./_step-lists.js";
import { isRenewalDue, type StepAvailability, stepAvailability } from "./availability.js";
import {
  type CredentialStatus,
  ceProgressOf,
  filingNote,
  formatMoney,
} from "./credential-status.js";
import { lapsedOn, type MissingFact } from "./evaluate.js";
import { formatGoal, goalTitle } from "./goal.js";
import { type Candidate, mixStrategies } from "./mix-strategies.js";
import type { EngineOptions } from "./options.js";
import { type Plan, planRoute } from "./plan/index.js";
import { scoring } from "./scoring.js";
import { openSession, type Session } from "./session.js";
import { entityTitle, openedEntities, stepUnlocks } from "./unlocks.js";

/** Machine codes of the reasons behind a recommendation's score. */
export type ReasonCode =
  /** The step is on the quickest route to one of the person's goals. */
  | "goal-route"
  /** The step says it advances a goal, or something on a goal's route. */
  | "goal-advances"
  /** Doing the step makes other steps, roles or credentials available. */
  | "unlocks"
  /** The step renews a credential that is due, or is needed before that renewal. */
  | "renewal-due"
  /** The step earns CE hours a held credential still needs in this cycle. */
  | "ce-needed"
  /** What the step costs, against the person's budget. */
  | "cost"
  /** The step costs more than the person's budget. */
  | "over-budget"
  /** The time the step takes, against the hours a week the person has. */
  | "time"
  /** Other strategies ranked above the step so the list is not all one kind of move. */
  | "strategy-mix"
  /** The credential the step grants lapsed past reinstatement, so it must be earned again. */
  | "credential-lapsed";

/** One reason behind a score: a code, the points it adds (or takes), and a sentence. */
export interface Reason {
  readonly code: ReasonCode;
  readonly points: number;
  readonly message: string;
}

/** A recommended step. */
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

/** A step that one missing fact stands between the person and. */
export interface CloseStep {
  readonly step: string;
  readonly title: string;
  readonly strategy: string;
  readonly missing: MissingFact;
  /** Whether the step is on the route to one of the person's goals. */
  readonly onGoalRoute: boolean;
}

/** Where the person stands on one of their goals. */
export interface GoalProgress {
  readonly goal: Goal;
  /** `role:lead-technician`. */
  readonly key: string;
  readonly title: string;
  readonly plan: Plan;
}

/** The answer of {@link recommendSteps}. */
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

/** Options for {@link recommendSteps}. */
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
  const shown = Math.max(0, options.limit ?? 5);
  const goals = (profile.goals ?? []).map(
    (goal): GoalProgress => ({
      goal,
      key: formatGoal(goal),
      title: goalTitle(pathway, goal),
      plan: planRoute(pathway, profile, goal, options),
    }),
  );
  const ids = _sortedStepIds(pathway);
  const availability = new Map(
    ids.map((id) => [id, stepAvailability(session.scope, session.statuses, id, false)]),
  );
  const dueRenewals = renewalNeeds(session, availability);
  const before = openedEntities(session, session.facts);
  const scored = ids
    .filter((id) => availability.get(id)?.state === "available")
    .map((id) => score(session, id, goals, dueRenewals, before));
  return {
    date: session.options.date,
    steps: mixStrategies(scored, pathway, Math.ceil(shown)).slice(0, shown),
    close: closeSteps(session, availability, goals),
    credentials: [...session.statuses.values()],
    goals,
  };
}

/** Renewal steps that are due, and the steps standing in their way, with their deadlines. */
function renewalNeeds(session: Session, availability: ReadonlyMap<string, StepAvailability>) {
  const out = new Map<string, { points: number; message: string; deadline: string }>();
  const { pathway, statuses, options } = session;
  for (const id of _renewingStepIds(pathway)) {
    const step = pathway.steps[id] as Step;
    if (!step.renews) continue;
    const status = statuses.get(step.renews);
    if (!status?.expires || !isRenewalDue(status, options.date)) continue;
    // Aim at the filing date while it is ahead; expiry stays the date the credential lapses.
    const onTime = status.fileBy !== undefined && options.date <= status.fileBy;
    const deadline =
      status.state === "expired"
        ? (status.reinstatableUntil ?? status.expires)
        : onTime
          ? (status.fileBy as string)
          : status.expires;
    const points = Math.round(scoring.renewalDue * urgency(status, session));
    const ce =
      status.ce && !status.ce.met
        ? `; ${count(status.ce.needed, "CE hour")} ${status.ce.needed === 1 ? "is" : "are"} still needed first`
        : "";
    // Due, but not yet open for filing (expiring before the window opens): say when it opens.
    const opens =
      status.renewalOpens && options.date < status.renewalOpens
        ? `; you can file from ${status.renewalOpens}`
        : "";
    const filing =
      status.fileBy && status.state !== "expired"
        ? `; ${filingNote(pathway.credentials[status.credential]?.renewal, status.fileBy, options.date)}`
        : "";
    const verb =
      status.state === "expired"
        ? `expired on ${status.expires}; reinstate it by ${deadline}`
        : `expires on ${status.expires}${filing}`;
    const state = availability.get(id)?.state;
    if (state === "available") {
      out.set(id, { points, deadline, message: `Your ${status.title} ${verb}${opens}${ce}.` });
    } else if (state === "blocked") {
      for (const missing of availability.get(id)?.trace?.missing ?? []) {
        if (missing.kind !== "step" || availability.get(missing.id)?.state !== "available")
          continue;
        out.set(missing.id, {
          points: Math.round(points * scoring.renewalPrerequisite),
          deadline,
          message: `Needed before you can renew your ${status.title}, which ${verb}.`,
        });
      }
    }
  }
  return out;
}

/** 0.3 to 1: how close a credential is to its deadline within the expiring window. */
function urgency(status: CredentialStatus, session: Session): number {
  if (status.state === "expired") return 1;
  if (status.daysLeft === undefined) return 0.3;
  const window = approximateDays(session.options.expiringWithin) || 90;
  return Math.min(1, Math.max(0.3, 1 - status.daysLeft / window));
}

function score(
  session: Session,
  id: string,
  goals: readonly GoalProgress[],
  renewals: ReturnType<typeof renewalNeeds>,
  before: ReadonlySet<string>,
): Candidate {
  const { pathway, profile } = session;
  const step = pathway.steps[id] as Step;
  const reasons: Reason[] = [];
  let deadline: string | undefined;

  goals.forEach((g, index) => {
    const weight = 1 / (index + 1);
    const plan = g.plan;
    const route = _goalRoute(pathway, g);
    if (plan.reachable && route.steps.has(id)) {
      reasons.push({
        code: "goal-route",
        points: Math.round(scoring.goalRoute * weight),
        message: `It is on the quickest route to ${g.title} (reachable by ${plan.finish}).`,
      });
      return;
    }
    if (step.advances?.some((a) => route.onRoute.has(a))) {
      reasons.push({
        code: "goal-advances",
        points: Math.round(scoring.goalAdvances * weight),
        message: `It helps toward ${g.title}.`,
      });
    }
  });

  const opened = stepUnlocks(session, id, before);
  if (opened.length > 0) {
    const names = opened.slice(0, 3).map((e) => entityTitle(pathway, e));
    reasons.push({
      code: "unlocks",
      points: Math.min(scoring.unlockMax, scoring.unlockEach * opened.length),
      message: `It opens ${opened.length} more: ${names.join(", ")}${opened.length > 3 ? `, and ${opened.length - 3} others` : ""}.`,
    });
  }

  const lapsed = lapsedReason(session, step);
  if (lapsed) reasons.push(lapsed);

  const renewal = renewals.get(id);
  if (renewal) {
    reasons.push({ code: "renewal-due", points: renewal.points, message: renewal.message });
    deadline = renewal.deadline;
  }

  const ce = ceNeed(session, step);
  if (ce) {
    reasons.push({ code: "ce-needed", points: ce.points, message: ce.message });
    deadline = deadline && deadline < ce.deadline ? deadline : ce.deadline;
  }

  const cost = step.effort?.cost;
  const budget = profile.preferences?.budget;
  if (cost && cost.amount > 0) {
    const money = formatMoney(cost);
    if (budget && budget.currency === cost.currency && cost.amount > budget.amount) {
      reasons.push({
        code: "over-budget",
        points: scoring.overBudget,
        message: `It costs ${money}, more than your budget of ${formatMoney(budget)}.`,
      });
    } else {
      const share =
        budget && budget.currency === cost.currency && budget.amount > 0
          ? cost.amount / budget.amount
          : cost.amount / 200;
      reasons.push({
        code: "cost",
        points: -Math.min(-scoring.costMax, Math.round(share * -scoring.costMax)),
        message: `It costs ${money}${budget && budget.currency === cost.currency ? `, within your budget of ${formatMoney(budget)}` : ""}.`,
      });
    }
  }
  const perWeek = profile.preferences?.hoursPerWeek;
  if (step.effort?.hours && perWeek) {
    const weeks = step.effort.hours / perWeek;
    const points = -Math.min(-scoring.timeMax, Math.round(weeks));
    if (points !== 0) {
      reasons.push({
        code: "time",
        points,
        message: `It takes about ${step.effort.hours} hours: ${count(Math.ceil(weeks), "week")} at your ${perWeek} hours a week.`,
      });
    }
  }
  const candidate: Candidate = { step: id, base: step, reasons };
  if (deadline) candidate.deadline = deadline;
  return candidate;
}

/** For a step granting a credential that lapsed past reinstatement: that it is earned again. */
function lapsedReason(session: Session, step: Step): Reason | undefined {
  const id = step.grants?.credential;
  const expired = id ? lapsedOn(session.scope, id) : undefined;
  if (!id || expired === undefined) return undefined;
  const title = session.pathway.credentials[id]?.title ?? id;
  return {
    code: "credential-lapsed",
    points: scoring.credentialLapsed,
    message: `Your ${title} expired on ${expired} and can no longer be reinstated, so it must be earned again.`,
  };
}

/**
 * What a CE step is worth to the credentials the person holds: the most urgent renewal whose
 * hours still needed would go down if the step were done today (so hours in a capped category,
 * or in none of the categories still short, earn nothing).
 */
function ceNeed(session: Session, step: Step) {
  const grant = step.grants?.ce;
  if (!grant) return undefined;
  const { pathway, facts, options } = session;
  const extra = { date: options.date, hours: grant.hours, categories: grant.categories ?? [] };
  let best: { points: number; message: string; deadline: string } | undefined;
  for (const status of session.statuses.values()) {
    const ce = status.ce;
    if (!ce || ce.met) continue;
    if (status.state === "expired" && !isRenewalDue(status, options.date)) continue;
    const held = facts.credentials.get(status.credential);
    const after = held ? ceProgressOf(pathway, held, [...facts.ce, extra], options) : undefined;
    if (!after || after.needed >= ce.needed) continue;
    const points = Math.round(scoring.ceBase + scoring.ceUrgency * urgency(status, session));
    const short = ce.categories.filter(
      (c) => c.needed > 0 && extra.categories.includes(c.category),
    );
    const what =
      short.length > 0
        ? short.map((c) => `${c.needed} h of ${c.title}`).join(" and ")
        : count(ce.needed, "more hour");
    // The hours are aimed at the filing date while it is ahead, as in the status's feasibility.
    const by = status.fileBy && status.fileBy > options.date ? status.fileBy : ce.deadline;
    const message = `It counts toward renewing your ${status.title}: ${what} still needed by ${by}${by === ce.deadline ? "" : " to file on time"}.`;
    // Statuses come in credential-id order, so equal needs resolve the same way every time.
    if (!best || points > best.points || (points === best.points && by < best.deadline)) {
      best = { points, message, deadline: by };
    }
  }
  return best;
}

function closeSteps(
  session: Session,
  availability: ReadonlyMap<string, StepAvailability>,
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
    const missing = a.trace?.missing;
    if (a.state !== "blocked" || !a.trace?.fixable || missing?.length !== 1) continue;
    const step = session.pathway.steps[id] as Step;
    out.push({
      step: id,
      title: step.title,
      strategy: step.strategy,
      missing: missing[0] as MissingFact,
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
