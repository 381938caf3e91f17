import * as z from "zod";
import { describe } from "./_meta.js";
import { Condition } from "./condition.js";
import { Id, IsoDate, JurisdictionCode, ref } from "./id.js";
import { Duration, Effort, Money } from "./quantities.js";

/** The pathway format versions this library reads. */
export const supportedFormatVersions = [1] as const;

const title = z.string().min(1).max(200).meta(describe("A short human title."));
const summary = z
  .string()
  .max(5000)
  .optional()
  .meta(describe("A few sentences for people reading the pathway (Markdown)."));
const sourceRefs = z
  .array(ref("source", "ptcb-recertify"))
  .optional()
  .meta(describe("Ids of the sources (under `sources`) that back this entry's facts."));

const collection = <T extends z.ZodType>(entity: T, what: string, example: string) =>
  z.record(Id, entity).meta(
    describe(`The ${what} of the pathway, keyed by id (lowercase kebab-case).`, {
      examples: [{ [example]: {} }],
    }),
  );

/** Where a fact comes from. */
export const Source = z
  .strictObject({
    title,
    url: z.url({ protocol: /^https?$/ }).meta(describe("Where the source can be read.")),
    publisher: z.string().max(200).optional().meta(describe("Who published the source.")),
    accessed: IsoDate.meta(describe("When the source was last read and checked, as `YYYY-MM-DD`.")),
    note: z
      .string()
      .max(1000)
      .optional()
      .meta(
        describe("How the source was read, or what to re-check (for example: an archived copy)."),
      ),
  })
  .meta(
    describe("A source that facts cite: title, URL, and when it was last checked.", {
      defaultSnippets: [
        { label: "New source", body: { title: "$1", url: "https://$2", accessed: "$3" } },
      ],
    }),
  );

/** A place people work in, such as a hospital. */
export const Setting = z
  .strictObject({ title, summary, sources: sourceRefs })
  .meta(describe("A work setting, such as a hospital or a retail store."));

/** A strategy: a kind of move that advances a career; every step belongs to one. */
export const Strategy = z
  .strictObject({ title, summary })
  .meta(
    describe("A strategy: a kind of move, such as earning certifications. Steps belong to one."),
  );

/** A category that continuing-education activities count toward, such as a topic. */
export const CeCategory = z
  .strictObject({ title, summary })
  .meta(
    describe(
      "A continuing-education category (a topic, an audience or a kind of activity) that renewal rules count hours in.",
    ),
  );

const categoryHours = z
  .record(ref("CE category", "pharmacy-law"), z.number().min(0).max(10000))
  .meta(describe("Hours by continuing-education category id."));

/** Continuing-education hours needed in each renewal cycle. */
export const CeRule = z
  .strictObject({
    hours: z.number().min(0).max(10000).meta(describe("Total hours needed in each cycle.")),
    minimum: categoryHours
      .optional()
      .meta(describe("At least this many of the hours must be in each named category.")),
    maximum: categoryHours
      .optional()
      .meta(describe("At most this many hours from each named category count.")),
  })
  .meta(
    describe(
      "Continuing education needed per renewal cycle: total hours, per-category minimums and caps. Hours do not carry over between cycles.",
      {
        examples: [{ hours: 20, minimum: { "pharmacy-law": 1 }, maximum: { college: 10 } }],
      },
    ),
  );

/** How a credential is kept active. */
export const Renewal = z
  .strictObject({
    every: Duration.meta(
      describe("How long each cycle lasts, from the date earned or last renewed."),
    ),
    ce: CeRule.optional(),
    fee: Money.optional().meta(describe("What renewing costs.")),
    opens: Duration.optional().meta(describe("How long before expiry the renewal can be filed.")),
    grace: Duration.optional().meta(
      describe("How long after expiry the credential can still be reinstated."),
    ),
  })
  .meta(
    describe("How the credential is renewed: the cycle, CE hours, fee and windows.", {
      examples: [{ every: { years: 2 }, ce: { hours: 20 }, fee: { amount: 55, currency: "USD" } }],
    }),
  );

/** Kinds of credential. */
export const credentialKinds = [
  "certification",
  "certificate",
  "registration",
  "license",
  "degree",
  "training",
] as const;

/** A credential a person can hold. */
export const Credential = z
  .strictObject({
    title,
    summary,
    issuer: z
      .string()
      .min(1)
      .max(200)
      .meta(describe("Who awards the credential.", { examples: ["PTCB"] })),
    kind: z.enum(credentialKinds).meta({
      ...describe("What kind of credential this is."),
      markdownEnumDescriptions: [
        "An exam-based professional certification that must be renewed.",
        "An assessment-based certificate in a specialty.",
        "A registration with a regulator, such as a state board.",
        "A license to practise issued by a regulator.",
        "An academic degree.",
        "Completion of a training or education program.",
      ],
    }),
    jurisdiction: JurisdictionCode.optional().meta(
      describe("Where the credential applies, for state or national rules."),
    ),
    requires: Condition.optional().meta(
      describe("Eligibility: what must hold before the credential can be earned."),
    ),
    renewal: Renewal.optional(),
    validFor: Duration.optional().meta(
      describe("For credentials that cannot be renewed: how long they last."),
    ),
    implies: z
      .array(ref("credential", "ptcb-cpht"))
      .optional()
      .meta(
        describe(
          "Credentials that holding this one also counts as (an advanced credential that replaces a basic one).",
        ),
      ),
    sources: sourceRefs,
  })
  .refine((c) => !(c.renewal && c.validFor), {
    message: "give either renewal or validFor, not both",
    path: ["validFor"],
  })
  .meta(
    describe(
      "A credential: certification, certificate, registration, license, degree or training.",
      {
        defaultSnippets: [
          {
            label: "New credential",
            body: {
              title: "$1",
              issuer: "$2",
              kind: "certification",
              requires: { step: "$3" },
              sources: ["$4"],
            },
          },
        ],
      },
    ),
  );

