import * as z from "zod/mini";
import { describe, doc, meta } from "./_meta.js";
import { ref } from "./id.js";
import { Duration, Money } from "./quantities.js";

const categoryHours = doc(
  z.record(ref("CE category", "pharmacy-law"), z.number().check(z.gte(0), z.lte(10000))),
  "Hours by continuing-education category id.",
);

const categoryList = (markdown: string, example: string) =>
  doc(z.optional(z.array(ref("CE category", example))), markdown, { examples: [[example]] });

/**
 * Continuing-education hours needed in each renewal cycle.
 *
 * @example
 * const rule: CeRule | undefined = pathway.credentials["ptcb-cpht"]?.renewal?.ce;
 * if (rule) console.log(rule.hours, "hours per cycle");
 */
export const CeRule = doc(
  z.strictObject({
    hours: doc(z.number().check(z.gte(0), z.lte(10000)), "Total hours needed in each cycle."),
    minimum: doc(
      z.optional(categoryHours),
      "At least this many of the hours must be in each named category.",
    ),
    maximum: doc(
      z.optional(categoryHours),
      "At most this many hours from each named category count.",
    ),
    excludes: categoryList(
      "CE the renewal does not accept: an activity in any of these categories counts for nothing, whatever else it is (for example workplace in-service training).",
      "in-service",
    ),
    only: categoryList(
      "CE the renewal only accepts: an activity counts only when it is in at least one of these categories (for example accredited providers). Absent means every category is accepted.",
      "acpe-accredited",
    ),
  }),
  "Continuing education needed per renewal cycle: total hours, per-category minimums and caps, and which CE is not accepted (`excludes`) or only accepted (`only`). Hours do not carry over between cycles.",
  {
    examples: [
      {
        hours: 20,
        minimum: { "pharmacy-law": 1 },
        maximum: { college: 10 },
        excludes: ["in-service"],
      },
    ],
  },
);

/**
 * When a renewal must be filed to be on time; `expiry` when a pathway does not say.
 *
 * @example
 * for (const rule of fileByRules) console.log(rule); // "expiry", "start-of-expiry-month"
 */
export const fileByRules = ["expiry", "start-of-expiry-month"] as const;

/**
 * How a credential is kept active.
 *
 * @example
 * const renewal: Renewal | undefined = pathway.credentials["ptcb-cpht"]?.renewal;
 * if (renewal?.fee) console.log(renewal.fee.amount, renewal.fee.currency);
 */
export const Renewal = doc(
  z.strictObject({
    every: doc(Duration, "How long each cycle lasts, from the date earned or last renewed."),
    ce: z.optional(CeRule),
    fee: doc(z.optional(Money), "What renewing costs."),
    opens: doc(z.optional(Duration), "How long before expiry the renewal can be filed."),
    grace: doc(
      z.optional(Duration),
      "How long after expiry the credential can still be reinstated.",
    ),
    fileBy: meta(z.optional(z.enum(fileByRules)), {
      ...describe("When the renewal must be filed to be on time. Absent means `expiry`."),
      markdownEnumDescriptions: [
        "By the expiry date.",
        "By the first day of the month the credential expires in.",
      ],
    }),
    lateFee: doc(z.optional(Money), "What filing after the `fileBy` date costs on top of `fee`."),
  }),
  "How the credential is renewed: the cycle, CE hours, fee and windows.",
  { examples: [{ every: { years: 2 }, ce: { hours: 20 }, fee: { amount: 55, currency: "USD" } }] },
);

export type CeRule = z.infer<typeof CeRule>;
export type Renewal = z.infer<typeof Renewal>;
/**
 * When a renewal must be filed, one of {@link fileByRules}.
 *
 * @example
 * const rule: FileByRule = "start-of-expiry-month";
 */
export type FileByRule = (typeof fileByRules)[number];
