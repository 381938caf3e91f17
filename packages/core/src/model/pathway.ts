import * as z from "zod/mini";
import { sourceRefs, summary, title } from "./_fields.js";
import { describe, doc, meta } from "./_meta.js";
import { Condition } from "./condition.js";
import { Credential } from "./credential.js";
import { Id, IsoDate, JurisdictionCode, ref } from "./id.js";
import { Effort } from "./quantities.js";
import { Source } from "./source.js";

export {
  Credential,
  type CredentialKind,
  credentialKinds,
  type EligibilityState,
  eligibilityStates,
} from "./credential.js";
export { CeRule, type FileByRule, fileByRules, Renewal } from "./renewal.js";
export { Source, undatedCopy } from "./source.js";

/**
 * The pathway format versions this library reads.
 *
 * @example
 * const supported = (version: number) => (supportedFormatVersions as readonly number[]).includes(version);
 * supported(1); // true
 */
export const supportedFormatVersions = [1] as const;

const collection = <T extends z.ZodMiniType>(entity: T, what: string, example: string) =>
  doc(z.record(Id, entity), `The ${what} of the pathway, keyed by id (lowercase kebab-case).`, {
    examples: [{ [example]: {} }],
  });

/**
 * A place people work in, such as a hospital.
 *
 * @example
 * const settings: Record<string, Setting> = pathway.settings ?? {};
 * console.log(Object.values(settings).map((s) => s.title));
 */
export const Setting = doc(
  z.strictObject({ title, summary, sources: sourceRefs }),
  "A work setting, such as a hospital or a retail store.",
);

/**
 * A strategy: a kind of move that advances a career; every step belongs to one.
 *
 * @example
 * const strategies: Record<string, Strategy> = pathway.strategies;
 * console.log(Object.values(strategies).map((s) => s.title).join(", "));
 */
export const Strategy = doc(
  z.strictObject({ title, summary }),
  "A strategy: a kind of move, such as earning certifications. Steps belong to one.",
);

/**
 * A category that continuing-education activities count toward, such as a topic.
 *
 * @example
 * const categories: Record<string, CeCategory> = pathway.ceCategories ?? {};
 * for (const [id, c] of Object.entries(categories)) console.log(id, c.title);
 */
export const CeCategory = doc(
  z.strictObject({ title, summary }),
  "A continuing-education category (a topic, an audience or a kind of activity) that renewal rules count hours in.",
);

/**
 * A role in the career.
 *
 * @example
 * const role: Role | undefined = pathway.roles["lead-technician"];
 * if (role?.requires) console.log(describeCondition(role.requires, pathway));
 */
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

/**
 * What completing a step gives the person.
 *
 * @example
 * const grant: Grant | undefined = pathway.steps["earn-ptcb-cpht"]?.grants;
 * if (grant?.credential) console.log("Earns", grant.credential);
 */
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
  { jsonSchema: { minProperties: 1 } },
);

/**
 * A step: one action a person can take.
 *
 * @example
 * const step: Step | undefined = pathway.steps["earn-ptcb-cpht"];
 * if (step) console.log(step.title, "in strategy", step.strategy);
 */
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

/**
 * A whole pathway file, format 1.
 *
 * @example
 * const fields = fieldsAt(PathwaySchema, ["steps", "join-aapt"]).map((f) => f.name);
 */
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

export type Setting = z.infer<typeof Setting>;
export type Strategy = z.infer<typeof Strategy>;
export type CeCategory = z.infer<typeof CeCategory>;
export type Role = z.infer<typeof Role>;
export type Grant = z.infer<typeof Grant>;
export type Step = z.infer<typeof Step>;
/**
 * Renamed ids by kind: {@link Pathway}'s `renamed` map.
 *
 * @example
 * const renamed: Renamed | undefined = pathway.renamed;
 * console.log(renamed?.roles ?? {});
 */
export type Renamed = z.infer<typeof Renamed>;
/**
 * A validated pathway.
 *
 * @example
 * const pathway: Pathway = loadPathwayOrThrow(text);
 * console.log(pathway.title, Object.keys(pathway.steps).length, "steps");
 */
export type Pathway = z.infer<typeof Pathway>;
