import { PathwiseError } from "../diagnostics/pathwise-error.js";
import { didYouMean, suggestClosest } from "../internal/suggest.js";
import { lowerFirst } from "../internal/text.js";
import type { Pathway } from "../model/pathway.js";
import type { Profile } from "../model/profile.js";
import { type StepState, stepAvailability } from "./availability.js";
import { holdsRole } from "./credential-roles.js";
import type { CredentialStatus } from "./credential-status.js";
import { type ConditionTrace, evaluate, findHeld, type MissingFact } from "./evaluate.js";
import type { EngineOptions } from "./options.js";
import { type Plan, planRoute } from "./plan/index.js";
import { countsAsRole } from "./role-kinds.js";
import { openSession } from "./session.js";

/**
 * What {@link explain} can explain.
 *
 * @example
 * const kind: ExplainKind = explain(pathway, profile, "role:lead-technician", { date: "2026-11-24" }).kind; // "role"
 */
export type ExplainKind = "step" | "role" | "credential";

/**
 * Why a step, role or credential is, or is not, available to a person.
 *
 * @example
 * const why: Explanation = explain(pathway, profile, "step:earn-ptcb-cpht", { date: "2026-11-24" });
 * console.log(why.state, why.message);
 */
export interface Explanation {
  readonly kind: ExplainKind;
  readonly id: string;
  readonly title: string;
  /**
   * For a step, its {@link StepState}. For a role: `held` (now or before), `ready` (requirements
   * hold) or `blocked`. For a credential: `active`, `expiring`, `expired` (held), `eligible`
   * (its eligibility holds) or `blocked`.
   */
  readonly state: StepState | "held" | "ready" | "active" | "expiring" | "expired" | "eligible";
  /** Whether the person can take the step, take up the role, or earn (or holds) the credential now. */
  readonly available: boolean;
  /** One or two sentences for people. */
  readonly message: string;
  /** The requirements, evaluated; absent when there are none. */
  readonly trace?: ConditionTrace;
  /** The smallest set of facts that would make it available; empty when it is. */
  readonly missing: readonly MissingFact[];
  /** For a held credential: its status and CE progress. */
  readonly status?: CredentialStatus;
  /** For a role or credential not yet reached: the quickest plan to it. */
  readonly plan?: Plan;
}

/**
 * Explains why a step, role or credential is or is not available to a person on a date, with
 * the evaluated requirements and the smallest set of missing facts. `target` is `step:ID`,
 * `role:ID`, `credential:ID`, or a bare id when only one kind has it. An unknown or ambiguous
 * target throws a {@link PathwiseError} (`invalid-argument`) with the closest ids.
 *
 * @example
 * const why = explain(pathway, profile, "role:lead-technician", { date: "2026-11-24" });
 * console.log(why.message, why.missing.map((m) => m.message));
 */
export function explain(
  pathway: Pathway,
  profile: Profile,
  target: string,
  options: EngineOptions,
): Explanation {
  const { kind, id } = resolveTarget(pathway, target);
  const session = openSession(pathway, profile, options);
  const scope = session.scope;
  if (kind === "step") {
    const step = pathway.steps[id];
    const a = stepAvailability(scope, session.statuses, id);
    return {
      kind,
      id,
      title: step?.title ?? id,
      state: a.state,
      available: a.state === "available",
      message: a.message,
      ...(a.trace ? { trace: a.trace } : {}),
      missing: a.state === "blocked" ? (a.trace?.missing ?? []) : [],
    };
  }
  if (kind === "role") {
    const role = pathway.roles[id];
    const title = role?.title ?? id;
    if (holdsRole(pathway, session.facts, scope.date, id)) {
      return {
        kind,
        id,
        title,
        state: "held",
        available: true,
        // Held through credentials, the requirement's own sentence says which work counts.
        message: countsAsRole(pathway, session.facts.roles, id)
          ? `You work, or have worked, as ${title}.`
          : evaluate({ role: id }, scope).message,
        missing: [],
      };
    }
    const trace = role?.requires ? evaluate(role.requires, scope) : undefined;
    const ready = !trace || trace.holds;
    const plan = planRoute(pathway, profile, { role: id }, options);
    return {
      kind,
      id,
      title,
      state: ready ? "ready" : "blocked",
      available: ready,
      message: ready
        ? `You meet the requirements for ${title}.`
        : `You do not meet the requirements for ${title} yet: ${listMissing(trace?.missing ?? [])}.`,
      ...(trace ? { trace } : {}),
      missing: trace?.missing ?? [],
      plan,
    };
  }
  const credential = pathway.credentials[id];
  const title = credential?.title ?? id;
  const heldId = findHeld(scope, id).active;
  const status = session.statuses.get(id) ?? (heldId ? session.statuses.get(heldId) : undefined);
  if (status && status.state !== "expired") {
    return {
      kind,
      id,
      title,
      state: status.state,
      available: true,
      message: status.message,
      missing: [],
      status,
    };
  }
  const trace = credential?.requires ? evaluate(credential.requires, scope) : undefined;
  const eligible = !trace || trace.holds;
  const plan = planRoute(pathway, profile, { credential: id }, options);
  const expired = status ? `${status.message} ` : "";
  return {
    kind,
    id,
    title,
    state: status ? "expired" : eligible ? "eligible" : "blocked",
    available: eligible,
    message: eligible
      ? `${expired}You are eligible for ${title}.`
      : `${expired}You are not eligible for ${title} yet: ${listMissing(trace?.missing ?? [])}.`,
    ...(trace ? { trace } : {}),
    missing: eligible ? [] : (trace?.missing ?? []),
    ...(status ? { status } : {}),
    plan,
  };
}

function listMissing(missing: readonly MissingFact[]): string {
  return missing
    .map((m) => m.message.replace(/\.$/, ""))
    .map(lowerFirst)
    .join("; ");
}

/** Finds what a target names; throws with suggestions when it names nothing or several things. */
function resolveTarget(pathway: Pathway, target: string): { kind: ExplainKind; id: string } {
  const kinds: ExplainKind[] = ["step", "role", "credential"];
  const collections = { step: pathway.steps, role: pathway.roles, credential: pathway.credentials };
  const match = /^(step|role|credential):(.*)$/.exec(target);
  const id = match ? (match[2] as string) : target;
  const wanted = match ? [match[1] as ExplainKind] : kinds;
  const found = wanted.filter((k) => Object.hasOwn(collections[k], id));
  if (found.length === 1) return { kind: found[0] as ExplainKind, id };
  if (found.length > 1) {
    throw new PathwiseError(
      "invalid-argument",
      `Expected one thing to explain, found \`${id}\` as ${found.join(" and ")}; write ${found.map((k) => `\`${k}:${id}\``).join(" or ")}.`,
    );
  }
  const suggestions = suggestClosest(
    id,
    wanted.flatMap((k) => Object.keys(collections[k])),
  );
  const what = wanted.length === 1 ? wanted[0] : "step, role or credential";
  throw new PathwiseError(
    "invalid-argument",
    `Expected a ${what} id of pathway \`${pathway.id}\`, found \`${id}\`${didYouMean(suggestions)}`,
  );
}
