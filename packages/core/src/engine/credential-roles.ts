import { toDayNumber } from "../internal/dates.js";
import type { Condition } from "../model/condition.js";
import type { Pathway } from "../model/pathway.js";
import type { HeldCredential } from "../model/profile.js";
import { expiryOf, impliedBy } from "./credential-status.js";
import type { CountedSpan, WorkSpan } from "./experience.js";
import type { PersonFacts } from "./facts.js";
import { countsAsRole, rolesCountedAs } from "./role-kinds.js";

// Roles that holding credentials makes a person. A role is *credential-defined* when its
// requirements are built only from `credential` and `role` conditions joined by `all`, `any` and
// `atLeast`, and cannot be met without a credential (so `certified-technician`, which needs the
// PTCB or the NHA CPhT, is one; `lead-technician`, which needs experience, is not). Work in any
// role counts as a credential-defined role on the days its requirements hold for that job: each
// `credential` is held (active) that day, and each `role` is one the job itself counts as that
// day. A job always counts as its own role and the roles it is a kind of (`rolesCountedAs`).

/** The days a credential (or one it implies) is held: inclusive day numbers. @internal */
export interface CredentialPeriod {
  readonly id: string;
  readonly from: number;
  readonly to: number;
}

interface PathwayIndex {
  /** The credential-defined roles, by id. */
  readonly roles: readonly { readonly id: string; readonly requires: Condition }[];
  readonly ids: ReadonlySet<string>;
  /** The credentials their requirements name: only these can change what a job counts as. */
  readonly credentials: ReadonlySet<string>;
  /** `countedRoles` answers, by role and relevant credentials held. */
  readonly memo: Map<string, ReadonlySet<string>>;
}

const indexes = new WeakMap<Pathway, PathwayIndex>();

function indexOf(pathway: Pathway): PathwayIndex {
  let index = indexes.get(pathway);
  if (index) return index;
  const roles: { id: string; requires: Condition }[] = [];
  const credentials = new Set<string>();
  for (const id of Object.keys(pathway.roles).sort()) {
    const requires = pathway.roles[id]?.requires;
    if (!requires || !onlyCredentialsAndRoles(requires) || !needsCredential(requires)) continue;
    roles.push({ id, requires });
    collectCredentials(requires, credentials);
  }
  index = { roles, ids: new Set(roles.map((r) => r.id)), credentials, memo: new Map() };
  indexes.set(pathway, index);
  return index;
}

function onlyCredentialsAndRoles(c: Condition): boolean {
  if ("all" in c) return c.all.every(onlyCredentialsAndRoles);
  if ("any" in c) return c.any.every(onlyCredentialsAndRoles);
  if ("atLeast" in c) return c.of.every(onlyCredentialsAndRoles);
  return "credential" in c || "role" in c;
}

/** Whether every way of meeting the condition holds a credential. */
function needsCredential(c: Condition): boolean {
  if ("all" in c) return c.all.some(needsCredential);
  if ("any" in c) return c.any.every(needsCredential);
  if ("atLeast" in c) return c.of.filter((o) => !needsCredential(o)).length < c.atLeast;
  return "credential" in c;
}

function collectCredentials(c: Condition, into: Set<string>): void {
  if ("all" in c) for (const o of c.all) collectCredentials(o, into);
  else if ("any" in c) for (const o of c.any) collectCredentials(o, into);
  else if ("atLeast" in c) for (const o of c.of) collectCredentials(o, into);
  else if ("credential" in c) into.add(c.credential);
}

function meets(c: Condition, held: ReadonlySet<string>, roles: ReadonlySet<string>): boolean {
  if ("all" in c) return c.all.every((o) => meets(o, held, roles));
  if ("any" in c) return c.any.some((o) => meets(o, held, roles));
  if ("atLeast" in c) {
    let n = 0;
    for (const o of c.of) if (meets(o, held, roles) && ++n >= c.atLeast) return true;
    return false;
  }
  if ("credential" in c) return held.has(c.credential);
  if ("role" in c) return roles.has(c.role);
  return false;
}

