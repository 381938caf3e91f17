import { memoPerOwner } from "../internal/owner-memo.js";
import type { Condition } from "../model/condition.js";
import type { Pathway, Step } from "../model/pathway.js";
import { type _Shortfall, _shortfall } from "./_shortfall.js";
import { holdsRole } from "./credential-roles.js";
import type { CredentialStatus } from "./credential-status.js";
import {
  type ConditionTrace,
  type EvaluationScope,
  evaluate,
  findHeld,
  lapsedOn,
} from "./evaluate.js";
import { coded } from "./messages/coded.js";
import type { MessageKey } from "./messages/types.js";

/**
 * Where a step stands for a person.
 *
 * @example
 * const state: StepState = explain(pathway, profile, "step:earn-ptcb-cpht", { date: "2026-11-24" }).state as StepState;
 * if (state === "blocked") console.log("Not yet.");
 */
export type StepState =
  /** Completed, and not repeatable. */
  | "done"
  /** Its requirements hold and it would give the person something. */
  | "available"
  /** Some requirement does not hold yet. */
  | "blocked"
  /** It would give nothing now: the credential is already held, the renewal is not due. */
  | "not-needed";

/**
 * Why a step is or is not available.
 *
 * @example
 * const isOpen = (a: StepAvailability) => a.state === "available";
 * const needs = (a: StepAvailability) => a.state === "blocked" ? a.message : undefined;
 */
export interface StepAvailability {
  readonly step: string;
  readonly state: StepState;
  /** The code of the sentence, such as `step-available` (see `docs/engine.md`). */
  readonly code: string;
  /** The fields the sentence is rendered from. */
  readonly data: Readonly<Record<string, unknown>>;
  /** One sentence. */
  readonly message: string;
  /**
   * The step's requirements together with those of what it grants (a credential's eligibility,
   * a role's requirements); absent when there are none.
   */
  readonly trace?: ConditionTrace;
}

/**
 * Whether a renewal is due: the credential is expiring, its renewal window is open, or it
 * expired and can still be reinstated. @internal
 */
export function isRenewalDue(status: CredentialStatus | undefined, date: string): boolean {
  if (!status?.renewable) return false;
  if (status.state === "expiring") return true;
  if (status.state === "expired")
    return status.reinstatableUntil !== undefined && date <= status.reinstatableUntil;
  return status.renewalOpens !== undefined && date >= status.renewalOpens;
}

/**
 * The conditions that must hold before a step can be taken: one object per step of a pathway, so
 * that what is worked out from a condition once (see `compileCondition`) is found again. @internal
 */
export function stepRequirements(pathway: Pathway, id: string): Condition | undefined {
  // At most one entry per step of the pathway: unknown ids are not kept.
  return Object.hasOwn(pathway.steps, id) ? requirementsOf(pathway, id) : undefined;
}

const requirementsOf = memoPerOwner((pathway: Pathway, id: string): Condition | undefined => {
  const step = pathway.steps[id];
  const needs: Condition[] = [];
  if (step?.requires) needs.push(step.requires);
  const credential = step?.grants?.credential
    ? pathway.credentials[step.grants.credential]
    : undefined;
  if (credential?.requires) needs.push(credential.requires);
  const role = step?.grants?.role ? pathway.roles[step.grants.role] : undefined;
  if (role?.requires) needs.push(role.requires);
  return needs.length === 0 ? undefined : needs.length === 1 ? needs[0] : { all: needs };
});

/** A step's state and, for a blocked step, what it lacks (without sentences). @internal */
export interface StepVerdict {
  readonly state: StepState;
  readonly shortfall?: _Shortfall;
}

/** Works out a step's state for a person, with the trace of its requirements. @internal */
export function stepAvailability(
  scope: EvaluationScope,
  statuses: ReadonlyMap<string, CredentialStatus>,
  id: string,
): StepAvailability {
  const step = scope.pathway.steps[id];
  if (!step) return { step: id, state: "not-needed", ...coded("step-unknown", { step: id }) };
  const v = verdictOf(scope, statuses, id, step);
  const withTrace = v.trace ? { trace: v.trace } : {};
  if (v.state === "done") {
    const data = { step: id, title: step.title, done: v.done };
    return { step: id, state: "done", ...coded("step-done", data) };
  }
  if (v.state === "not-needed") {
    const why = v.why as Unrendered;
    return { step: id, state: "not-needed", ...coded(why.code, why.data), ...withTrace };
  }
  if (v.state === "blocked") {
    // Only requirements that fail block a step, so a blocked step has a trace.
    const blocked = v.trace as ConditionTrace;
    return {
      step: id,
      state: "blocked",
      ...coded("step-blocked", {
        step: id,
        title: step.title,
        missing: blocked.missing.map((m) => ({ code: m.code, data: m.data, message: m.message })),
      }),
      trace: blocked,
    };
  }
  return {
    step: id,
    state: "available",
    ...coded("step-available", {
      step: id,
      title: step.title,
      requirements: stepRequirements(scope.pathway, id) !== undefined,
    }),
    ...withTrace,
  };
}

