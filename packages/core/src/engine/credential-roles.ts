import { toDayNumber } from "../internal/dates.js";
import type { Condition } from "../model/condition.js";
import { needsCredential, parts } from "../model/conferred.js";
import type { Pathway } from "../model/pathway.js";
import type { HeldCredential } from "../model/profile.js";
import { expiryOf, impliedBy } from "./credential-status.js";
import type { EvaluationScope } from "./evaluation-scope.js";
import type { CountedSpan, WorkSpan } from "./experience.js";
import { heldRecords, type PersonFacts } from "./facts.js";
import { countsAsRole, rolesCountedAs } from "./role-kinds.js";

// Roles that holding credentials makes a person. A role marked `conferred` (such as
// `certified-technician`, which needs the PTCB or the NHA CPhT) has requirements built only from
// `credential` and `role` conditions joined by `all`, `any` and `atLeast`, which cannot be met
// without a credential (see `model/conferred.ts`; validation reports a marked role that breaks the
// rule, and the engine ignores the mark on one). Work in any role counts as a conferred role on
// the days its requirements hold for that job: each `credential` is held (active) that day, and
// each `role` is one the job itself counts as that day. A job always counts as its own role and
// the roles it is a kind of (`rolesCountedAs`).

/** The days a credential (or one it implies) is held: inclusive day numbers. @internal */
export interface CredentialPeriod {
  readonly id: string;
  readonly from: number;
  readonly to: number;
}

interface PathwayIndex {
  /** The conferred roles, by id. */
  readonly roles: readonly { readonly id: string; readonly requires: Condition }[];
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
    const role = pathway.roles[id];
    const requires = role?.requires;
    const named = new Set<string>();
    if (!role?.conferred || !requires || !needsCredential(requires, named)) continue;
    roles.push({ id, requires });
    for (const c of named) credentials.add(c);
  }
  index = { roles, credentials, memo: new Map() };
  indexes.set(pathway, index);
  return index;
}

function meets(c: Condition, held: ReadonlySet<string>, roles: ReadonlySet<string>): boolean {
  if ("credential" in c) return held.has(c.credential);
  if ("role" in c) return roles.has(c.role);
  const list = parts(c) ?? [];
  const n = list.filter((o) => meets(o, held, roles)).length;
  return n >= ("all" in c ? list.length : "atLeast" in c ? c.atLeast : 1);
}

/** Whether a role is conferred (see the top of this module). @internal */
export function isConferredRole(pathway: Pathway, role: string): boolean {
  for (const r of indexOf(pathway).roles) if (r.id === role) return true;
  return false;
}

/**
 * The roles a day's work in `role` counts as while the credentials of `periods` active on `day`
 * are held (implied ones included, as `credentialPeriods` lists them): the role's own kinds, plus
 * every conferred role whose requirements then hold, to a fixed point (so one such role can build
 * on another). The same inputs give the same set object, whatever the order of `periods`.
 * @internal
 */
