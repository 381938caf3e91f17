import type { Pathway } from "../model/pathway.js";
import type { Profile } from "../model/profile.js";
import { _ceStepIds } from "./_step-lists.js";
import { stepVerdict } from "./availability.js";
import { type CredentialStatus, feasibilityOf, statusOf } from "./credential-status.js";
import type { EvaluationScope } from "./evaluate.js";
import { scopeMemo } from "./evaluation-scope.js";
import { factsFromProfile, type PersonFacts } from "./facts.js";
import { localized } from "./messages/localize.js";
import { type EngineOptions, type ResolvedOptions, resolveOptions } from "./options.js";

/** Everything the engine works out once per pathway, profile and date. @internal */
export interface Session {
  readonly pathway: Pathway;
  readonly profile: Profile;
  readonly options: ResolvedOptions;
  readonly facts: PersonFacts;
  readonly scope: EvaluationScope;
  /** Status of each credential the person holds, by id, in the profile's order. */
  readonly statuses: ReadonlyMap<string, CredentialStatus>;
}

/**
 * What evaluating conditions needs of a session, without the credential statuses: for callers
 * that only evaluate. Throws only for bad options (a programmer error). @internal
 */
export function openScope(
  pathway: Pathway,
  profile: Profile,
  options: EngineOptions,
): EvaluationScope {
  return scoped(pathway, profile, options).scope;
}

function scoped(pathway: Pathway, profile: Profile, options: EngineOptions) {
  const resolved = resolveOptions(options);
  const facts = factsFromProfile(profile);
  const scope = {
    pathway,
    facts,
    date: resolved.date,
    fullTime: resolved.fullTime,
    memo: scopeMemo(),
  };
  return { scope, resolved, facts };
}

/** Opens a session; throws only for bad options (a programmer error). @internal */
export function openSession(pathway: Pathway, profile: Profile, options: EngineOptions): Session {
  const { scope, resolved, facts } = scoped(pathway, profile, options);
  const statuses = new Map<string, CredentialStatus>();
  for (const held of facts.credentials.values()) {
    const status = statusOf(pathway, held, facts.ce, resolved);
    if (status) statuses.set(held.id, status);
  }
  // The CE categories that steps available now grant, worked out once and only when needed.
  let offered: Set<string> | undefined;
  for (const [id, status] of statuses) {
    if (!status.ce || status.ce.met || status.state === "expired") continue;
    offered ??= new Set(
      _ceStepIds(pathway).flatMap((step) =>
        stepVerdict(scope, statuses, step).state === "available"
          ? (pathway.steps[step]?.grants?.ce?.categories ?? [])
          : [],
      ),
    );
    const feasibility = feasibilityOf(pathway, status, profile.preferences?.hoursPerWeek, offered);
    if (feasibility) statuses.set(id, { ...status, feasibility });
  }
  return { pathway, profile, options: resolved, facts, scope, statuses };
}

/**
 * The status of every credential a person holds on a date: active, expiring or expired, the
 * renewal dates, and continuing-education hours counted in the current cycle by category.
 *
 * @example
 * for (const s of credentialStatuses(pathway, profile, { date: "2026-11-24" })) console.log(s.message);
 */
export function credentialStatuses(
  pathway: Pathway,
  profile: Profile,
  options: EngineOptions,
): CredentialStatus[] {
  return localized([...openSession(pathway, profile, options).statuses.values()], options);
}
