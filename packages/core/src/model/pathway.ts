import * as z from "zod/mini";
import { describe, doc, meta } from "./_meta.js";
import { Condition } from "./condition.js";
import { Id, IsoDate, JurisdictionCode, ref } from "./id.js";
import { Duration, Effort, Money } from "./quantities.js";

/** The pathway format versions this library reads. */
export const supportedFormatVersions = [1] as const;

const title = doc(z.string().check(z.minLength(1), z.maxLength(200)), "A short human title.");
const summary = doc(
  z.optional(z.string().check(z.maxLength(5000))),
  "A few sentences for people reading the pathway (Markdown).",
);
const sourceRefs = doc(
  z.optional(z.array(ref("source", "ptcb-recertify"))),
  "Ids of the sources (under `sources`) that back this entry's facts.",
);

const collection = <T extends z.ZodMiniType>(entity: T, what: string, example: string) =>
  doc(z.record(Id, entity), `The ${what} of the pathway, keyed by id (lowercase kebab-case).`, {
    examples: [{ [example]: {} }],
  });

/** Where a fact comes from. */
export const Source = doc(
  z.strictObject({
    title,
    url: doc(z.url({ protocol: /^https?$/ }), "Where the source can be read."),
    publisher: doc(z.optional(z.string().check(z.maxLength(200))), "Who published the source."),
    accessed: doc(IsoDate, "When the source was last read and checked, as `YYYY-MM-DD`."),
    note: doc(
      z.optional(z.string().check(z.maxLength(1000))),
      "How the source was read, or what to re-check (for example: an archived copy).",
    ),
  }),
  "A source that facts cite: title, URL, and when it was last checked.",
  {
    defaultSnippets: [
      { label: "New source", body: { title: "$1", url: "https://$2", accessed: "$3" } },
    ],
  },
);

/** A place people work in, such as a hospital. */
export const Setting = doc(
  z.strictObject({ title, summary, sources: sourceRefs }),
  "A work setting, such as a hospital or a retail store.",
);

/** A strategy: a kind of move that advances a career; every step belongs to one. */
export const Strategy = doc(
  z.strictObject({ title, summary }),
  "A strategy: a kind of move, such as earning certifications. Steps belong to one.",
);

/** A category that continuing-education activities count toward, such as a topic. */
export const CeCategory = doc(
  z.strictObject({ title, summary }),
  "A continuing-education category (a topic, an audience or a kind of activity) that renewal rules count hours in.",
);

const categoryHours = doc(
  z.record(ref("CE category", "pharmacy-law"), z.number().check(z.gte(0), z.lte(10000))),
  "Hours by continuing-education category id.",
);

/** Continuing-education hours needed in each renewal cycle. */
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
  }),
  "Continuing education needed per renewal cycle: total hours, per-category minimums and caps. Hours do not carry over between cycles.",
  { examples: [{ hours: 20, minimum: { "pharmacy-law": 1 }, maximum: { college: 10 } }] },
);

/** When a renewal must be filed to be on time; `expiry` when a pathway does not say. */
export const fileByRules = ["expiry", "start-of-expiry-month"] as const;

