import { PathwiseError } from "../diagnostics/pathwise-error.js";
import { isRealDate, toDayNumber } from "../internal/dates.js";
import { dateRange } from "../load/limits.js";
import type { Duration } from "../model/quantities.js";
import type { MessageOptions } from "./messages/types.js";

/**
 * Options every engine function takes. The engine never reads the clock: give the date.
 *
 * @example
 * const options: EngineOptions = { date: "2026-11-24", expiringWithin: { days: 60 } };
 * const statuses = credentialStatuses(pathway, profile, options);
 */
export interface EngineOptions extends MessageOptions {
  /** The evaluation date, `YYYY-MM-DD`. */
  readonly date: string;
  /** How long before expiry a credential counts as expiring. Default: 90 days. */
  readonly expiringWithin?: Duration;
  /** Weekly hours that count as full time, for years and months of experience. Default: 40. */
  readonly fullTimeHoursPerWeek?: number;
}

/** Engine options with defaults applied. @internal */
export interface ResolvedOptions {
  readonly date: string;
  readonly day: number;
  readonly expiringWithin: Duration;
  readonly fullTime: number;
}

const isoDate = /^\d{4}-(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])$/;

/** Checks and completes engine options; a bad date is a programmer error, so it throws. @internal */
export function resolveOptions(options: EngineOptions): ResolvedOptions {
  if (!options || options.date !== lastDate.date) checkDate(options);
  const fullTime = options.fullTimeHoursPerWeek ?? 40;
  if (!(fullTime > 0 && fullTime <= 100)) {
    throw new PathwiseError(
      "invalid-argument",
      `Expected options.fullTimeHoursPerWeek between 1 and 100, found ${fullTime}.`,
    );
  }
  return {
    date: options.date,
    day: lastDate.day,
    expiringWithin: options.expiringWithin ?? { days: 90 },
    fullTime,
  };
}

/**
 * The last date `checkDate` accepted, with its day number: a batch asks about one date many
 * times, and the check follows from the string alone.
 */
let lastDate = { date: "1970-01-01", day: 0 };

function checkDate(options: EngineOptions): void {
  if (
    !options ||
    typeof options.date !== "string" ||
    !isoDate.test(options.date) ||
    !isRealDate(options.date)
  ) {
    throw new PathwiseError(
      "invalid-argument",
      `Expected options.date as a calendar date YYYY-MM-DD, found ${JSON.stringify(options?.date)}.`,
    );
  }
  if (options.date < dateRange.min || options.date > dateRange.max) {
    throw new PathwiseError(
      "invalid-argument",
      `Expected options.date from ${dateRange.min} to ${dateRange.max}, found ${options.date}.`,
    );
  }
  lastDate = { date: options.date, day: toDayNumber(options.date) };
}
