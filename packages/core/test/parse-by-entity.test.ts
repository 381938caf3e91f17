import fc from "fast-check";
import { describe, expect, it } from "vitest";
import type * as z from "zod/mini";
import { generatePathway } from "../../../bench/corpus.mjs";
import { PathwaySchema } from "../src/editor.js";
import { analyzePathway } from "../src/index.js";
import { finishResult } from "../src/validate/finish-diagnostics.js";
import { parseByEntity } from "../src/validate/parse-by-entity.js";
import { issuesToDiagnostics } from "../src/validate/schema-issues.js";
import { readFixtures } from "./fixtures.js";

/** The reference: one whole-schema parse. */
function whole(data: unknown) {
  const r = PathwaySchema.safeParse(data);
  return r.success
    ? { output: JSON.stringify(r.data), diagnostics: [] }
    : {
        output: undefined,
        diagnostics: finishResult(
          issuesToDiagnostics(r.error.issues, data, PathwaySchema as z.ZodMiniType),
          undefined,
          undefined,
        ).diagnostics,
      };
}

function byEntity(data: unknown) {
  const r = parseByEntity(data, new WeakMap());
  return r.success
    ? { output: JSON.stringify(r.data), diagnostics: [] }
    : {
        output: undefined,
        diagnostics: finishResult(
          issuesToDiagnostics(r.issues, data, PathwaySchema as z.ZodMiniType),
          undefined,
          undefined,
        ).diagnostics,
      };
}

const datasets = [
  ...readFixtures().map((f) => analyzePathway(f.bytes, f.options).data),
  analyzePathway(generatePathway({ roles: 30, seed: 2 })).data,
].filter((d) => d !== undefined);

describe("validating entity by entity", () => {
  it("equals one whole-schema parse on every fixture: same output (key order too) and diagnostics", () => {
    for (const data of datasets) expect(byEntity(data)).toEqual(whole(data));
  });

  it("equals one whole-schema parse on mutated data", () => {
    const base = analyzePathway(generatePathway({ roles: 8, seed: 4 })).data as Record<
      string,
      Record<string, Record<string, unknown>>
    >;
    const junk = fc.oneof(
      fc.string(),
      fc.integer(),
      fc.constant(null),
      fc.array(fc.string(), { maxLength: 2 }),
      fc.dictionary(fc.string({ maxLength: 6 }), fc.string(), { maxKeys: 2 }),
    );
    fc.assert(
      fc.property(
        fc.constantFrom(
          "roles",
          "steps",
          "credentials",
          "settings",
          "id",
          "title",
          "pathwise",
          "ceCategories",
        ),
        fc.string({ maxLength: 12 }),
        fc.string({ maxLength: 10 }),
        junk,
        (top, entity, field, value) => {
          const data = structuredClone(base) as Record<string, unknown>;
          const target = data[top];
          if (target && typeof target === "object") {
            const ids = Object.keys(target);
            const id =
              ids.length > 0 && entity.length % 2 === 0
                ? (ids[entity.length % ids.length] as string)
                : entity;
            const record = target as Record<string, unknown>;
            const current = record[id];
            record[id] =
              current && typeof current === "object" && field
                ? { ...current, [field]: value }
                : value;
          } else data[top] = value;
          expect(byEntity(data)).toEqual(whole(data));
        },
      ),
      { numRuns: 300 },
    );
  });
});
