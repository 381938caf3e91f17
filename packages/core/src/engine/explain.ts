import { PathwiseError } from "../diagnostics/pathwise-error.js";
import { didYouMean, suggestClosest } from "../internal/suggest.js";
import type { Pathway } from "../model/pathway.js";
import type { Profile } from "../model/profile.js";
import { type StepState, stepAvailability } from "./availability.js";
import { holdsRole } from "./credential-roles.js";
import type { CredentialStatus } from "./credential-status.js";
import { type ConditionTrace, evaluate, findHeld, type MissingFact } from "./evaluate.js";
import { type CodedMessage, coded, defined } from "./messages/coded.js";
import { localized } from "./messages/localize.js";
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
  /** The code of the sentence (see `docs/engine.md`, "Message codes"). */
  readonly code: string;
  /** The fields the sentence is rendered from. */
  readonly data: Readonly<Record<string, unknown>>;
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
  return localized(
    explainIn(pathway, profile, target, { ...options, messages: undefined }),
    options,
  );
}

function explainIn(
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
      ...textOf(a),
      ...(a.trace ? { trace: a.trace } : {}),
      missing: a.state === "blocked" ? (a.trace?.missing ?? []) : [],
    };
  }
  if (kind === "role") {
    const role = pathway.roles[id];
    const title = role?.title ?? id;
    if (holdsRole(scope, id)) {
      return {
        kind,
        id,
        title,
        state: "held",
        available: true,
        // Held through credentials, the requirement's own sentence says which work counts.
        ...(countsAsRole(pathway, session.facts.roles, id)
          ? coded("explain-role-works", { role: id, title })
          : textOf(evaluate({ role: id }, scope))),
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
      ...(ready
        ? coded("explain-role-ready", { role: id, title })
        : coded("explain-role-blocked", { role: id, title, missing: texts(trace?.missing) })),
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
      ...textOf(status),
      missing: [],
      status,
    };
  }
  const trace = credential?.requires ? evaluate(credential.requires, scope) : undefined;
  const eligible = !trace || trace.holds;
  const plan = planRoute(pathway, profile, { credential: id }, options);
  const expired = status ? textOf(status) : undefined;
  const data = { credential: id, title, status: expired };
  return {
    kind,
    id,
    title,
    state: status ? "expired" : eligible ? "eligible" : "blocked",
    available: eligible,
    ...(eligible
      ? coded("explain-credential-eligible", defined(data))
      : coded("explain-credential-blocked", defined({ ...data, missing: texts(trace?.missing) }))),
    ...(trace ? { trace } : {}),
    missing: eligible ? [] : (trace?.missing ?? []),
    ...(status ? { status } : {}),
    plan,
  };
}

/** A sentence of an answer as a piece of another: its code, data and message only. */
function textOf(a: CodedMessage<string>): CodedMessage<string> {
  return { code: a.code, data: a.data, message: a.message };
}

function texts(missing: readonly MissingFact[] | undefined): CodedMessage<string>[] {
  return (missing ?? []).map(textOf);
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