export function countedRoles(
  pathway: Pathway,
  role: string,
  periods: readonly CredentialPeriod[],
  day: number,
): ReadonlySet<string> {
  const index = indexOf(pathway);
  const base = rolesCountedAs(pathway, role);
  // The ids active that day that some conferred role names: only those can change the answer.
  let relevant: string[] | undefined;
  for (const p of periods) {
    if (p.from > day || day > p.to || !index.credentials.has(p.id)) continue;
    relevant ??= [];
    relevant.push(p.id);
  }
  if (relevant === undefined) return base;
  if (relevant.length > 1) relevant = [...new Set(relevant)].sort();
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
 * The days each held credential is active, for every credential it counts as that some
 * conferred role names: from the day earned to the day before it expires (the end of
 * its current cycle), as `findHeld` sees it on each of those days. @internal
 */
export function credentialPeriods(
  pathway: Pathway,
  credentials: Iterable<HeldCredential>,
): CredentialPeriod[] {
  const named = indexOf(pathway).credentials;
  const out: CredentialPeriod[] = [];
  for (const held of credentials) {
    const id = held.id;
    const ids = [...impliedBy(pathway, id)].filter((c) => named.has(c));
    if (ids.length === 0) continue;
    const expires = expiryOf(pathway, held);
    const from = toDayNumber(held.earned);
    const to = expires === undefined ? Number.POSITIVE_INFINITY : toDayNumber(expires) - 1;
    for (const c of ids) if (from <= to) out.push({ id: c, from, to });
  }
  return out;
}

/**
 * Splits work where the credentials held change, and gives each piece the roles it counts as;
 * next to each other, pieces of one job that count as the same roles are joined again. @internal
 */
export function countWork(
  pathway: Pathway,
  work: readonly WorkSpan[],
  periods: readonly CredentialPeriod[],
): CountedSpan[] {
  const out: { -readonly [K in keyof CountedSpan]: CountedSpan[K] }[] = [];
  for (const span of work) {
    const cuts = [span.from];
    for (const p of periods) {
      if (p.from > span.from && p.from <= span.to) cuts.push(p.from);
      if (p.to >= span.from && p.to < span.to) cuts.push(p.to + 1);
    }
    const starts = cuts.length === 1 ? cuts : [...new Set(cuts)].sort((a, b) => a - b);
    const { role, setting, hoursPerWeek } = span;
    for (let i = 0; i < starts.length; i++) {
      const from = starts[i] as number;
      const to = (starts[i + 1] ?? span.to + 1) - 1;
      const counts = countedRoles(pathway, role, periods, from);
      const last = out[out.length - 1];
      if (i > 0 && last?.counts === counts) last.to = to;
      else out.push({ role, setting, from, to, hoursPerWeek, counts });
    }
  }
  return out;
}

/** What follows from a person's credential records and work, worked out once per call. @internal */
export interface PersonIndex {
  readonly pathway: Pathway;
  readonly currentRole: string | undefined;
  readonly records: PersonFacts["records"];
  readonly counted: readonly CountedSpan[];
  readonly periods: readonly CredentialPeriod[];
  /** By evaluation date: the conferred roles held, each with the job that first was. */
  readonly inferred: Map<string, ReadonlyMap<string, RoleEvidence>>;
}

/** The job that first counted as a conferred role, and the day it did. @internal */
export interface RoleEvidence {
  readonly as: string;
  readonly from: number;
}

/**
 * The person index of a scope's facts. Facts that differ only in what else they record
 * (recommendations try steps out one by one) share one: the scope's memo keeps them by the
 * credentials map, then the work.
 */
function personIndex(scope: EvaluationScope): PersonIndex {
  const { pathway, facts, memo } = scope;
  let byWork = memo.people.get(facts.credentials);
  const hit = byWork?.get(facts.work);
  if (
    hit &&
    hit.pathway === pathway &&
    hit.currentRole === facts.currentRole &&
    hit.records === facts.records
  )
    return hit;
  if (!byWork) {
    byWork = new Map();
    memo.people.set(facts.credentials, byWork);
  }
  const periods = credentialPeriods(pathway, heldRecords(facts));
  const index: PersonIndex = {
    pathway,
    currentRole: facts.currentRole,
    records: facts.records,
    counted: countWork(pathway, facts.work, periods),
    periods,
    inferred: new Map(),
  };
  byWork.set(facts.work, index);
  return index;
}

/**
 * Lets facts whose credentials are `base`'s plus a record of `added` share the person indexes of
 * `base`'s facts, when no conferred role names `added` or anything it counts as: then the periods
 * that change what work counts as, and so the whole index, are the same. @internal
 */
export function sharePersonIndex(
  scope: EvaluationScope,
  base: PersonFacts["credentials"],
  next: PersonFacts["credentials"],
  added: string,
): void {
  const named = indexOf(scope.pathway).credentials;
  for (const c of impliedBy(scope.pathway, added)) if (named.has(c)) return;
  const byWork = scope.memo.people.get(base);
  if (byWork && !scope.memo.people.has(next)) scope.memo.people.set(next, byWork);
}

/** A person's work, each piece with the roles it counts as. @internal */
export function countedWork(scope: EvaluationScope): readonly CountedSpan[] {
  return personIndex(scope).counted;
}

/**
 * The conferred roles a person has held by the scope's date: those some day of their work up to
 * then counted as, or their current role counts as on that date; each with the job that first
 * did (the earliest, ties by role id). Other roles follow from the roles recorded. @internal
 */
export function inferredRoles(scope: EvaluationScope): ReadonlyMap<string, RoleEvidence> {
  const { pathway, facts, date } = scope;
  const index = personIndex(scope);
  const hit = index.inferred.get(date);
  if (hit) return hit;
  const day = toDayNumber(date);
  const pieces: CountedSpan[] = index.counted.filter((s) => s.from <= day);
  if (facts.currentRole !== undefined) {
    const counts = countedRoles(pathway, facts.currentRole, index.periods, day);
    pieces.push({ role: facts.currentRole, from: day, to: day, hoursPerWeek: 0, counts });
  }
  // Earliest first, ties by role, so that each role keeps the first job that counted as it.
  pieces.sort((a, b) => a.from - b.from || (a.role < b.role ? -1 : a.role > b.role ? 1 : 0));
  const out = new Map<string, RoleEvidence>();
  for (const { role, from, counts } of pieces) {
    for (const r of counts) {
      if (!out.has(r) && isConferredRole(pathway, r)) out.set(r, { as: role, from });
    }
  }
  index.inferred.set(date, out);
  return out;
}

/**
 * Whether a person counts as having held `role` by a date: they recorded it (or a role that is
 * a kind of it), or some day of their work counted as it. @internal
 */
export function holdsRole(scope: EvaluationScope, role: string): boolean {
  const { pathway, facts } = scope;
  if (countsAsRole(pathway, facts.roles, role)) return true;
  return isConferredRole(pathway, role) && inferredRoles(scope).has(role);
}
