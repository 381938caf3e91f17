import type { Step } from "../model/pathway.js";
import type { Money } from "../model/quantities.js";
import { _goalRoute } from "./_goal-routes.js";
import type { CredentialState } from "./credential-status.js";
import { lapsedOn } from "./evaluate.js";
import { type CodedMessage, coded, defined, unworded } from "./messages/coded.js";
import type { MessageKey } from "./messages/types.js";
import type { GoalProgress } from "./recommend.js";
import { scoring } from "./scoring.js";
import type { Session } from "./session.js";
import { stepUnlocks } from "./unlocks.js";

/**
 * The data of each reason code: the fields its sentence is rendered from (documented per code in
 * `docs/engine.md`, "Reason codes").
 *
 * @example
 * function describe(data: ReasonData["goal-route"]): string {
 *   return `On the way to ${data.title}, reached ${data.finish}`;
 * }
 */
export interface ReasonData {
  /** The step is on the quickest route to one of the person's goals. */
  readonly "goal-route": { readonly goal: string; readonly title: string; readonly finish: string };
  /** The step says it advances a goal, or something on a goal's route. */
  readonly "goal-advances": { readonly goal: string; readonly title: string };
  /** Doing the step makes other steps, roles or credentials available. */
  readonly unlocks: {
    readonly count: number;
    /** Every entity opened, as `step:ID` or `role:ID`, steps first. */
    readonly opened: readonly string[];
    /** The first three, as `entity.step` or `entity.role` pieces with their titles. */
    readonly names: readonly CodedMessage<"entity.step" | "entity.role">[];
    /** How many are opened beyond the three named. */
    readonly others: number;
  };
  /** The step renews a credential that is due, or is needed before that renewal. */
  readonly "renewal-due": {
    readonly credential: string;
    readonly title: string;
    readonly state: CredentialState;
    readonly expires: string;
    /** The date aimed at: filing date, expiry, or the last day to reinstate. */
    readonly deadline: string;
    /** When the step is needed before the renewal step rather than renewing itself. */
    readonly before?: true;
    /** The renewal step, when `before` is set. */
    readonly renewal?: string;
    /** A `filing.on-time` or `filing.late` note, for a credential with a filing date. */
    readonly filing?: CodedMessage<"filing.on-time" | "filing.late">;
    /** The day filing opens, when that is still ahead. */
    readonly filesFrom?: string;
    /** CE hours still needed before renewing. */
    readonly ceNeeded?: number;
  };
  /** The step earns CE hours a held credential still needs in this cycle. */
  readonly "ce-needed": {
    readonly credential: string;
    readonly title: string;
    /** CE hours still needed in all. */
    readonly hours: number;
    /** The short categories the step grants CE in (`ce.category-short`: category, title, needed). */
    readonly categories: readonly CodedMessage<"ce.category-short">[];
    readonly deadline: string;
    /** Whether the deadline is the filing date (before expiry). */
    readonly toFileOnTime: boolean;
  };
  /** What the step costs, against the person's budget (when in the same currency). */
  readonly cost: { readonly cost: Money; readonly budget?: Money };
  /** The step costs more than the person's budget. */
  readonly "over-budget": { readonly cost: Money; readonly budget: Money };
  /** The time the step takes, against the hours a week the person has. */
  readonly time: { readonly hours: number; readonly weeks: number; readonly hoursPerWeek: number };
  /** Other strategies ranked above the step so the list is not all one kind of move. */
  readonly "strategy-mix": {
    readonly strategy: string;
    readonly strategyTitle: string;
    /** Steps of the same strategy ranked higher. */
    readonly repeats: number;
  };
  /** The credential the step grants lapsed past reinstatement, so it must be earned again. */
  readonly "credential-lapsed": {
    readonly credential: string;
    readonly title: string;
    readonly expired: string;
  };
}

/**
 * Machine codes of the reasons behind a recommendation's score.
 *
 * @example
 * const code: ReasonCode = "renewal-due";
 * const next = recommendSteps(pathway, profile, { date: "2026-11-24" });
 * const urgent = next.steps.filter((s) => s.reasons.some((r) => r.code === code));
 */
export type ReasonCode = keyof ReasonData;

/**
 * One reason behind a score: a code, the points it adds (or takes), the data its sentence is
 * rendered from (typed per code), and the sentence.
 *
 * @example
 * const [top] = recommendSteps(pathway, profile, { date: "2026-11-24" }).steps;
 * const reasons: readonly Reason[] = top?.reasons ?? [];
 * for (const r of reasons) {
 *   if (r.code === "unlocks") console.log(`It opens ${r.data.count} more`);
 *   else console.log(`${r.points} ${r.message}`);
 * }
 */
export type Reason = {
  readonly [C in ReasonCode]: {
    readonly code: C;
    readonly points: number;
    readonly data: ReasonData[C];
    readonly message: string;
  };
}[ReasonCode];

/**
 * A reason without its sentence yet (`message` is empty): most scored steps are not shown, so
 * `worded` renders the sentences of the reasons that reach the answer only. @internal
 */
export function reason<C extends ReasonCode>(code: C, points: number, data: ReasonData[C]): Reason {
  return { code, points, data, message: "" } as Reason;
}

