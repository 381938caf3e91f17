import * as z from "zod/mini";
import { describe, doc, meta, present } from "./_meta.js";
import { JurisdictionCode, ref } from "./id.js";
import { Duration } from "./quantities.js";

/**
 * The condition language: a closed, declarative tree. Combinators (`all`, `any`, `not`,
 * `atLeast`/`of`) over leaves that each test one fact about a person.
 *
 * @example
 * const condition: Condition = { all: [{ credential: "ptcb-cpht" }, { experience: { years: 1 } }] };
 * console.log(describeCondition(condition, pathway));
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

/**
 * Work experience a condition asks for: exactly one amount, optionally narrowed.
 *
 * @example
 * const requirement: ExperienceRequirement = { years: 2, role: "pharmacy-technician" };
 * const condition: Condition = { experience: requirement };
 */
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

/**
 * The keys that tell condition kinds apart; a condition has exactly one of them.
 *
 * @example
 * const isConditionKey = (key: string) => (conditionKeys as readonly string[]).includes(key);
 * isConditionKey("atLeast"); // true
 */
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

/**
 * The kinds of leaf conditions: each tests one fact.
 *
 * @example
 * const kinds: LeafKind[] = ["credential", "role", "experience"];
 */
export type LeafKind = "credential" | "role" | "step" | "setting" | "experience" | "jurisdiction";

const ExperienceRequirementSchema = doc(
  z
    .strictObject({
      years: doc(z.optional(z.number().check(z.gte(0), z.lte(80))), "Years of experience."),
      months: doc(z.optional(z.number().check(z.gte(0), z.lte(960))), "Months of experience."),
      hours: doc(z.optional(z.number().check(z.gte(0), z.lte(200000))), "Hours of experience."),
      role: doc(
        z.optional(ref("role", "pharmacy-technician")),
        "Only experience in this role counts.",
      ),
      setting: doc(
        z.optional(ref("setting", "hospital")),
        "Only experience in this setting counts.",
      ),
      within: doc(
        z.optional(Duration),
        "Only experience inside this window before the evaluation date counts.",
      ),
    })
    .check(
      z.refine((e) => [e.years, e.months, e.hours].filter((v) => v !== undefined).length === 1, {
        message: "give exactly one of years, months or hours",
      }),
    ),
  "Work experience: exactly one of `years`, `months`, `hours`; optionally `role`, `setting`, `within`.",
  {
    examples: [{ years: 3, within: { years: 8 } }],
    jsonSchema: { oneOf: [present(["years"]), present(["months"]), present(["hours"])] },
  },
);

const list = (what: string): z.ZodMiniType<readonly Condition[]> =>
  doc(z.array(Condition).check(z.minLength(1)), what);

/** A condition: see {@link Condition}. */
export const Condition: z.ZodMiniType<Condition> = meta(
  z.union([
    doc(
      z.strictObject({
        get all() {
          return list("Conditions that must all hold.");
        },
      }),
      "Holds when every listed condition holds.",
      {
        defaultSnippets: [
          {
            label: "all",
            body: { all: [{ credential: "$1" }, { experience: { years: "^${2:1}" } }] },
          },
        ],
      },
    ),
    doc(
      z.strictObject({
        get any() {
          return list("Conditions of which at least one must hold.");
        },
      }),
      "Holds when at least one listed condition holds.",
      {
        defaultSnippets: [
          {
            label: "any",
            body: { any: [{ step: "$1" }, { experience: { hours: "^${2:500}" } }] },
          },
        ],
      },
    ),
    doc(
      z.strictObject({
        get not() {
          return Condition;
        },
      }),
      "Holds when the given condition does not hold.",
    ),
    doc(
      z.strictObject({
        atLeast: doc(z.number().check(z.int(), z.gte(1)), "How many of `of` must hold."),
        get of() {
          return list("The options, of which `atLeast` must hold.");
        },
      }),
      "Holds when at least `atLeast` of the conditions in `of` hold (k of n).",
      {
        defaultSnippets: [
          { label: "atLeast", body: { atLeast: "^${1:3}", of: [{ credential: "$2" }] } },
        ],
      },
    ),
    doc(
      z.strictObject({ credential: ref("credential", "ptcb-cpht") }),
      "Holds when the person holds this credential, active on the evaluation date.",
      { defaultSnippets: [{ label: "credential", body: { credential: "$1" } }] },
    ),
    doc(
      z.strictObject({ role: ref("role", "pharmacy-technician") }),
      "Holds when the person has this role now or had it before.",
    ),
    doc(
      z.strictObject({ step: ref("step", "earn-cpht") }),
      "Holds when the person has completed this step.",
    ),
    doc(
      z.strictObject({ setting: ref("setting", "hospital") }),
      "Holds when the person works, or has worked, in this setting.",
    ),
    doc(
      z.strictObject({ experience: ExperienceRequirementSchema }),
      "Holds when the person's work history adds up to this much experience.",
      { defaultSnippets: [{ label: "experience", body: { experience: { years: "^${1:2}" } } }] },
    ),
    doc(
      z.strictObject({ jurisdiction: JurisdictionCode }),
      "Holds when the person works in this jurisdiction (or a subdivision of it).",
    ),
  ]),
  {
    id: "condition",
    ...describe(
      "A condition: `all`, `any`, `not`, `atLeast`+`of`, or a leaf: `credential`, `role`, `step`, `setting`, `experience`, `jurisdiction`.",
    ),
  },
);
