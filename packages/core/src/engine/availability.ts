import type { Condition } from "../model/condition.js";
import type { Pathway } from "../model/pathway.js";
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

/** The conditions that must hold before a step can be taken. @internal */
export function stepRequirements(pathway: Pathway, id: string): Condition | undefined {
  const step = pathway.steps[id];
  if (!step) return undefined;
  const needs: Condition[] = [];
  if (step.requires) needs.push(step.requires);
  const credential = step.grants?.credential
    ? pathway.credentials[step.grants.credential]
    : undefined;
  if (credential?.requires) needs.push(credential.requires);
  const role = step.grants?.role ? pathway.roles[step.grants.role] : undefined;
  if (role?.requires) needs.push(role.requires);
  return needs.length === 0 ? undefined : needs.length === 1 ? needs[0] : { all: needs };
}

/** Works out a step's state for a person. @internal */
export function stepAvailability(
  scope: EvaluationScope,
  statuses: ReadonlyMap<string, CredentialStatus>,
  id: string,
): StepAvailability {
  const { pathway, facts, date } = scope;
  const step = pathway.steps[id];
  if (!step) return { step: id, state: "not-needed", ...coded("step-unknown", { step: id }) };
  const done = facts.completed.get(id);
  // A credential that lapsed past reinstatement is earned again: its step is open once more.
  const lapsed = step.grants?.credential ? lapsedOn(scope, step.grants.credential) : undefined;
  if (done !== undefined && !step.repeatable && lapsed === undefined) {
    const data = { step: id, title: step.title, done };
    return { step: id, state: "done", ...coded("step-done", data) };
  }
  const requirements = stepRequirements(pathway, id);
  const trace = requirements ? evaluate(requirements, scope) : undefined;
  const withTrace = trace ? { trace } : {};
  const granted = step.grants?.credential;
  if (granted && findHeld(scope, granted).active) {
    const title = pathway.credentials[granted]?.title ?? granted;
    const text = coded("step-credential-held", { step: id, credential: granted, title });
    return { step: id, state: "not-needed", ...text, ...withTrace };
  }
  if (step.grants?.role && holdsRole(pathway, facts, date, step.grants.role)) {
    const title = pathway.roles[step.grants.role]?.title ?? step.grants.role;
    return {
      step: id,
      state: "not-needed",
      ...coded("step-role-held", { step: id, role: step.grants.role, title }),
      ...withTrace,
    };
  }
  if (step.renews) {
    const status = statuses.get(step.renews);
    const title = pathway.credentials[step.renews]?.title ?? step.renews;
    if (!status) {
      return {
        step: id,
        state: "not-needed",
        ...coded("step-nothing-to-renew", { step: id, credential: step.renews, title }),
        ...withTrace,
      };
    }
    if (!isRenewalDue(status, date)) {
      const data = { step: id, credential: step.renews, title };
      const why =
        status.state === "expired"
          ? coded("step-renewal-lapsed", { ...data, expires: status.expires })
          : coded("step-renewal-not-due", {
              ...data,
              status: { code: status.code, data: status.data, message: status.message },
            });
      return { step: id, state: "not-needed", ...why, ...withTrace };
    }
  }
  if (trace && !trace.holds) {
    return {
      step: id,
      state: "blocked",
      ...coded("step-blocked", {
        step: id,
        title: step.title,
        missing: trace.missing.map((m) => ({ code: m.code, data: m.data, message: m.message })),
      }),
      trace,
    };
  }
  return {
    step: id,
    state: "available",
    ...coded("step-available", { step: id, title: step.title, requirements: trace !== undefined }),
    ...withTrace,
  };
}