/**
 * The reasons with their English sentences, and those of the pieces listed in their data (an
 * unlock's names, CE categories), which scoring leaves `unworded`. @internal
 */
export function worded(reasons: readonly Reason[]): Reason[] {
  return reasons.map(({ code, points, data }) => {
    const full = withWordedPieces(data);
    const { message } = coded(code, full);
    return { code, points, data: full, message } as Reason;
  });
}

/** Data with every list of unworded pieces worded (the same keys, in the same order). */
function withWordedPieces<D extends object>(data: D): D {
  let out: Record<string, unknown> | undefined;
  for (const [key, value] of Object.entries(data)) {
    if (!Array.isArray(value) || !value.some(isUnworded)) continue;
    out ??= { ...data } as Record<string, unknown>;
    out[key] = value.map((p) => (isUnworded(p) ? coded(p.code, p.data) : p));
  }
  return (out ?? data) as D;
}

function isUnworded(value: unknown): value is CodedMessage<MessageKey, object> {
  const piece = value as Partial<CodedMessage> | null;
  return typeof piece === "object" && piece !== null && piece.message === "" && "code" in piece;
}

/** `goal-route` or `goal-advances` reasons for each goal the step helps, weighted by goal order. @internal */
export function goalReasons(
  session: Session,
  id: string,
  goals: readonly GoalProgress[],
): Reason[] {
  const { pathway } = session;
  const step = pathway.steps[id] as Step;
  const out: Reason[] = [];
  for (let index = 0; index < goals.length; index++) {
    const g = goals[index] as GoalProgress;
    const weight = 1 / (index + 1);
    const plan = g.plan;
    const route = _goalRoute(pathway, g);
    if (plan.reachable && route.steps.has(id)) {
      const data = { goal: g.key, title: g.title, finish: plan.finish };
      out.push(reason("goal-route", Math.round(scoring.goalRoute * weight), data));
    } else if (advancesAny(step.advances, route.onRoute)) {
      const points = Math.round(scoring.goalAdvances * weight);
      out.push(reason("goal-advances", points, { goal: g.key, title: g.title }));
    }
  }
  return out;
}

function advancesAny(advances: readonly string[] | undefined, onRoute: ReadonlySet<string>) {
  if (advances) for (const a of advances) if (onRoute.has(a)) return true;
  return false;
}

/** The `unlocks` reason: what doing the step today opens that was not open before. @internal */
export function unlocksReason(
  session: Session,
  id: string,
  before: ReadonlySet<string>,
): Reason | undefined {
  const opened = stepUnlocks(session, id, before);
  if (opened.length === 0) return undefined;
  const names = opened.slice(0, 3).map((key) => entityName(session, key));
  const points = Math.min(scoring.unlockMax, scoring.unlockEach * opened.length);
  const others = Math.max(0, opened.length - 3);
  return reason("unlocks", points, { count: opened.length, opened, names, others });
}

/** How an entity of an unlock names itself: a quoted step, or a role. */
function entityName(session: Session, key: string): CodedMessage<"entity.step" | "entity.role"> {
  const [kind, id] = key.split(":") as [string, string];
  const collection = (kind === "step" ? session.pathway.steps : session.pathway.roles) as Record<
    string,
    { title: string }
  >;
  const title = collection[id]?.title ?? id;
  return kind === "step"
    ? unworded("entity.step", { step: id, title })
    : unworded("entity.role", { role: id, title });
}

/** `cost` or `over-budget`, and `time`: the step's effort against the person's preferences. @internal */
export function effortReasons(session: Session, step: Step): Reason[] {
  const { profile } = session;
  const out: Reason[] = [];
  const cost = step.effort?.cost;
  const budget = profile.preferences?.budget;
  if (cost && cost.amount > 0) {
    const same = budget !== undefined && budget.currency === cost.currency;
    if (same && cost.amount > budget.amount) {
      out.push(reason("over-budget", scoring.overBudget, { cost, budget }));
    } else {
      const share = same && budget.amount > 0 ? cost.amount / budget.amount : cost.amount / 200;
      const points = -Math.min(-scoring.costMax, Math.round(share * -scoring.costMax));
      out.push(reason("cost", points, defined({ cost, budget: same ? budget : undefined })));
    }
  }
  const perWeek = profile.preferences?.hoursPerWeek;
  if (step.effort?.hours && perWeek) {
    const weeks = step.effort.hours / perWeek;
    const points = -Math.min(-scoring.timeMax, Math.round(weeks));
    if (points !== 0) {
      const data = { hours: step.effort.hours, weeks: Math.ceil(weeks), hoursPerWeek: perWeek };
      out.push(reason("time", points, data));
    }
  }
  return out;
}

/** For a step granting a credential that lapsed past reinstatement: that it is earned again. @internal */
export function lapsedReason(session: Session, step: Step): Reason | undefined {
  const id = step.grants?.credential;
  const expired = id ? lapsedOn(session.scope, id) : undefined;
  if (!id || expired === undefined) return undefined;
  const title = session.pathway.credentials[id]?.title ?? id;
  return reason("credential-lapsed", scoring.credentialLapsed, { credential: id, title, expired });
}
