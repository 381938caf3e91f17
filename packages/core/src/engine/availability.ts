import { lowerFirst } from "../internal/text.js";
import type { Condition } from "../model/condition.js";
import type { Pathway, Step } from "../model/pathway.js";
import { holdsRole } from "./credential-roles.js";
import type { CredentialStatus } from "./credential-status.js";
import {
  type ConditionTrace,
  type EvaluationScope,
  evaluate,
  findHeld,
  holds,
  lapsedOn,
} from "./evaluate.js";

/** Where a step stands for a person. */
export type StepState =
  /** Completed, and not repeatable. */
  | "done"
  /** Its requirements hold and it would give the person something. */
  | "available"
  /** Some requirement does not hold yet. */
  | "blocked"
  /** It would give nothing now: the credential is already held, the renewal is not due. */
  | "not-needed";

/** Why a step is or is not available. */
export interface StepAvailability {
  readonly step: string;
  readonly state: StepState;
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

const requirementsByPathway = new WeakMap<Pathway, Map<string, Condition | undefined>>();

/**
 * The conditions that must hold before a step can be taken: one object per step of a pathway, so
 * that what is worked out from a condition once (see `compileCondition`) is found again. @internal
 */
export function stepRequirements(pathway: Pathway, id: string): Condition | undefined {
  let memo = requirementsByPathway.get(pathway);
  if (!memo) {
    memo = new Map();
    requirementsByPathway.set(pathway, memo);
  }
  if (memo.has(id)) return memo.get(id);
  const step = Object.hasOwn(pathway.steps, id) ? pathway.steps[id] : undefined;
  if (!step) return undefined;
  const needs: Condition[] = [];
  if (step.requires) needs.push(step.requires);
  const credential = step.grants?.credential
    ? pathway.credentials[step.grants.credential]
    : undefined;
  if (credential?.requires) needs.push(credential.requires);
  const role = step.grants?.role ? pathway.roles[step.grants.role] : undefined;
  if (role?.requires) needs.push(role.requires);
  const out = needs.length === 0 ? undefined : needs.length === 1 ? needs[0] : { all: needs };
  // At most one entry per step of the pathway: unknown ids are not kept.
  memo.set(id, out);
  return out;
}

/**
 * Works out a step's state for a person. With `traced` false, the trace is worked out only for a
 * blocked step (its message and missing facts need it): the state is the same, and callers that
 * read the trace of blocked steps only save building it for the rest. @internal
 */
export function stepAvailability(
  scope: EvaluationScope,
  statuses: ReadonlyMap<string, CredentialStatus>,
  id: string,
  traced = true,
): StepAvailability {
  const { pathway, facts } = scope;
  const step = pathway.steps[id];
  if (!step)
    return { step: id, state: "not-needed", message: `The pathway has no step \`${id}\`.` };
  const done = facts.completed.get(id);
  // A credential that lapsed past reinstatement is earned again: its step is open once more.
  const lapsed = step.grants?.credential ? lapsedOn(scope, step.grants.credential) : undefined;
  if (done !== undefined && !step.repeatable && lapsed === undefined) {
    return { step: id, state: "done", message: `You completed “${step.title}” on ${done}.` };
  }
  const requirements = stepRequirements(pathway, id);
  const trace = requirements && traced ? evaluate(requirements, scope) : undefined;
  const withTrace = trace ? { trace } : {};
  const unneeded = notNeeded(scope, statuses, step);
  if (unneeded) return { step: id, state: "not-needed", message: unneeded, ...withTrace };
  const met = trace ? trace.holds : requirements ? holds(requirements, scope) : true;
  if (!met) {
    const blocked = trace ?? evaluate(requirements as Condition, scope);
    return {
      step: id,
      state: "blocked",
      message: `“${step.title}” is not available yet: ${blocked.missing.map((m) => lowerFirst(m.message).replace(/\.$/, "")).join("; ")}.`,
      trace: blocked,
    };
  }
  return {
    step: id,
    state: "available",
    message: `“${step.title}” is available${requirements ? ": its requirements hold" : ""}.`,
    ...withTrace,
  };
}

/** Why a step would give the person nothing now, or undefined when it would give something. */
function notNeeded(
  scope: EvaluationScope,
  statuses: ReadonlyMap<string, CredentialStatus>,
  step: Step,
): string | undefined {
  const { pathway, facts, date } = scope;
  const granted = step.grants?.credential;
  if (granted && findHeld(scope, granted).active) {
    return `You already hold ${pathway.credentials[granted]?.title ?? granted}.`;
  }
  if (step.grants?.role && holdsRole(pathway, facts, date, step.grants.role)) {
    return `You already work as ${pathway.roles[step.grants.role]?.title ?? step.grants.role}.`;
  }
  if (!step.renews) return undefined;
  const status = statuses.get(step.renews);
  const title = pathway.credentials[step.renews]?.title ?? step.renews;
  if (!status) return `You do not hold ${title}, so there is nothing to renew.`;
  if (isRenewalDue(status, date)) return undefined;
  return status.state === "expired"
    ? `${title} expired on ${status.expires} and can no longer be renewed; earn it again.`
    : `${title} is not due for renewal: ${lowerFirst(status.message)}`;
}
