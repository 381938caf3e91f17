import * as z from "zod";
import { describe } from "./_meta.js";

const count = (what: string) =>
  z
    .number()
    .int()
    .min(0)
    .max(1000)
    .optional()
    .meta(describe(`Number of ${what}.`));

/** A length of time, such as `{ years: 2 }`. At least one unit is given. */
export const Duration = z
  .strictObject({
    years: count("years"),
    months: count("months"),
    weeks: count("weeks"),
    days: count("days"),
  })
  .refine((d) => Object.values(d).some((v) => v !== undefined), {
    message: "give at least one of years, months, weeks or days",
  })
  .meta(
    describe("A length of time: any of `years`, `months`, `weeks`, `days`.", {
      examples: [{ years: 2 }],
    }),
  );

/** An amount of money in a currency. */
export const Money = z
  .strictObject({
    amount: z.number().min(0).meta(describe("The amount, in the currency's major unit.")),
    currency: z
      .string()
      .regex(/^[A-Z]{3}$/)
      .meta(describe("An ISO 4217 currency code, such as `USD`.", { examples: ["USD"] })),
  })
  .meta(describe("An amount of money.", { examples: [{ amount: 129, currency: "USD" }] }));

/** How much a step takes: hours of work, calendar weeks, and money. */
export const Effort = z
  .strictObject({
    hours: z
      .number()
      .min(0)
      .max(100000)
      .optional()
      .meta(describe("Hours of the person's own time the step takes.")),
    weeks: z
      .number()
      .min(0)
      .max(520)
      .optional()
      .meta(describe("Calendar weeks from start to finish.")),
    cost: Money.optional().meta(describe("What the step costs the person.")),
  })
  .meta(
    describe("What a step takes: hours, calendar weeks and cost.", {
      examples: [{ weeks: 8, hours: 40, cost: { amount: 129, currency: "USD" } }],
    }),
  );

export type Duration = z.infer<typeof Duration>;
export type Money = z.infer<typeof Money>;
export type Effort = z.infer<typeof Effort>;
