import * as z from "zod/mini";
import { doc } from "./_meta.js";

const count = (what: string) =>
  doc(z.optional(z.number().check(z.int(), z.gte(0), z.lte(1000))), `Number of ${what}.`);

/**
 * A length of time, such as `{ years: 2 }`. At least one unit is given.
 *
 * @example
 * const within: Duration = { days: 60 };
 * const statuses = credentialStatuses(pathway, profile, { date: "2026-11-24", expiringWithin: within });
 */
export const Duration = doc(
  z
    .strictObject({
      years: count("years"),
      months: count("months"),
      weeks: count("weeks"),
      days: count("days"),
    })
    .check(
      z.refine((d) => Object.values(d).some((v) => v !== undefined), {
        message: "give at least one of years, months, weeks or days",
      }),
    ),
  "A length of time: any of `years`, `months`, `weeks`, `days`.",
  { examples: [{ years: 2 }], jsonSchema: { minProperties: 1 } },
);

/**
 * An amount of money in a currency.
 *
 * @example
 * const fee: Money = { amount: 129, currency: "USD" };
 * const label = `${fee.amount} ${fee.currency}`;
 */
export const Money = doc(
  z.strictObject({
    amount: doc(z.number().check(z.gte(0)), "The amount, in the currency's major unit."),
    currency: doc(
      z.string().check(z.regex(/^[A-Z]{3}$/)),
      "An ISO 4217 currency code, such as `USD`.",
      { examples: ["USD"] },
    ),
  }),
  "An amount of money.",
  { examples: [{ amount: 129, currency: "USD" }] },
);

/**
 * How much a step takes: hours of work, calendar weeks, and money.
 *
 * @example
 * const effort: Effort | undefined = pathway.steps["earn-ptcb-cpht"]?.effort;
 * if (effort) console.log(effort.hours ?? 0, "hours over", effort.weeks ?? 0, "weeks");
 */
export const Effort = doc(
  z.strictObject({
    hours: doc(
      z.optional(z.number().check(z.gte(0), z.lte(100000))),
      "Hours of the person's own time the step takes.",
    ),
    weeks: doc(
      z.optional(z.number().check(z.gte(0), z.lte(520))),
      "Calendar weeks from start to finish.",
    ),
    cost: doc(z.optional(Money), "What the step costs the person."),
  }),
  "What a step takes: hours, calendar weeks and cost.",
  { examples: [{ weeks: 8, hours: 40, cost: { amount: 129, currency: "USD" } }] },
);

export type Duration = z.infer<typeof Duration>;
export type Money = z.infer<typeof Money>;
export type Effort = z.infer<typeof Effort>;
