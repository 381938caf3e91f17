import * as z from "zod/mini";
import { sourceRefs, summary, title } from "./_fields.js";
import { describe, doc, meta, present } from "./_meta.js";
import { Condition } from "./condition.js";
import { JurisdictionCode, ref } from "./id.js";
import { Duration } from "./quantities.js";
import { Renewal } from "./renewal.js";

/**
 * Whether a credential's eligibility is part of the pathway: `published` (the default) or
 * `not-published`, for a credential people may hold but whose rules could not be verified.
 *
 * @example
 * const known = (value: string) => (eligibilityStates as readonly string[]).includes(value);
 */
export const eligibilityStates = ["published", "not-published"] as const;

/**
 * Kinds of credential.
 *
 * @example
 * for (const kind of credentialKinds) console.log(kind);
 */
export const credentialKinds = [
  "certification",
  "certificate",
  "registration",
  "license",
  "degree",
  "training",
] as const;

/**
 * A credential a person can hold.
 *
 * @example
 * const credential: Credential | undefined = pathway.credentials["ptcb-cpht"];
 * if (credential?.renewal) console.log(credential.title, "renews every", credential.renewal.every);
 */
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
      eligibility: meta(z.optional(z.enum(eligibilityStates)), {
        ...describe(
          "Whether the issuer's eligibility rules are published in this pathway. `not-published`: holding the credential counts wherever it is required, but the pathway does not say how to earn it, so no step may grant it and it has no `requires`. Absent means `published`.",
        ),
        markdownEnumDescriptions: [
          "The eligibility is encoded in `requires` (or there is none), and steps may grant the credential.",
          "The eligibility could not be verified from the issuer: people who hold the credential count, nobody is offered to earn it.",
        ],
      }),
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
      z.refine((c) => !(c.eligibility === "not-published" && c.requires), {
        message: "a credential whose eligibility is not published has no requires",
        path: ["requires"],
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
    jsonSchema: {
      allOf: [
        { not: present(["renewal", "validFor"]) },
        {
          not: present(["eligibility", "requires"], { eligibility: { const: "not-published" } }),
        },
      ],
    },
  },
);

export type Credential = z.infer<typeof Credential>;
/**
 * A kind of credential, one of {@link credentialKinds}.
 *
 * @example
 * const kind: CredentialKind = "license";
 * const licenses = Object.values(pathway.credentials).filter((c) => c.kind === kind);
 */
export type CredentialKind = (typeof credentialKinds)[number];
/**
 * Whether a credential's eligibility is published in the pathway.
 *
 * @example
 * const state: EligibilityState = "not-published";
 */
export type EligibilityState = (typeof eligibilityStates)[number];
