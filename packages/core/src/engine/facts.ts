import { toDayNumber } from "../internal/dates.js";
import type { CeActivity, HeldCredential, Profile } from "../model/profile.js";
import type { WorkSpan } from "./experience.js";

/**
 * What is known about a person, indexed for evaluation. The planner extends a copy of it with
 * the steps, credentials, roles and work it assumes. Never changed once made: what follows from
 * its credentials and work is cached by their identity. @internal
 */
export interface PersonFacts {
  /** Completed steps and when. */
  readonly completed: ReadonlyMap<string, string>;
  /** Credentials held, by id: the latest record of each, which says where it stands now. */
  readonly credentials: ReadonlyMap<string, HeldCredential>;
  /**
   * Every credential record of the profile, earlier ones included: each is a period the person
   * held the credential, which counts for the roles their work counted as then.
   */
  readonly records: readonly HeldCredential[];
  /** Roles held now or before, as recorded. */
  readonly roles: ReadonlySet<string>;
  /** The role the profile says the person has now, if it says. */
  readonly currentRole?: string | undefined;
  /** Settings worked in now or before. */
  readonly settings: ReadonlySet<string>;
  readonly jurisdiction?: string | undefined;
  /** Work, for experience; a job that continues has no end (`Infinity`). */
  readonly work: readonly WorkSpan[];
  readonly ce: readonly CeActivity[];
  /** The weekly hours of the current job, for projecting experience forward. */
  readonly currentHoursPerWeek?: number | undefined;
}

/** Indexes a profile's facts. When several records name one credential, the latest counts. @internal */
export function factsFromProfile(profile: Profile): PersonFacts {
  // Plain loops: this runs once per person and answer, so it is a large part of a quick one.
  const completed = new Map<string, string>();
  for (const c of profile.completed ?? []) {
    const seen = completed.get(c.step);
    if (seen === undefined || c.date > seen) completed.set(c.step, c.date);
  }
  // Sorted by id, so that every answer is the same whatever order the profile lists things in.
  const held = byId(profile.credentials ?? []);
  const credentials = new Map<string, HeldCredential>();
  for (const c of held) {
    const seen = credentials.get(c.id);
    if (seen === undefined || latest(c) > latest(seen)) credentials.set(c.id, c);
  }
  const history = profile.history ?? [];
  const roles = new Set<string>();
  const settings = new Set<string>();
  const work: WorkSpan[] = [];
  let openHours: number | undefined;
  for (const h of history) {
    roles.add(h.role);
    if (h.setting) settings.add(h.setting);
    const hoursPerWeek = h.hoursPerWeek ?? 40;
    work.push({
      role: h.role,
      setting: h.setting,
      from: toDayNumber(h.from),
      to: h.to ? toDayNumber(h.to) : Number.POSITIVE_INFINITY,
      hoursPerWeek,
    });
    if (h.to === undefined) openHours = Math.max(openHours ?? 0, hoursPerWeek);
  }
  if (profile.role) roles.add(profile.role);
  if (profile.setting) settings.add(profile.setting);
  return {
    completed,
    credentials,
    records: held,
    roles,
    currentRole: profile.role,
    settings,
    jurisdiction: profile.jurisdiction,
    work,
    ce: profile.ce ?? [],
    currentHoursPerWeek: openHours,
  };
}

/** Credential records by id, the profile's order kept among equal ids: the list itself when it is. */
function byId(list: readonly HeldCredential[]): readonly HeldCredential[] {
  for (let i = 1; i < list.length; i++) {
    if ((list[i - 1] as HeldCredential).id > (list[i] as HeldCredential).id) {
      return [...list].sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
    }
  }
  return list;
}

function latest(c: HeldCredential): string {
  return c.renewed ?? c.earned;
}

/** Whether a person's jurisdiction is `code` or inside it (`US-TX` is inside `US`). @internal */
export function inJurisdiction(person: string | undefined, code: string): boolean {
  return person !== undefined && (person === code || person.startsWith(`${code}-`));
}

/**
 * The periods of holding credentials that facts record: every record of the profile, and the
 * latest records that were added to the facts since (a plan's, or a step tried out). @internal
 */
export function heldRecords(facts: PersonFacts): HeldCredential[] {
  const out = [...facts.records];
  const known = new Set(out);
  for (const held of facts.credentials.values()) if (!known.has(held)) out.push(held);
  return out;
}
