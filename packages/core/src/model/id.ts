import * as z from "zod/mini";
import { isRealDate } from "../internal/dates.js";
import { dateRange } from "../load/limits.js";
import { doc } from "./_meta.js";

/**
 * The pattern every id follows: lowercase kebab-case, starting with a letter. The lookahead
 * refuses `constructor` and `prototype`, which would be dangerous as keys of plain objects
 * (`__proto__` cannot match at all); being part of the pattern, the JSON Schema enforces it too.
 *
 * @example
 * idPattern.test("lead-technician"); // true
 * idPattern.test("Lead Technician"); // false
 */
export const idPattern = /^(?!(?:constructor|prototype)$)[a-z][a-z0-9]*(?:-[a-z0-9]+)*$/;

/**
 * The longest id accepted.
 *
 * @example
 * const fits = (id: string) => id.length <= maxIdLength;
 */
export const maxIdLength = 64;

/** Ids that match the kebab-case shape but are refused because of what they mean to JavaScript. */
export const reservedIds: ReadonlySet<string> = new Set(["constructor", "prototype"]);

/**
 * Whether a string is a usable id.
 *
 * @example
 * isValidId("ptcb-cpht"); // true
 * isValidId("PTCB CPhT"); // false
 */
export function isValidId(value: string): boolean {
  return value.length <= maxIdLength && idPattern.test(value);
}

/** An id: lowercase kebab-case, such as `lead-technician`. */
export const Id = doc(
  z.string().check(z.maxLength(maxIdLength), z.regex(idPattern)),
  "An id: lowercase letters, digits and single hyphens, starting with a letter.",
  { examples: ["lead-technician"] },
);

/** Builds a reference to an entity of a kind, documented for editors. */
export function ref(kind: string, example: string) {
  return doc(z.string(), `The id of a ${kind} defined in this pathway.`, { examples: [example] });
}

/** A jurisdiction code: an ISO 3166-1 country, optionally with an ISO 3166-2 subdivision. */
export const JurisdictionCode = doc(
  z.string().check(z.regex(/^[A-Z]{2}(?:-[A-Z0-9]{1,3})?$/)),
  "A jurisdiction: an ISO 3166 country code, optionally with a subdivision, such as `US` or `US-TX`.",
  { examples: ["US-TX"] },
);

const monthAndDay =
  "(?:(?:0[13578]|1[02])-(?:0[1-9]|[12]\\d|3[01])|(?:0[469]|11)-(?:0[1-9]|[12]\\d|30)|02-(?:0[1-9]|1\\d|2[0-8]))";
// Years divisible by 4, except centuries not divisible by 400 (1900, 2100, 2200, 2300, ...).
const leapYear = "(?:(?:19|2\\d)(?:0[48]|[2468][048]|[13579][26])|2[048]00)";

/**
 * The days {@link IsoDate} accepts, as one regular expression for the JSON Schema: `YYYY-MM-DD`
 * from 1900-01-01 to 2999-12-31 (`dateRange`), with each month's length and February 29th in
 * leap years only. The zod schema checks the same in three steps (shape, calendar, range) so
 * that each failure gets its own message; a test holds the two equal on every day and near-day
 * of the range and beyond.
 */
export const calendarDatePattern = `^(?:(?:19|2\\d)\\d{2}-${monthAndDay}|${leapYear}-02-29)$`;

/** A calendar date written as `YYYY-MM-DD`. */
export const IsoDate = doc(
  z.string().check(
    z.regex(/^\d{4}-(?:0[1-9]|1[0-2])-(?:0[1-9]|[12]\d|3[01])$/),
    z.refine(isRealDate, { message: "not a calendar date" }),
    z.refine((v) => v >= dateRange.min && v <= dateRange.max, { message: "date out of range" }),
  ),
  `A calendar date as \`YYYY-MM-DD\`, from ${dateRange.min} to ${dateRange.max}.`,
  { examples: ["2026-11-01"], jsonSchema: { pattern: calendarDatePattern } },
);

/**
 * Whether a value is a date the format and the engine accept: `YYYY-MM-DD`, a real calendar
 * day, from `dateRange.min` to `dateRange.max`. For checking dates that arrive outside a
 * profile, such as a request's evaluation date.
 *
 * @example
 * isIsoDate("2026-11-24"); // true
 * isIsoDate("2026-13-45"); // false
 */
export function isIsoDate(value: unknown): value is string {
  return IsoDate.safeParse(value).success;
}