/** A role in the career. */
export const Role = z
  .strictObject({
    title,
    summary,
    settings: z
      .array(ref("setting", "hospital"))
      .optional()
      .meta(describe("Settings where this role exists.")),
    requires: Condition.optional().meta(
      describe("What must hold for a person to be ready for this role."),
    ),
    codes: z
      .record(z.string().regex(/^[a-z][a-z0-9-]*$/), z.string().max(40))
      .optional()
      .meta(
        describe("Codes of this role in external classifications, such as `onet: 29-2052.00`."),
      ),
    sources: sourceRefs,
  })
  .meta(
    describe("A role: a job a person can hold.", {
      defaultSnippets: [
        {
          label: "New role",
          body: {
            title: "$1",
            settings: ["$2"],
            requires: { all: [{ credential: "$3" }, { experience: { years: "^${4:2}" } }] },
          },
        },
      ],
    }),
  );

/** What completing a step gives the person. */
export const Grant = z
  .strictObject({
    credential: ref("credential", "ptcb-cpht")
      .optional()
      .meta(describe("The credential earned by completing the step.")),
    role: ref("role", "lead-technician")
      .optional()
      .meta(describe("The role taken up by completing the step.")),
    setting: ref("setting", "hospital")
      .optional()
      .meta(describe("The setting moved into by completing the step.")),
    ce: z
      .strictObject({
        hours: z.number().min(0).max(1000).meta(describe("Hours of continuing education earned.")),
        categories: z
          .array(ref("CE category", "pharmacy-law"))
          .optional()
          .meta(describe("Categories the hours count toward.")),
      })
      .optional()
      .meta(describe("Continuing-education hours earned by completing the step.")),
  })
  .refine((g) => Object.values(g).some((v) => v !== undefined), {
    message: "give at least one of credential, role, setting or ce",
  })
  .meta(
    describe(
      "What completing the step gives: a `credential`, a `role`, a `setting` or `ce` hours.",
    ),
  );

/** A step: one action a person can take. */
export const Step = z
  .strictObject({
    strategy: ref("strategy", "certify").meta(describe("The strategy this step belongs to.")),
    title,
    summary,
    requires: Condition.optional().meta(describe("What must hold before the step can be taken.")),
    grants: Grant.optional(),
    renews: ref("credential", "ptcb-cpht")
      .optional()
      .meta(describe("The credential this step renews.")),
    advances: z
      .array(z.string().regex(/^(role|credential|setting):[a-z][a-z0-9-]*$/))
      .optional()
      .meta(
        describe(
          "Goals this step helps toward without being required, as `role:id`, `credential:id` or `setting:id`.",
          {
            examples: [["role:lead-technician"]],
          },
        ),
      ),
    repeatable: z
      .boolean()
      .optional()
      .meta(describe("Whether the step can be done again (for example, a CE course).")),
    effort: Effort.optional(),
    sources: sourceRefs,
  })
  .meta(
    describe("A step: one action a person can take, in one strategy.", {
      defaultSnippets: [
        {
          label: "New step",
          body: {
            strategy: "$1",
            title: "$2",
            requires: { credential: "$3" },
            grants: { credential: "$4" },
            effort: { weeks: "^${5:4}" },
          },
        },
      ],
    }),
  );

/** A whole pathway file, format 1. */
export const Pathway = z
  .strictObject({
    pathwise: z.literal(1).meta(describe("The format version. This library reads `1`.")),
    id: Id.meta(describe("The pathway's id.", { examples: ["pharmacy-technician"] })),
    title,
    summary,
    jurisdiction: JurisdictionCode.optional().meta(
      describe("Where the pathway applies, such as `US`."),
    ),
    reviewed: IsoDate.meta(
      describe(
        "When the content was last reviewed against its sources. Validation warns when it is older than the review age limit.",
      ),
    ),
    sources: collection(Source, "sources", "ptcb-recertify"),
    settings: collection(Setting, "work settings", "hospital"),
    strategies: collection(Strategy, "strategies", "certify"),
    ceCategories: collection(
      CeCategory,
      "continuing-education categories",
      "pharmacy-law",
    ).optional(),
    credentials: collection(Credential, "credentials", "ptcb-cpht"),
    roles: collection(Role, "roles", "lead-technician"),
    steps: collection(Step, "steps", "earn-cpht"),
  })
  .meta({
    title: "Pathwise pathway (format 1)",
    ...describe(
      "A career pathway: roles, settings, credentials and the steps that move a person forward.",
    ),
  });

export type Source = z.infer<typeof Source>;
export type Setting = z.infer<typeof Setting>;
export type Strategy = z.infer<typeof Strategy>;
export type CeCategory = z.infer<typeof CeCategory>;
export type CeRule = z.infer<typeof CeRule>;
export type Renewal = z.infer<typeof Renewal>;
export type Credential = z.infer<typeof Credential>;
export type CredentialKind = (typeof credentialKinds)[number];
export type Role = z.infer<typeof Role>;
export type Grant = z.infer<typeof Grant>;
export type Step = z.infer<typeof Step>;
/** A validated pathway. */
export type Pathway = z.infer<typeof Pathway>;
