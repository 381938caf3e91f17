// What evaluation reads besides the condition: the pathway, the person's facts and the date,
// with the lookups every kind of condition shares.
import { addDuration } from "../internal/dates.js";
import type { ExperienceRequirement } from "../model/condition.js";
import type { Pathway } from "../model/pathway.js";
import type { HeldCredential } from "../model/profile.js";
import { countedWork, type PersonIndex } from "./credential-roles.js";
import { expiryOf, impliedBy } from "./credential-status.js";
import { measureExperience } from "./experience.js";
import type { PersonFacts } from "./facts.js";
import { type CodedMessage, coded } from "./messages/coded.js";

/** What evaluation needs besides the condition. @internal */
export interface EvaluationScope {
  readonly pathway: Pathway;
  readonly facts: PersonFacts;
  readonly date: string;
  readonly fullTime: number;
  /**
   * `facts`: traces with the words of their missing facts only, for callers that read nothing
   * else (what a condition lacks without any words is `_shortfall`'s).
   */
  readonly lean?: "facts";
  /**
   * What evaluation works out from the facts' records, kept for one call: scopes made from one
   * another (a step tried out, a lean trace) share it, as they share the pathway.
   */
  readonly memo: ScopeMemo;
}

/**
 * Per-call caches keyed by credential record (see `EvaluationScope.memo`). Plain maps that live
 * as long as the call: a table keyed weakly by every record a batch reads costs far more to fill
 * than the work it saves. @internal
 */
export interface ScopeMemo {
  /** `expiryOf` of each record read. */
  readonly expiries: Map<HeldCredential, string | undefined>;
  /** `{ active: id }`, one per record, as `findHeld` returns it. */
  readonly actives: Map<HeldCredential, { readonly active: string }>;
  /** Person indexes, by the credentials map of the facts they were made for. */
  readonly people: Map<PersonFacts["credentials"], Map<PersonFacts["work"], PersonIndex>>;
}

/** A fresh memo for the scopes of one call. @internal */
export function scopeMemo(): ScopeMemo {
  return { expiries: new Map(), actives: new Map(), people: new Map() };
}

const unsaidPiece = { code: "", data: {}, message: "" };

/** A placeholder piece for lean traces (see `EvaluationScope.lean`). @internal */
export function unsaid<C extends string, D extends object = Readonly<Record<string, unknown>>>(
  _code?: C,
  _data?: D,
): CodedMessage<C, D> {
  return unsaidPiece as unknown as CodedMessage<C, D>;
}

/** How a trace builds its sentences in `scope`: `coded`, or placeholders in a lean scope. @internal */
export function piecesFor(scope: EvaluationScope): typeof coded {
  return scope.lean ? unsaid : coded;
}

/**
 * The credential a person holds, active on the date, that is or counts as `id`; or, when none
 * is, the latest expiry among the ones that would have. @internal
 */
export function findHeld(
  scope: EvaluationScope,
  id: string,
): { readonly active?: string; readonly expired?: string } {
  const { pathway, facts, date, memo } = scope;
  let expired: string | undefined;
  // Held credentials are kept by their own id.
  for (const held of facts.credentials.values()) {
    if (!impliedBy(pathway, held.id).has(id) || held.earned > date) continue;
    let expires = memo.expiries.get(held);
    if (expires === undefined && !memo.expiries.has(held)) {
      expires = expiryOf(pathway, held);
      memo.expiries.set(held, expires);
    }
    if (expires === undefined || date < expires) return activeAs(memo, held);
    if (expired === undefined || expires > expired) expired = expires;
  }
  return expired === undefined ? none : { expired };
}

const none: { readonly active?: string; readonly expired?: string } = Object.freeze({});

/** `{ active: held.id }`, one per record: evaluation asks for it on every credential check. */
function activeAs(memo: ScopeMemo, held: HeldCredential): { readonly active: string } {
  let out = memo.actives.get(held);
  if (!out) {
    out = Object.freeze({ active: held.id });
    memo.actives.set(held, out);
  }
  return out;
}

/**
 * When a credential the person held (it, or one that counts as it) has lapsed past reinstatement
 * on the scope's date: it is not active, it expired, and the pathway's grace period for it, if
 * any, is over. Then it can only be earned again, by its step, even one recorded as done.
 * Returns the expiry date, or undefined when it is active, never held, or still reinstatable.
 * @internal
 */
export function lapsedOn(scope: EvaluationScope, id: string): string | undefined {
  const held = findHeld(scope, id);
  if (held.active || held.expired === undefined) return undefined;
  const grace = Object.hasOwn(scope.pathway.credentials, id)
    ? scope.pathway.credentials[id]?.renewal?.grace
    : undefined;
  return grace && scope.date <= addDuration(held.expired, grace) ? undefined : held.expired;
}

/** When a step was completed, if it was by the scope's date. @internal */
export function completedBy(scope: EvaluationScope, id: string): string | undefined {
  const done = scope.facts.completed.get(id);
  return done !== undefined && done <= scope.date ? done : undefined;
}

/** The experience that counts toward a requirement on the scope's date. @internal */
export function experienceFor(scope: EvaluationScope, requirement: ExperienceRequirement) {
  return measureExperience(countedWork(scope), requirement, scope.date, scope.fullTime);
}
