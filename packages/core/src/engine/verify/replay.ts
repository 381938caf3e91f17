import type { Pathway } from "../../model/pathway.js";
import type { CompletedStep, HeldCredential, HistoryEntry, Profile } from "../../model/profile.js";
import { expiryOf, renewedThrough } from "../credential-status.js";
import type { PlanItem } from "../plan/index.js";

/**
 * The profile as it would stand on `day` if the person had followed the plan so far: every
 * item done by then (a step finished, a role taken up, a move made) is applied, except, with
 * `before`, the item at that index and those listed after it that finish on `day` (they come
 * later that day),
 * and every credential active on the plan's date or earned by it is renewed each time it would
 * expire, as plans assume. Written apart from the planner, from the documented rules only, so
 * that the evaluator can judge the plan on its own. @internal
 */
export function replayProfile(
  pathway: Pathway,
  profile: Profile,
  items: readonly PlanItem[],
  start: string,
  day: string,
  before?: number,
): Profile {
  const world = startWorld(pathway, profile, start);
  for (const [index, item] of items.entries()) {
    if (item.finish > day || item.id === undefined) continue;
    if (before !== undefined && index >= before && item.finish === day) continue;
    applyItem(pathway, world, item);
  }
  const held = world.records.map((c) =>
    world.kept.has(c.id) && world.latest.get(c.id) === c ? renewedThrough(pathway, c, day) : c,
  );
  return {
    ...profile,
    // The role changes when the plan takes one up; the profile's setting stays worked in, and
    // changes only when there is no job to carry the new one.
    ...(world.newRole && world.role !== undefined ? { role: world.role } : {}),
    ...(world.moved && world.role === undefined && world.setting !== undefined
      ? { setting: world.setting }
      : {}),
    history: world.history,
    credentials: held,
    completed: world.completed,
  };
}

/** The person being replayed: their records so far and the job they are in. */
interface World {
  history: HistoryEntry[];
  /** Every record stays (each is a period held); the latest of each says where it stands. */
  readonly records: HeldCredential[];
  readonly latest: Map<string, HeldCredential>;
  /** Credentials kept renewed: active on the plan's date, or earned or renewed by it. */
  readonly kept: Set<string>;
  readonly completed: CompletedStep[];
  role: string | undefined;
  setting: string | undefined;
  readonly hours: number;
  moved: boolean;
  newRole: boolean;
}

function startWorld(pathway: Pathway, profile: Profile, start: string): World {
  let history: HistoryEntry[] = [...(profile.history ?? [])];
  const records: HeldCredential[] = [...(profile.credentials ?? [])];
  const latest = new Map<string, HeldCredential>();
  for (const c of records) {
    const seen = latest.get(c.id);
    if (!seen || (c.renewed ?? c.earned) > (seen.renewed ?? seen.earned)) latest.set(c.id, c);
  }
  const kept = new Set(
    [...latest.values()].filter((c) => isActive(pathway, c, start)).map((c) => c.id),
  );
  // The current job: the latest open one (the busiest of those begun the same day), else the
  // profile's role, which the plan assumes full-time from its date on.
  const open = history
    .filter((h) => h.to === undefined)
    .sort((a, b) => cmp(b.from, a.from) || (b.hoursPerWeek ?? 40) - (a.hoursPerWeek ?? 40));
  const current = open[0];
  const role = current?.role ?? profile.role;
  const setting = current?.setting ?? profile.setting;
  const hours = current?.hoursPerWeek ?? 40;
  if (role !== undefined && !current) {
    history.push({ role, ...(setting ? { setting } : {}), from: start, hoursPerWeek: hours });
  } else if (current && current.setting === undefined && setting !== undefined) {
    // The current job with no setting recorded is in the profile's setting from the plan on.
    history = changeJob(history, current.role, setting, start, hours);
  }
  const completed = [...(profile.completed ?? [])];
  return {
    history,
    records,
    latest,
    kept,
    completed,
    role,
    setting,
    hours,
    moved: false,
    newRole: false,
  };
}

/** Applies one item on its finish date. */
function applyItem(pathway: Pathway, world: World, item: PlanItem): void {
  const changes = changesOf(pathway, item);
  if (changes.step) world.completed.push({ step: changes.step, date: item.finish });
  const renewed = changes.renews ? world.latest.get(changes.renews) : undefined;
  const record = changes.credential
    ? { id: changes.credential, earned: item.finish }
    : renewed
      ? { ...renewed, renewed: item.finish }
      : undefined;
  if (record) {
    world.records.push(record);
    world.latest.set(record.id, record);
    world.kept.add(record.id);
  }
  if (changes.role === undefined && changes.setting === undefined) return;
  const listed = changes.role ? (pathway.roles[changes.role]?.settings ?? []) : [];
  const here = world.setting;
  const role = changes.role ?? world.role;
  const setting =
    changes.setting ?? (here && (listed.length === 0 || listed.includes(here)) ? here : listed[0]);
  // With no job to move, the setting is the profile's current one.
  if (role !== undefined) {
    world.history = changeJob(world.history, role, setting, item.finish, world.hours);
  }
  world.role = role;
  world.setting = setting;
  world.moved = true;
  if (changes.role !== undefined) world.newRole = true;
}

/** What an item changes: a step's completion and grants, or a role or setting taken up. */
function changesOf(pathway: Pathway, item: PlanItem) {
  const id = item.id as string;
  if (item.kind === "role") return { role: id };
  if (item.kind === "setting") return { setting: id };
  if (item.kind !== "step") return {};
  const step = Object.hasOwn(pathway.steps, id) ? pathway.steps[id] : undefined;
  return {
    step: id,
    credential: step?.grants?.credential,
    renews: step?.renews,
    role: step?.grants?.role,
    setting: step?.grants?.setting,
  };
}

/** Ends every open job on `from` and starts the new one that day, at the current weekly hours. */
function changeJob(
  history: readonly HistoryEntry[],
  role: string,
  setting: string | undefined,
  from: string,
  hours: number,
): HistoryEntry[] {
  const out: HistoryEntry[] = [];
  for (const h of history) {
    if (h.to !== undefined) {
      out.push(h);
      continue;
    }
    // The day of a change counts for both jobs, as plans count it.
    out.push({ ...h, to: from });
  }
  out.push({ role, ...(setting ? { setting } : {}), from, hoursPerWeek: hours });
  return out;
}

function isActive(pathway: Pathway, held: HeldCredential, date: string): boolean {
  if (held.earned > date) return false;
  const expires = expiryOf(pathway, held);
  return expires === undefined || date < expires;
}

function cmp(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
