import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { validatePathwayData } from "../src/validate/validate-pathway.js";
import { validateProfileData } from "../src/validate/validate-profile.js";
import { makeAjv, readCommittedSchema } from "./json-schema-ajv.js";
import { validPathway, validProfile } from "./verdict/documents.js";
import { type MutationKind, mutated } from "./verdict/mutate-document.js";

// One verdict from both validators: on generated documents, valid ones and ones mutated near the
// edges, an editor validating with the committed JSON Schema (ajv, draft-07, ajv-formats) and the
// core agree on whether the shape is right. The core's shape verdict is its schema layer: the
// validators return a value only when the shape passed, before semantic checks (references,
// cycles, reachability) that no JSON Schema can express.
//
// Documented exceptions (docs/editor-setup.md, "One verdict on shape"): none. What the schema
// cannot see is below the data, in the YAML text (duplicate keys, tags, aliases, encoding), and
// the loader reports it before either validator runs.

const seed = 17;
const runs = 3000;

const kinds = {
  pathway: {
    documents: mutated(validPathway),
    core: (data: unknown) => validatePathwayData(data, {}).pathway !== undefined,
  },
  profile: {
    documents: mutated(validProfile),
    core: (data: unknown) => validateProfileData(data, {}).profile !== undefined,
  },
} as const;

describe.each(Object.keys(kinds) as (keyof typeof kinds)[])("%s: ajv and the core", (kind) => {
  const { documents, core } = kinds[kind];
  const validate = makeAjv({ allErrors: false }).compile(readCommittedSchema(kind));
  const sample = fc.sample(documents, { seed, numRuns: runs });
  const verdicts = sample.map(({ document, kinds: made }) => ({
    document,
    made,
    ajv: validate(document) === true,
    core: core(document),
  }));

  it(`agree on the shape of ${runs} generated documents`, () => {
    const disagreements = verdicts.filter((v) => v.ajv !== v.core);
    expect(
      disagreements.slice(0, 5).map((d) => ({ ajv: d.ajv, core: d.core, document: d.document })),
      `${disagreements.length} of ${runs} disagree`,
    ).toEqual([]);
  });

  it("cover valid and invalid documents and every kind of mutation", () => {
    const valid = verdicts.filter((v) => v.core).length;
    expect(valid).toBeGreaterThan(runs * 0.2);
    expect(runs - valid).toBeGreaterThan(runs * 0.2);
    const made = new Set(verdicts.flatMap((v) => v.made));
    const all: MutationKind[] = [
      "remove",
      "add",
      "replace",
      "empty",
      "date",
      "url",
      "unit",
      "text",
    ];
    expect([...made].sort()).toEqual([...all].sort());
    for (const k of all) {
      const refused = verdicts.filter((v) => v.made.includes(k) && !v.core).length;
      expect(refused, `documents refused after a ${k} mutation`).toBeGreaterThan(10);
    }
  });
});