/** Whether a role is credential-defined (see the top of this module). @internal */
export function isCredentialRole(pathway: Pathway, role: string): boolean {
  return indexOf(pathway).ids.has(role);
}

/**
 * The roles a day's work in `role` counts as while the credentials `held` are active (implied
 * ones included): the role's own kinds, plus every credential-defined role whose requirements
 * then hold, to a fixed point (so one such role can build on another). The same inputs give the
 * same set object, whatever the order of `held`. @internal
 */
export function countedRoles(
  pathway: Pathway,
  role: string,
  held: Iterable<string>,
): ReadonlySet<string> {
  const index = indexOf(pathway);
  const base = rolesCountedAs(pathway, role);
  const relevant = [...new Set(held)].filter((c) => index.credentials.has(c)).sort();
  if (relevant.length === 0) return base;
  const key = `${role}\u0000${relevant.join("\u0000")}`;
  const hit = index.memo.get(key);
  if (hit) return hit;
  const active = new Set(relevant);
  const out = new Set(base);
  for (let changed = true; changed; ) {
    changed = false;
    for (const r of index.roles) {
      if (out.has(r.id) || !meets(r.requires, active, out)) continue;
      for (const kind of rolesCountedAs(pathway, r.id)) out.add(kind);
      changed = true;
    }
  }
  const result = out.size === base.size ? base : out;
  index.memo.set(key, result);
  return result;
}

/**
 * The days each held credential is active, for every credential it counts as: from the day
 * earned to the day before it expires (the end of its current cycle), as `findHeld` sees it on
 * each of those days. @internal
 */
export function credentialPeriods(
  pathway: Pathway,
  credentials: ReadonlyMap<string, HeldCredential>,
): CredentialPeriod[] {
  const out: CredentialPeriod[] = [];
  for (const [id, held] of credentials) out.push(...periodsOf(pathway, id, held));
  return out;
}

const heldPeriods = new WeakMap<
  HeldCredential,
  { readonly pathway: Pathway; readonly id: string; readonly periods: CredentialPeriod[] }
>();

function periodsOf(pathway: Pathway, id: string, held: HeldCredential): CredentialPeriod[] {
  const hit = heldPeriods.get(held);
  if (hit && hit.pathway === pathway && hit.id === id) return hit.periods;
  const expires = expiryOf(pathway, held);
  const from = toDayNumber(held.earned);
  const to = expires === undefined ? Number.POSITIVE_INFINITY : toDayNumber(expires) - 1;
  const periods = to < from ? [] : [...impliedBy(pathway, id)].map((c) => ({ id: c, from, to }));
  heldPeriods.set(held, { pathway, id, periods });
  return periods;
}

/** The credentials active on a day. @internal */
export function heldOn(periods: readonly CredentialPeriod[], day: number): Set<string> {
  const out = new Set<string>();
  for (const p of periods) if (p.from <= day && day <= p.to) out.add(p.id);
  return out;
}

/**
 * Splits work where the credentials held change, and gives each piece the roles it counts as.
 * Pieces of one job next to each other that count as the same roles are joined. @internal
 */
export function countWork(
  pathway: Pathway,
  work: readonly WorkSpan[],
  periods: readonly CredentialPeriod[],
): CountedSpan[] {
  const index = indexOf(pathway);
  const relevant =
    index.roles.length === 0 ? [] : periods.filter((p) => index.credentials.has(p.id));
  const out: CountedSpan[] = [];
  for (const span of work) {
    if (relevant.length === 0) {
      out.push({ ...span, counts: rolesCountedAs(pathway, span.role) });
      continue;
    }
    const cuts = new Set<number>([span.from]);
    for (const p of relevant) {
      if (p.from > span.from && p.from <= span.to) cuts.add(p.from);
      if (p.to + 1 > span.from && p.to + 1 <= span.to) cuts.add(p.to + 1);
    }
    const starts = [...cuts].filter(Number.isFinite).sort((a, b) => a - b);
    let last: CountedSpan | undefined;
    starts.forEach((from, i) => {
      const to = i + 1 < starts.length ? (starts[i + 1] as number) - 1 : span.to;
      const counts = countedRoles(pathway, span.role, heldOn(relevant, from));
      if (last && last.counts === counts) {
        last = { ...last, to };
        out[out.length - 1] = last;
      } else {
        last = { ...span, from, to, counts };
        out.push(last);
      }
    });
  }
  return out;
}

