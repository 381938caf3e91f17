// The form's state: a profile as the person types it (every field a string), and the way back
// to profile data that `validateProfile` checks. Keeping raw strings lets a half-typed date stay
// on screen with an error beside it instead of being thrown away.
import type { Goal, Profile } from "@pathwise/core/engine";

export type GoalKind = "role" | "setting" | "credential";

export interface DraftJob {
  role: string;
  setting: string;
  from: string;
  to: string;
  hoursPerWeek: string;
}
export interface DraftCredential {
  id: string;
  earned: string;
  renewed: string;
}
export interface DraftCompleted {
  step: string;
  date: string;
}
export interface DraftCe {
  date: string;
  hours: string;
  categories: string[];
  title: string;
}
export interface DraftGoal {
  kind: GoalKind;
  id: string;
}

/** What the form edits. */
export interface Draft {
  name: string;
  /** The evaluation date ("as of"). */
  date: string;
  role: string;
  setting: string;
  jurisdiction: string;
  history: DraftJob[];
  credentials: DraftCredential[];
  completed: DraftCompleted[];
  ce: DraftCe[];
  goals: DraftGoal[];
  budget: string;
  currency: string;
  hoursPerWeek: string;
}

const text = (value: number | string | undefined) => (value === undefined ? "" : String(value));

/** A draft holding the profile, evaluated on its own date or else on `today`. */
export function draftFromProfile(profile: Profile, today: string): Draft {
  return {
    name: profile.name ?? "",
    date: profile.date ?? today,
    role: profile.role ?? "",
    setting: profile.setting ?? "",
    jurisdiction: profile.jurisdiction ?? "",
    history: (profile.history ?? []).map((job) => ({
      role: job.role,
      setting: text(job.setting),
      from: job.from,
      to: text(job.to),
      hoursPerWeek: text(job.hoursPerWeek),
    })),
    credentials: (profile.credentials ?? []).map((held) => ({
      id: held.id,
      earned: held.earned,
      renewed: text(held.renewed),
    })),
    completed: (profile.completed ?? []).map((done) => ({ step: done.step, date: done.date })),
    ce: (profile.ce ?? []).map((activity) => ({
      date: activity.date,
      hours: text(activity.hours),
      categories: [...activity.categories],
      title: text(activity.title),
    })),
    goals: (profile.goals ?? []).map(goalToDraft),
    budget: text(profile.preferences?.budget?.amount),
    currency: profile.preferences?.budget?.currency ?? "USD",
    hoursPerWeek: text(profile.preferences?.hoursPerWeek),
  };
}

/** An empty draft for someone starting from scratch. */
export function emptyDraft(today: string): Draft {
  return draftFromProfile({ pathwise: 1, pathway: "" }, today);
}

export function goalToDraft(goal: Goal): DraftGoal {
  if ("role" in goal) return { kind: "role", id: goal.role };
  if ("setting" in goal) return { kind: "setting", id: goal.setting };
  return { kind: "credential", id: goal.credential };
}

export function draftToGoal(goal: DraftGoal): Goal {
  if (goal.kind === "role") return { role: goal.id };
  if (goal.kind === "setting") return { setting: goal.id };
  return { credential: goal.id };
}

/** A number typed in a field; what is not a number stays text so validation names the field. */
function numberOf(value: string): number | string | undefined {
  const trimmed = value.trim();
  if (trimmed === "") return undefined;
  const number = Number(trimmed);
  return Number.isFinite(number) ? number : trimmed;
}

/** Drops empty fields, so an empty optional field means "not given" rather than "". */
function compact<T extends Record<string, unknown>>(record: T): Partial<T> {
  return Object.fromEntries(
    Object.entries(record).filter(([, value]) => value !== undefined && value !== ""),
  ) as Partial<T>;
}

/** The profile data the draft stands for, ready for `validateProfile`. */
export function draftToData(draft: Draft, pathway: string): Record<string, unknown> {
  const budget = numberOf(draft.budget);
  const hoursPerWeek = numberOf(draft.hoursPerWeek);
  const preferences = compact({
    budget: budget === undefined ? undefined : { amount: budget, currency: draft.currency.trim() },
    hoursPerWeek,
  });
  return compact({
    pathwise: 1,
    pathway,
    name: draft.name.trim(),
    date: draft.date.trim(),
    role: draft.role,
    setting: draft.setting,
    jurisdiction: draft.jurisdiction.trim(),
    history: draft.history.map((job) =>
      compact({
        role: job.role,
        setting: job.setting,
        from: job.from.trim(),
        to: job.to.trim(),
        hoursPerWeek: numberOf(job.hoursPerWeek),
      }),
    ),
    credentials: draft.credentials.map((held) =>
      compact({ id: held.id, earned: held.earned.trim(), renewed: held.renewed.trim() }),
    ),
    completed: draft.completed.map((done) => ({ step: done.step, date: done.date.trim() })),
    ce: draft.ce.map((activity) =>
      compact({
        date: activity.date.trim(),
        hours: numberOf(activity.hours) ?? "",
        categories: activity.categories,
        title: activity.title.trim(),
      }),
    ),
    goals: draft.goals.map(draftToGoal),
    preferences: Object.keys(preferences).length > 0 ? preferences : undefined,
  });
}

const isoDate = /^\d{4}-(?:0[1-9]|1[0-2])-(?:0[1-9]|[12]\d|3[01])$/;

/** Whether `value` is a real calendar date written `YYYY-MM-DD`. */
export function isIsoDate(value: string): boolean {
  if (!isoDate.test(value)) return false;
  const [y, m, d] = value.split("-").map(Number) as [number, number, number];
  const date = new Date(Date.UTC(y, m - 1, d));
  return date.getUTCMonth() === m - 1 && date.getUTCDate() === d;
}
