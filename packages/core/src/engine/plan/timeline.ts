import type { WorkSpan } from "../experience.js";

/** A job the plan assumes: a role, maybe a setting, and weekly hours. @internal */
export interface Job {
  readonly role: string;
  readonly setting?: string | undefined;
  readonly hoursPerWeek: number;
}

/** The work a route assumes from the evaluation date on, as changes of job in date order. @internal */
export type Timeline = readonly { readonly from: number; readonly job: Job }[];

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
export function changeJob(timeline: Timeline, day: number, job: Job): Timeline {
  const at = timeline.findIndex((c) => c.from >= day);
  if (at < 0) return [...timeline, { from: day, job }];
  const next = timeline.slice();
  if (next[at]?.from === day) next[at] = { from: day, job };
  else next.splice(at, 0, { from: day, job });
  return next;
}

/** The timeline as stretches of work, the last one open-ended. @internal */
export function timelineWork(timeline: Timeline): WorkSpan[] {
  return timeline.map((c, i) => ({
    role: c.job.role,
    setting: c.job.setting,
    from: c.from,
    to: (timeline[i + 1]?.from ?? Number.POSITIVE_INFINITY) - 1,
    hoursPerWeek: c.job.hoursPerWeek,
  }));
}
