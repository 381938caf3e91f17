import type { Duration } from "../model/quantities.js";

// Calendar arithmetic on integers (proleptic Gregorian, UTC), without `Date`: it is total, so no
// date the engine derives can throw `RangeError: Invalid time value`, and years 0001–0099 mean
// themselves (`Date.UTC` reads them as 1900–1999). The algorithm is Howard Hinnant's
// `days_from_civil` / `civil_from_days` (https://howardhinnant.github.io/date_algorithms.html).

/** The day number of 0001-01-01, the earliest date written with four digits. */
const firstDay = -719_162;
/** The day number of 9999-12-31, the latest date written with four digits. */
const lastDay = 2_932_896;

function daysFromCivil(y: number, m: number, d: number): number {
  const year = m <= 2 ? y - 1 : y;
  const era = Math.floor(year / 400);
  const yoe = year - era * 400;
  const doy = Math.floor((153 * (m + (m > 2 ? -3 : 9)) + 2) / 5) + d - 1;
  const doe = yoe * 365 + Math.floor(yoe / 4) - Math.floor(yoe / 100) + doy;
  return era * 146_097 + doe - 719_468;
}

function daysInMonth(y: number, m: number): number {
  if (m === 2) return (y % 4 === 0 && y % 100 !== 0) || y % 400 === 0 ? 29 : 28;
  return m === 4 || m === 6 || m === 9 || m === 11 ? 30 : 31;
}

function parts(date: string): [number, number, number] {
  // Every date the engine reads is `YYYY-MM-DD`: read its digits directly, as `Number` would.
  if (date.length === 10 && date.charCodeAt(4) === 45 && date.charCodeAt(7) === 45) {
    const y = digits(date, 0, 4);
    const m = digits(date, 5, 7);
    const d = digits(date, 8, 10);
    if (y >= 0 && m >= 0 && d >= 0) return [y, m, d];
  }
  return date.split("-").map(Number) as [number, number, number];
}

/** The number the decimal digits from `start` to `end` write; -1 when one is not a digit. */
function digits(text: string, start: number, end: number): number {
  let n = 0;
  for (let i = start; i < end; i++) {
    const c = text.charCodeAt(i) - 48;
    if (c < 0 || c > 9) return -1;
    n = n * 10 + c;
  }
  return n;
}

/** Whether a `YYYY-MM-DD` string names a day of the calendar (no February 30th). */
export function isRealDate(value: string): boolean {
  const [y, m, d] = parts(value);
  return (
    Number.isInteger(y) &&
    Number.isInteger(m) &&
    Number.isInteger(d) &&
    m >= 1 &&
    m <= 12 &&
    d >= 1 &&
    d <= daysInMonth(y, m)
  );
}

/** Days since 1970-01-01 for a `YYYY-MM-DD` date (UTC, so no time zone can shift it). */
export function toDayNumber(date: string): number {
  // The usual `YYYY-MM-DD` read in place, as `parts` reads it, without a tuple to collect.
  if (date.length === 10 && date.charCodeAt(4) === 45 && date.charCodeAt(7) === 45) {
    const y = digits(date, 0, 4);
    const m = digits(date, 5, 7);
    const d = digits(date, 8, 10);
    if (y >= 0 && m >= 0 && d >= 0) return daysFromCivil(y, m, d);
  }
  const [y, m, d] = parts(date);
  return daysFromCivil(y, m, d);
}

/** A day number as a whole day inside 0001-01-01 to 9999-12-31 (NaN counts as the last). */
export function clampDay(day: number): number {
  return Number.isNaN(day) ? lastDay : Math.min(lastDay, Math.max(firstDay, Math.floor(day)));
}

/** Year, month and day of a day number already clamped (`clampDay`). */
function civilFromDays(day: number): [number, number, number] {
  const z = day + 719_468;
  const era = Math.floor(z / 146_097);
  const doe = z - era * 146_097;
  const yoe = Math.floor(
    (doe - Math.floor(doe / 1460) + Math.floor(doe / 36_524) - Math.floor(doe / 146_096)) / 365,
  );
  const doy = doe - (365 * yoe + Math.floor(yoe / 4) - Math.floor(yoe / 100));
  const mp = Math.floor((5 * doy + 2) / 153);
  const d = doy - Math.floor((153 * mp + 2) / 5) + 1;
  const m = mp < 10 ? mp + 3 : mp - 9;
  return [yoe + era * 400 + (m <= 2 ? 1 : 0), m, d];
}

/**
 * The `YYYY-MM-DD` date of a day number. Total: days before 0001-01-01 or after 9999-12-31 (a
 * plan that waits centuries) come back as those dates, so that every result stays a date.
 */
export function fromDayNumber(day: number): string {
  const [y, m, d] = civilFromDays(clampDay(day));
  return `${String(y).padStart(4, "0")}-${String(m).padStart(2, "0")}-${String(d).padStart(2, "0")}`;
}

/**
 * Adds a duration to a date, calendar-wise: years and months move the month (clamping the day
 * to the month's end, so Jan 31 + 1 month is Feb 28/29), then weeks and days add days.
 */
export function addDuration(date: string, duration: Duration, sign: 1 | -1 = 1): string {
  const [y, m, d] = parts(date);
  return fromDayNumber(shift(y, m, d, duration, sign));
}

/**
 * `addDuration` on day numbers, for hot loops: the day number of the date `addDuration` gives
 * for the date of `day` (both clamped to the four-digit years, as `fromDayNumber` clamps).
 */
export function addDurationToDay(day: number, duration: Duration, sign: 1 | -1 = 1): number {
  const [y, m, d] = civilFromDays(clampDay(day));
  return clampDay(shift(y, m, d, duration, sign));
}

/** The day number of a calendar date moved by a duration, not yet clamped. */
function shift(y: number, m: number, d: number, duration: Duration, sign: 1 | -1): number {
  const months = sign * ((duration.years ?? 0) * 12 + (duration.months ?? 0));
  const totalMonths = y * 12 + (m - 1) + months;
  const year = Math.floor(totalMonths / 12);
  const month = totalMonths - year * 12 + 1;
  const base = daysFromCivil(year, month, Math.min(d, daysInMonth(year, month)));
  return base + sign * ((duration.weeks ?? 0) * 7 + (duration.days ?? 0));
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
