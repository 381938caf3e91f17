import type { ExperienceRequirement } from "../../model/condition.js";
import { type CountedSpan, isEnough, measureExperienceOnDay } from "../experience.js";

const daysPerYear = 365.25;

/**
 * The first day in `[from, last]` on which the work adds up to the requirement, or undefined.
 *
 * A search, not a scan: on a day that falls short by some amount, no day sooner than that amount
 * divided by the most a single day of this work can add qualifies, so the search jumps there.
 * Without a `within` window the amount only grows, and the jumps shrink geometrically; with one,
 * old work leaves the window and the amount can fall, so the search stops once the window has
 * passed the last change of job (from then on the amount stays the same). @internal
 */
export function earliestDay(
  work: readonly CountedSpan[],
  requirement: ExperienceRequirement,
  from: number,
  last: number,
  fullTime: number,
): number | undefined {
  const matching = work.filter(
    (s) =>
      (requirement.role === undefined || s.counts.has(requirement.role)) &&
      (requirement.setting === undefined || s.setting === requirement.setting),
  );
  const gain = maxGainPerDay(matching, requirement, fullTime);
  if (gain <= 0) return isEnoughOn(work, requirement, from, fullTime) ? from : undefined;
  const settled = requirement.within ? settledFrom(matching, requirement) : last;
  let day = from;
  while (day <= last) {
    const amount = measureExperienceOnDay(work, requirement, day, fullTime);
    if (isEnough(amount)) return day;
    if (day > settled) return undefined;
    const short = amount.need - amount.have;
    day += Math.max(1, Math.floor((short / gain) * (1 - 1e-9)));
  }
  return undefined;
}

function isEnoughOn(
  work: readonly CountedSpan[],
  requirement: ExperienceRequirement,
  day: number,
  fullTime: number,
): boolean {
  return isEnough(measureExperienceOnDay(work, requirement, day, fullTime));
}

/** The most one day of this work can add, in the requirement's unit. */
function maxGainPerDay(
  spans: readonly CountedSpan[],
  requirement: ExperienceRequirement,
  fullTime: number,
): number {
  let rate = 0;
  for (const s of spans) if (s.hoursPerWeek > rate) rate = s.hoursPerWeek;
  if (requirement.hours !== undefined) return rate / 7;
  const fte = Math.min(rate, fullTime) / fullTime;
  return requirement.months !== undefined ? (fte * 12) / daysPerYear : fte / daysPerYear;
}

/**
 * A day after which the amount inside the window no longer changes: the window's length (with a
 * month to spare for calendar lengths) past the last day any matching work starts or ends.
 */
function settledFrom(spans: readonly CountedSpan[], requirement: ExperienceRequirement): number {
  let lastChange = Number.NEGATIVE_INFINITY;
  for (const s of spans) {
    lastChange = Math.max(lastChange, s.from, Number.isFinite(s.to) ? s.to + 1 : s.from);
  }
  const w = requirement.within ?? {};
  const days =
    ((w.years ?? 0) + (w.months ?? 0) / 12) * daysPerYear + (w.weeks ?? 0) * 7 + (w.days ?? 0);
  return lastChange + Math.ceil(days) + 31;
}
