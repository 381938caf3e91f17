import type { WorkSpan } from "../experience.js";

/** A job the plan assumes: a role, maybe a setting, and weekly hours. @internal */
export interface Job {
  readonly role: string;
  readonly setting?: string | undefined;
  readonly hoursPerWeek: number;
}

/**
 * The work a route assumes from the evaluation date on, as changes of job in date order; `move`
 * marks a change of setting only (a role taken up keeps the setting it can). @internal
 */
export type Timeline = readonly {
  readonly from: number;
  readonly job: Job;
  readonly move?: boolean;
}[];

/** The job a timeline has on a day, if any. @internal */
export function jobOn(timeline: Timeline, day: number): Job | undefined {
  let job: Job | undefined;
  for (const change of timeline) {
    if (change.from > day) break;
    job = change.job;
  }
  return job;
}

/** The timeline with a change of job on `day`; later changes already planned stay. @internal */
export function changeJob(timeline: Timeline, day: number, job: Job, move = false): Timeline {
  const change = move ? { from: day, job, move } : { from: day, job };
  const at = timeline.findIndex((c) => c.from >= day);
  if (at < 0) return [...timeline, change];
  const next = timeline.slice();
  if (next[at]?.from === day) next[at] = change;
  else next.splice(at, 0, change);
  return next;
}

/**
 * The timeline with each role taken up in the setting the job before it was in, when the role has
 * it (else the role's first setting), in date order: a change planned after a later one can
 * change where that later one is. @internal
 */
export function settleSettings(
  timeline: Timeline,
  settingsOf: (role: string) => readonly string[],
): Timeline {
  let changed = false;
  const out = timeline.map((c, i) => {
    const before = timeline[i - 1]?.job.setting;
    if (i === 0 || c.move) return c;
    const listed = settingsOf(c.job.role);
    const setting = before && (listed.length === 0 || listed.includes(before)) ? before : listed[0];
    if (setting === c.job.setting) return c;
    changed = true;
    return { from: c.from, job: { ...c.job, setting } };
  });
  return changed ? out : timeline;
}

/**
 * The timeline as stretches of work, the last one open-ended. The day of a change counts for
 * both jobs, the one left and the one taken up (as experience, overlapping work counts once).
 * @internal
 */
export function timelineWork(timeline: Timeline): WorkSpan[] {
  return timeline.map((c, i) => ({
    role: c.job.role,
    setting: c.job.setting,
    from: c.from,
    to: timeline[i + 1]?.from ?? Number.POSITIVE_INFINITY,
    hoursPerWeek: c.job.hoursPerWeek,
  }));
}
