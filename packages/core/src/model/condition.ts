import * as z from "zod";
import { describe } from "./_meta.js";
import { JurisdictionCode, ref } from "./id.js";
import { Duration } from "./quantities.js";

/**
 * The condition language: a closed, declarative tree. Combinators (`all`, `any`, `not`,
 * `atLeast`/`of`) over leaves that each test one fact about a person.
 */
export type Condition =
  | { readonly all: readonly Condition[] }
  | { readonly any: readonly Condition[] }
  | { readonly not: Condition }
  | { readonly atLeast: number; readonly of: readonly Condition[] }
  | { readonly credential: string }
  | { readonly role: string }
  | { readonly step: string }
  | { readonly setting: string }
  | { readonly experience: ExperienceRequirement }
  | { readonly jurisdiction: string };

/** Work experience a condition asks for: exactly one amount, optionally narrowed. */
export interface ExperienceRequirement {
  readonly years?: number | undefined;
  readonly months?: number | undefined;
  readonly hours?: number | undefined;
  /** Only experience in this role counts. */
  readonly role?: string | undefined;
  /** Only experience in this setting counts. */
  readonly setting?: string | undefined;
  /** Only experience inside this window before the evaluation date counts. */
  readonly within?: z.infer<typeof Duration> | undefined;
}

/** The keys that tell condition kinds apart; a condition has exactly one of them. */
export const conditionKeys = [
  "all",
  "any",
  "not",
  "atLeast",
  "credential",
  "role",
  "step",
  "setting",
  "experience",
  "jurisdiction",
] as const;

/** The kinds of leaf conditions: each tests one fact. */
export type LeafKind = "credential" | "role" | "step" | "setting" | "experience" | "jurisdiction";

const ExperienceRequirementSchema = z
  .strictObject({
    years: z.number().min(0).max(80).optional().meta(describe("Years of experience.")),
    months: z.number().min(0).max(960).optional().meta(describe("Months of experience.")),
    hours: z.number().min(0).max(200000).optional().meta(describe("Hours of experience.")),
    role: ref("role", "pharmacy-technician")
      .optional()
      .meta(describe("Only experience in this role counts.")),
    setting: ref("setting", "hospital")
      .optional()
      .meta(describe("Only experience in this setting counts.")),
    within: Duration.optional().meta(
      describe("Only experience inside this window before the evaluation date counts."),
    ),
  })
  .refine((e) => [e.years, e.months, e.hours].filter((v) => v !== undefined).length === 1, {
    message: "give exactly one of years, months or hours",
  })
  .meta(
    describe(
      "Work experience: exactly one of `years`, `months`, `hours`; optionally `role`, `setting`, `within`.",
      {
        examples: [{ years: 3, within: { years: 8 } }],
      },
    ),
  );

const list = (what: string): z.ZodType<readonly Condition[]> =>
  z.array(Condition).min(1).meta(describe(what));

/** A condition: see {@link Condition}. */
export const Condition: z.ZodType<Condition> = z
  .union([
    z
      .strictObject({
        get all() {
          return list("Conditions that must all hold.");
        },
      })
      .meta(
        describe("Holds when every listed condition holds.", {
          defaultSnippets: [
            {
              label: "all",
              body: { all: [{ credential: "$1" }, { experience: { years: "^${2:1}" } }] },
            },
          ],
        }),
      ),
    z
      .strictObject({
        get any() {
          return list("Conditions of which at least one must hold.");
        },
      })
      .meta(
        describe("Holds when at least one listed condition holds.", {
          defaultSnippets: [
            {
              label: "any",
              body: { any: [{ step: "$1" }, { experience: { hours: "^${2:500}" } }] },
            },
          ],
        }),
      ),
    z
      .strictObject({
        get not() {
          return Condition;
        },
      })
      .meta(describe("Holds when the given condition does not hold.")),
    z
      .strictObject({
        atLeast: z.number().int().min(1).meta(describe("How many of `of` must hold.")),
        get of() {
          return list("The options, of which `atLeast` must hold.");
        },
      })
      .meta(
        describe("Holds when at least `atLeast` of the conditions in `of` hold (k of n).", {
          defaultSnippets: [
            { label: "atLeast", body: { atLeast: "^${1:3}", of: [{ credential: "$2" }] } },
          ],
        }),
      ),
    z.strictObject({ credential: ref("credential", "ptcb-cpht") }).meta(
      describe("Holds when the person holds this credential, active on the evaluation date.", {
        defaultSnippets: [{ label: "credential", body: { credential: "$1" } }],
      }),
    ),
    z
      .strictObject({ role: ref("role", "pharmacy-technician") })
      .meta(describe("Holds when the person has this role now or had it before.")),
    z
      .strictObject({ step: ref("step", "earn-cpht") })
      .meta(describe("Holds when the person has completed this step.")),
    z
      .strictObject({ setting: ref("setting", "hospital") })
      .meta(describe("Holds when the person works, or has worked, in this setting.")),
    z.strictObject({ experience: ExperienceRequirementSchema }).meta(
      describe("Holds when the person's work history adds up to this much experience.", {
        defaultSnippets: [{ label: "experience", body: { experience: { years: "^${1:2}" } } }],
      }),
    ),
    z
      .strictObject({ jurisdiction: JurisdictionCode })
      .meta(describe("Holds when the person works in this jurisdiction (or a subdivision of it).")),
  ])
  .meta({
    id: "condition",
    ...describe(
      "A condition: `all`, `any`, `not`, `atLeast`+`of`, or a leaf: `credential`, `role`, `step`, `setting`, `experience`, `jurisdiction`.",
    ),
  });