/**
 * A step's state, as `stepAvailability` works it out, without its trace or sentences:
 * for callers that read the state and the kinds and ids of missing facts only (`_worded` gives
 * one its words). @internal
 */
export function stepVerdict(
  scope: EvaluationScope,
  statuses: ReadonlyMap<string, CredentialStatus>,
  id: string,
): StepVerdict {
  const step = scope.pathway.steps[id];
  if (!step) return plain["not-needed"];
  const settled = settledState(scope, statuses, id, step);
  if (settled) return plain[settled];
  const requirements = stepRequirements(scope.pathway, id);
  if (!requirements) return plain.available;
  // One walk answers both whether it holds and, when not, what it lacks.
  const shortfall = _shortfall(requirements, scope);
  return shortfall.holds ? plain.available : { state: "blocked", shortfall };
}

/** The verdicts that carry nothing but their state, one object each. */
const plain: { readonly [S in StepState]: StepVerdict } = {
  done: { state: "done" },
  available: { state: "available" },
  blocked: { state: "blocked" },
  "not-needed": { state: "not-needed" },
};

/** "done" or "not-needed" when either settles the step before its requirements are read. */
function settledState(
  scope: EvaluationScope,
  statuses: ReadonlyMap<string, CredentialStatus>,
  id: string,
  step: Step,
): "done" | "not-needed" | undefined {
  if (doneOn(scope, id, step) !== undefined) return "done";
  return notNeeded(scope, statuses, id, step) ? "not-needed" : undefined;
}

/**
 * The date a step was done, when that settles it: not repeatable, and not granting a credential
 * that lapsed past reinstatement (which is earned again, so its step is open once more).
 */
function doneOn(scope: EvaluationScope, id: string, step: Step): string | undefined {
  const done = scope.facts.completed.get(id);
  if (done === undefined || step.repeatable) return undefined;
  const lapsed = step.grants?.credential ? lapsedOn(scope, step.grants.credential) : undefined;
  return lapsed === undefined ? done : undefined;
}

interface Unrendered {
  readonly code: MessageKey;
  readonly data: Readonly<Record<string, unknown>>;
}

interface Verdict {
  readonly state: StepState;
  readonly trace?: ConditionTrace;
  readonly done?: string;
  readonly why?: Unrendered;
}

function verdictOf(
  scope: EvaluationScope,
  statuses: ReadonlyMap<string, CredentialStatus>,
  id: string,
  step: Step,
): Verdict {
  const done = doneOn(scope, id, step);
  if (done !== undefined) return { state: "done", done };
  const requirements = stepRequirements(scope.pathway, id);
  const trace = requirements ? evaluate(requirements, scope) : undefined;
  const why = notNeeded(scope, statuses, id, step);
  if (why) return { state: "not-needed", why, trace };
  return { state: !trace || trace.holds ? "available" : "blocked", trace };
}

/** Why a step would give the person nothing now, or undefined when it would give something. */
function notNeeded(
  scope: EvaluationScope,
  statuses: ReadonlyMap<string, CredentialStatus>,
  id: string,
  step: Step,
): Unrendered | undefined {
  const { pathway, date } = scope;
  const granted = step.grants?.credential;
  if (granted && findHeld(scope, granted).active) {
    const title = pathway.credentials[granted]?.title ?? granted;
    return { code: "step-credential-held", data: { step: id, credential: granted, title } };
  }
  const role = step.grants?.role;
  if (role && holdsRole(scope, role)) {
    const title = pathway.roles[role]?.title ?? role;
    return { code: "step-role-held", data: { step: id, role, title } };
  }
  if (!step.renews) return undefined;
  const status = statuses.get(step.renews);
  const data = {
    step: id,
    credential: step.renews,
    title: pathway.credentials[step.renews]?.title ?? step.renews,
  };
  if (!status) return { code: "step-nothing-to-renew", data };
  if (isRenewalDue(status, date)) return undefined;
  return status.state === "expired"
    ? { code: "step-renewal-lapsed", data: { ...data, expires: status.expires } }
    : {
        code: "step-renewal-not-due",
        data: {
          ...data,
          status: { code: status.code, data: status.data, message: status.message },
        },
      };
}