interface PersonIndex {
  readonly pathway: Pathway;
  readonly currentRole: string | undefined;
  readonly work: readonly CountedSpan[];
  readonly periods: readonly CredentialPeriod[];
  /** Roles held by each evaluation date. */
  readonly heldBy: Map<string, ReadonlySet<string>>;
}

// By credentials, then work: facts that differ only in what else they record (recommendations
// try steps out one by one) share one index.
const people = new WeakMap<object, WeakMap<object, PersonIndex>>();

function personIndex(pathway: Pathway, facts: PersonFacts): PersonIndex {
  let byWork = people.get(facts.credentials);
  const hit = byWork?.get(facts.work);
  if (hit && hit.pathway === pathway && hit.currentRole === facts.currentRole) return hit;
  const periods = credentialPeriods(pathway, facts.credentials);
  const index = {
    pathway,
    currentRole: facts.currentRole,
    work: countWork(pathway, facts.work, periods),
    periods,
    heldBy: new Map(),
  };
  if (!byWork) {
    byWork = new WeakMap();
    people.set(facts.credentials, byWork);
  }
  byWork.set(facts.work, index);
  return index;
}

/** A person's work, each piece with the roles it counts as. @internal */
export function countedWork(pathway: Pathway, facts: PersonFacts): readonly CountedSpan[] {
  return personIndex(pathway, facts).work;
}

/**
 * The roles a person has held by a date through their work: every role some day of a job up to
 * that date counts as, and what the current role counts as on that date. @internal
 */
export function rolesHeldBy(
  pathway: Pathway,
  facts: PersonFacts,
  date: string,
): ReadonlySet<string> {
  const index = personIndex(pathway, facts);
  const hit = index.heldBy.get(date);
  if (hit) return hit;
  const day = toDayNumber(date);
  const out = new Set<string>();
  for (const span of index.work) if (span.from <= day) for (const r of span.counts) out.add(r);
  if (facts.currentRole !== undefined) {
    for (const r of countedRoles(pathway, facts.currentRole, heldOn(index.periods, day)))
      out.add(r);
  }
  index.heldBy.set(date, out);
  return out;
}

/**
 * Whether a person counts as having held `role` by a date: they recorded it (or a role that is
 * a kind of it), or some day of their work counted as it. @internal
 */
export function holdsRole(
  pathway: Pathway,
  facts: PersonFacts,
  date: string,
  role: string,
): boolean {
  if (countsAsRole(pathway, facts.roles, role)) return true;
  // Credentials add only credential-defined roles to what work counts as.
  return isCredentialRole(pathway, role) && rolesHeldBy(pathway, facts, date).has(role);
}

/**
 * For a role held only because credentials made work count as it: the job that first did and
 * the day it started to. Absent when the person recorded the role, or does not hold it. @internal
 */
export function roleThroughCredentials(
  pathway: Pathway,
  facts: PersonFacts,
  date: string,
  role: string,
): { readonly as: string; readonly from: number } | undefined {
  if (countsAsRole(pathway, facts.roles, role) || !isCredentialRole(pathway, role))
    return undefined;
  const index = personIndex(pathway, facts);
  const day = toDayNumber(date);
  let best: { as: string; from: number } | undefined;
  for (const span of index.work) {
    if (span.from > day || !span.counts.has(role)) continue;
    if (!best || span.from < best.from || (span.from === best.from && span.role < best.as))
      best = { as: span.role, from: span.from };
  }
  if (best || facts.currentRole === undefined) return best;
  const now = countedRoles(pathway, facts.currentRole, heldOn(index.periods, day));
  return now.has(role) ? { as: facts.currentRole, from: day } : undefined;
}
