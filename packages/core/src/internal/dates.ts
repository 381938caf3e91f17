import type { Duration } from "../model/quantities.js";

const msPerDay = 86_400_000;

/** Days since 1970-01-01 for a `YYYY-MM-DD` date (UTC, so no time zone can shift it). */
export function toDayNumber(date: string): number {
  const [y, m, d] = date.split("-").map(Number) as [number, number, number];
  return Math.floor(Date.UTC(y, m - 1, d) / msPerDay);
}

/** The `YYYY-MM-DD` date of a day number. */
export function fromDayNumber(day: number): string {
  return new Date(day * msPerDay).toISOString().slice(0, 10);
}

/**
 * Adds a duration to a date, calendar-wise: years and months move the month (clamping the day
 * to the month's end, so Jan 31 + 1 month is Feb 28/29), then weeks and days add days.
 */
export function addDuration(date: string, duration: Duration, sign: 1 | -1 = 1): string {
  const [y, m, d] = date.split("-").map(Number) as [number, number, number];
  const months = sign * ((duration.years ?? 0) * 12 + (duration.months ?? 0));
  const totalMonths = y * 12 + (m - 1) + months;
  const year = Math.floor(totalMonths / 12);
  const month = totalMonths - year * 12;
  const lastDay = new Date(Date.UTC(year, month + 1, 0)).getUTCDate();
  const base = Math.floor(Date.UTC(year, month, Math.min(d, lastDay)) / msPerDay);
  const days = sign * ((duration.weeks ?? 0) * 7 + (duration.days ?? 0));
  return fromDayNumber(base + days);
}

/** Whole days from `a` to `b` (negative when `b` is earlier). */
export function daysBetween(a: string, b: string): number {
  return toDayNumber(b) - toDayNumber(a);
}

/** A duration's approximate length in days (a year is 365.25 days, a month a twelfth of that). */
export function approximateDays(duration: Duration): number {
  return (
    (duration.years ?? 0) * 365.25 +
    (duration.months ?? 0) * 30.4375 +
    (duration.weeks ?? 0) * 7 +
    (duration.days ?? 0)
  );
}
