import { addDurationToDay, clampDay, toDayNumber } from "../internal/dates.js";
import type { ExperienceRequirement } from "../model/condition.js";
import { sumExperience } from "./experience-sum.js";
import { type CodedMessage, coded } from "./messages/coded.js";

/** A stretch of work: a job from the history, or one a plan assumes. Days are inclusive. @internal */
export interface WorkSpan {
  readonly role: string;
  readonly setting?: string | undefined;
  readonly from: number;
  readonly to: number;
  readonly hoursPerWeek: number;
}

/** A stretch of work with every role it counts as (see `countWork`). @internal */
export interface CountedSpan extends WorkSpan {
  readonly counts: ReadonlySet<string>;
}

/**
 * How much experience a requirement asks for, in its own unit.
 *
 * @example
 * const shortfall = (amount: ExperienceAmount) => Math.max(0, amount.need - amount.have);
 * shortfall({ unit: "years", need: 2, have: 1.5 }); // 0.5
 */
export interface ExperienceAmount {
  readonly unit: "years" | "months" | "hours";
  readonly need: number;
  readonly have: number;
}

const daysPerYear = 365.25;
const daysPerMonth = daysPerYear / 12;

/**
 * Measures the experience that counts toward a requirement on a date. Jobs that overlap count
 * once: on each day the busiest matching job counts. Years and months are full-time
 * equivalents (a year at half of full-time hours counts as half a year); hours are hours. Work
 * counts for every role it counts as on its days (`counts`: the roles its role is a kind of, and
 * those the credentials held then make it).
 * @internal
 */
export function measureExperience(
  spans: readonly CountedSpan[],
  requirement: ExperienceRequirement,
  date: string,
  fullTime: number,
): ExperienceAmount {
  // The engine's dates are inside the years 0001–9999, where the day number is exact.
  return measureExperienceOnDay(spans, requirement, toDayNumber(date), fullTime);
}

/**
 * `measureExperience` on the date of a day number (clamped as `fromDayNumber` clamps), without
 * writing the date out and reading it back: for searches that probe many days. @internal
 */
export function measureExperienceOnDay(
  spans: readonly CountedSpan[],
  requirement: ExperienceRequirement,
  day: number,
  fullTime: number,
): ExperienceAmount {
  const end = clampDay(day);
  const start = requirement.within
    ? addDurationToDay(end, requirement.within, -1) + 1
    : Number.NEGATIVE_INFINITY;
  return measureBetween(spans, requirement, start, end, fullTime);
}

/** The experience inside the days `start` to `end`, both included. */
function measureBetween(
  spans: readonly CountedSpan[],
  requirement: ExperienceRequirement,
  start: number,
  end: number,
  fullTime: number,
): ExperienceAmount {
  if (requirement.hours !== undefined) {
    const hours = sumExperience(spans, requirement, start, end, fullTime, "hours");
    return { unit: "hours", need: requirement.hours, have: hours };
  }
  const fteDays = sumExperience(spans, requirement, start, end, fullTime, "fteDays");
  if (requirement.months !== undefined) {
    return { unit: "months", need: requirement.months, have: fteDays / daysPerMonth };
  }
  return { unit: "years", need: requirement.years ?? 0, have: fteDays / daysPerYear };
}

/** Whether a measured amount meets its need, allowing for rounding in day arithmetic. @internal */
export function isEnough(amount: ExperienceAmount): boolean {
  return amount.have + 1e-9 >= amount.need;
}

/**
 * An amount such as `1.5 years` as an `amount.experience` piece, rounded down to one decimal so it
 * never overstates. @internal
 */
export function experienceAmount(
  value: number,
  unit: ExperienceAmount["unit"],
): CodedMessage<"amount.experience"> {
  return coded("amount.experience", { amount: Math.floor(value * 10 + 1e-9) / 10, unit });
}
