import { addDuration } from "../../internal/dates.js";
import type { Pathway } from "../../model/pathway.js";
import type { HeldCredential, HistoryEntry, Profile } from "../../model/profile.js";
import { expiryOf } from "../credential-status.js";
import type { PlanItem } from "../plan/index.js";

/**
 * The profile as it would stand on `day` if the person had followed the plan so far: every
 * item done by then (a step finished, a role taken up, a move made) is applied, `skip` excepted,
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
  skip?: PlanItem,
): Profile {
  let history: HistoryEntry[] = [...(profile.history ?? [])];
  // Every record stays (each is a period held); the latest of each credential says where it stands.
  const records: HeldCredential[] = [...(profile.credentials ?? [])];
  const latest = new Map<string, HeldCredential>();
  for (const c of records) {
    const seen = latest.get(c.id);
    if (!seen || (c.renewed ?? c.earned) > (seen.renewed ?? seen.earned)) latest.set(c.id, c);
  }
  const kept = new Set(
    [...latest.values()].filter((c) => isActive(pathway, c, start)).map((c) => c.id),
  );
  const completed = [...(profile.completed ?? [])];
  let role = profile.role;
  let setting = profile.setting;
  if (role !== undefined && !history.some((h) => h.to === undefined)) {
    // A current role with no open job: the plan assumes full-time work in it from its date on.
    history.push({ role, ...(setting ? { setting } : {}), from: start, hoursPerWeek: 40 });
  }
  for (const item of items) {
    if (item === skip || item.finish > day || item.id === undefined) continue;
    const changes = changesOf(pathway, item);
    if (changes.step) completed.push({ step: changes.step, date: item.finish });
    if (changes.credential) {
      const earned = { id: changes.credential, earned: item.finish };
      records.push(earned);
      latest.set(earned.id, earned);
      kept.add(earned.id);
    }
    const renewed = changes.renews ? latest.get(changes.renews) : undefined;
    if (renewed) {
      const next = { ...renewed, renewed: item.finish };
      records.push(next);
      latest.set(next.id, next);
      kept.add(next.id);
    }
    if (changes.role !== undefined || changes.setting !== undefined) {
      const listed = changes.role ? (pathway.roles[changes.role]?.settings ?? []) : [];
      const nextRole = changes.role ?? role;
      const nextSetting =
        changes.setting ??
        (setting && (listed.length === 0 || listed.includes(setting)) ? setting : listed[0]);
      if (nextRole !== undefined) {
        history = changeJob(history, nextRole, nextSetting, item.finish);
        role = nextRole;
        setting = nextSetting;
      }
    }
  }
  const held = records.map((c) =>
    kept.has(c.id) && latest.get(c.id) === c ? renewedBy(pathway, c, day) : c,
  );
  return {
    ...profile,
    ...(role !== undefined ? { role } : {}),
    ...(setting !== undefined ? { setting } : {}),
    history,
    credentials: held,
    completed,
  };
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

/** Ends every open job the day before `from` and starts the new one, at the busiest job's hours. */
function changeJob(
  history: readonly HistoryEntry[],
  role: string,
  setting: string | undefined,
  from: string,
): HistoryEntry[] {
  const before = addDuration(from, { days: 1 }, -1);
  let hours = 0;
  const out: HistoryEntry[] = [];
  for (const h of history) {
    if (h.to !== undefined) {
      out.push(h);
      continue;
    }
    hours = Math.max(hours, h.hoursPerWeek ?? 40);
    if (h.from <= before) out.push({ ...h, to: before });
  }
  out.push({ role, ...(setting ? { setting } : {}), from, hoursPerWeek: hours || 40 });
  return out;
}

function isActive(pathway: Pathway, held: HeldCredential, date: string): boolean {
  if (held.earned > date) return false;
  const expires = expiryOf(pathway, held);
  return expires === undefined || date < expires;
}

/** The credential renewed at each expiry up to `day`, so that it is active then. */
function renewedBy(pathway: Pathway, held: HeldCredential, day: string): HeldCredential {
  let current = held;
  for (let expires = expiryOf(pathway, current); expires !== undefined && expires <= day; ) {
    current = { ...current, renewed: expires };
    const next = expiryOf(pathway, current);
    if (next === undefined || next <= expires) break;
    expires = next;
  }
  return current;
}