/** How a credential is kept active. */
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
export const Credential = doc(
  z
    .strictObject({
      title,
      summary,
      issuer: doc(
        z.string().check(z.minLength(1), z.maxLength(200)),
        "Who awards the credential.",
        {
          examples: ["PTCB"],
        },
      ),
      kind: meta(z.enum(credentialKinds), {
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
      jurisdiction: doc(
        z.optional(JurisdictionCode),
        "Where the credential applies, for state or national rules.",
      ),
      requires: doc(
        z.optional(Condition),
        "Eligibility: what must hold before the credential can be earned.",
      ),
      renewal: z.optional(Renewal),
      validFor: doc(
        z.optional(Duration),
        "For credentials that cannot be renewed: how long they last.",
      ),
      implies: doc(
        z.optional(z.array(ref("credential", "ptcb-cpht"))),
        "Credentials that holding this one also counts as (an advanced credential that replaces a basic one).",
      ),
      sources: sourceRefs,
    })
    .check(
      z.refine((c) => !(c.renewal && c.validFor), {
        message: "give either renewal or validFor, not both",
        path: ["validFor"],
      }),
    ),
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
);

/** A role in the career. */
export const Role = doc(
  z.strictObject({
    title,
    summary,
    settings: doc(
      z.optional(z.array(ref("setting", "hospital"))),
      "Settings where this role exists.",
    ),
    requires: doc(z.optional(Condition), "What must hold for a person to be ready for this role."),
    conferred: doc(
      z.optional(z.boolean()),
      "Whether meeting `requires` makes a person hold this role, with no change of job: a status that credentials confer, such as a certified technician. Work counts as this role on the days the person meets `requires`, which may use only `credential` and `role` conditions (joined by `all`, `any` or `atLeast`) and must need a credential.",
    ),
    codes: doc(
      z.optional(
        z.record(z.string().check(z.regex(/^[a-z][a-z0-9-]*$/)), z.string().check(z.maxLength(40))),
      ),
      "Codes of this role in external classifications, such as `onet: 29-2052.00`.",
    ),
    sources: sourceRefs,
  }),
  "A role: a job a person can hold.",
  {
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
  },
);

/** What completing a step gives the person. */
export const Grant = doc(
  z
    .strictObject({
      credential: doc(
        z.optional(ref("credential", "ptcb-cpht")),
        "The credential earned by completing the step.",
      ),
      role: doc(
        z.optional(ref("role", "lead-technician")),
        "The role taken up by completing the step.",
      ),
      setting: doc(
        z.optional(ref("setting", "hospital")),
        "The setting moved into by completing the step.",
      ),
      ce: doc(
        z.optional(
          z.strictObject({
            hours: doc(
              z.number().check(z.gte(0), z.lte(1000)),
              "Hours of continuing education earned.",
            ),
            categories: doc(
              z.optional(z.array(ref("CE category", "pharmacy-law"))),
              "Categories the hours count toward.",
            ),
          }),
        ),
        "Continuing-education hours earned by completing the step.",
      ),
    })
    .check(
      z.refine((g) => Object.values(g).some((v) => v !== undefined), {
        message: "give at least one of credential, role, setting or ce",
      }),
    ),
  "What completing the step gives: a `credential`, a `role`, a `setting` or `ce` hours.",
);

/** A step: one action a person can take. */
export const Step = doc(
  z.strictObject({
    strategy: doc(ref("strategy", "certify"), "The strategy this step belongs to."),
    title,
    summary,
    requires: doc(z.optional(Condition), "What must hold before the step can be taken."),
    grants: z.optional(Grant),
    renews: doc(z.optional(ref("credential", "ptcb-cpht")), "The credential this step renews."),
    advances: doc(
      z.optional(z.array(z.string().check(z.regex(/^(role|credential|setting):[a-z][a-z0-9-]*$/)))),
      "Goals this step helps toward without being required, as `role:id`, `credential:id` or `setting:id`.",
      { examples: [["role:lead-technician"]] },
    ),
    repeatable: doc(
      z.optional(z.boolean()),
      "Whether the step can be done again (for example, a CE course).",
    ),
    effort: z.optional(Effort),
    sources: sourceRefs,
  }),
  "A step: one action a person can take, in one strategy.",
  {
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
  },
);

const renames = (kind: string, example: [string, string]) =>
  doc(
    z.optional(z.record(Id, doc(Id, `The current id of the ${kind}.`))),
    `Old ${kind} ids and the ids they were renamed to, as \`old-id: new-id\`.`,
    { examples: [{ [example[0]]: example[1] }] },
  );

/** Ids that were renamed, by kind, so that saved profiles naming the old ids still load. */
export const Renamed = doc(
  z.strictObject({
    roles: renames("role", ["retail-technician", "community-technician"]),
    settings: renames("setting", ["retail", "community"]),
    credentials: renames("credential", ["cpht", "ptcb-cpht"]),
    steps: renames("step", ["take-ptce", "earn-ptcb-cpht"]),
    ceCategories: renames("CE category", ["law", "pharmacy-law"]),
  }),
  "Ids renamed since profiles were saved, by kind, as `old-id: new-id`. A profile that names an old id loads with the current id and a `renamed-id` warning; `pathwise migrate` rewrites saved profiles. The pathway itself must use the current ids.",
  { examples: [{ roles: { "retail-technician": "community-technician" } }] },
);

/** A whole pathway file, format 1. */
export const Pathway = meta(
  z.strictObject({
    pathwise: doc(z.literal(1), "The format version. This library reads `1`."),
    id: doc(Id, "The pathway's id.", { examples: ["pharmacy-technician"] }),
    title,
    summary,
    jurisdiction: doc(z.optional(JurisdictionCode), "Where the pathway applies, such as `US`."),
    reviewed: doc(
      IsoDate,
      "When the content was last reviewed against its sources. Validation warns when it is older than the review age limit.",
    ),
    sources: collection(Source, "sources", "ptcb-recertify"),
    settings: collection(Setting, "work settings", "hospital"),
    strategies: collection(Strategy, "strategies", "certify"),
    ceCategories: z.optional(
      collection(CeCategory, "continuing-education categories", "pharmacy-law"),
    ),
    credentials: collection(Credential, "credentials", "ptcb-cpht"),
    roles: collection(Role, "roles", "lead-technician"),
    steps: collection(Step, "steps", "earn-cpht"),
    renamed: z.optional(Renamed),
  }),
  {
    title: "Pathwise pathway (format 1)",
    ...describe(
      "A career pathway: roles, settings, credentials and the steps that move a person forward.",
    ),
  },
);

export type Source = z.infer<typeof Source>;
export type Setting = z.infer<typeof Setting>;
export type Strategy = z.infer<typeof Strategy>;
export type CeCategory = z.infer<typeof CeCategory>;
export type CeRule = z.infer<typeof CeRule>;
export type Renewal = z.infer<typeof Renewal>;
export type Credential = z.infer<typeof Credential>;
export type CredentialKind = (typeof credentialKinds)[number];
export type FileByRule = (typeof fileByRules)[number];
export type Role = z.infer<typeof Role>;
export type Grant = z.infer<typeof Grant>;
export type Step = z.infer<typeof Step>;
/** Renamed ids by kind: {@link Pathway}'s `renamed` map. */
export type Renamed = z.infer<typeof Renamed>;
/** A validated pathway. */
export type Pathway = z.infer<typeof Pathway>;
