import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { parse } from "yaml";
import { pathwayJsonSchema, profileJsonSchema } from "../src/schema/json-schema.js";
import { readExpected, readFixtures } from "./fixtures.js";
import { makeAjv, readCommittedSchema } from "./json-schema-ajv.js";

const committed = readCommittedSchema("pathway");

describe("profile JSON Schema", () => {
  const profileSchema = readCommittedSchema("profile");

  it("matches what the zod model generates (run `pnpm schema` after changing the model)", () => {
    expect(profileSchema).toEqual(profileJsonSchema());
  });

  it("accepts the valid profile fixture and refuses a profile with a typo in a key", () => {
    const validate = makeAjv().compile(profileSchema);
    const valid = parse(
      readFileSync(new URL("./profile-fixtures/valid/profile.yaml", import.meta.url), "utf8"),
    );
    expect(validate(valid)).toBe(true);
    expect(validate({ ...valid, histroy: [] })).toBe(false);
  });
});

describe("JSON Schema", () => {
  it("matches what the zod model generates (run `pnpm schema` after changing the model)", () => {
    expect(committed).toEqual(pathwayJsonSchema());
  });

  it("is draft-07 and compiles in strict ajv", () => {
    expect(committed.$schema).toBe("http://json-schema.org/draft-07/schema#");
    expect(() => makeAjv().compile(committed)).not.toThrow();
  });

  it("documents every property for editors", () => {
    const missing: string[] = [];
    const visit = (node: unknown, path: string) => {
      if (!node || typeof node !== "object") return;
      const n = node as Record<string, unknown>;
      if (n.properties && typeof n.properties === "object") {
        for (const [key, value] of Object.entries(
          n.properties as Record<string, Record<string, unknown>>,
        )) {
          // `true` only names a key for a `required` beside it (see `present` in model/_meta.ts).
          if ((value as unknown) === true) continue;
          const described = value.markdownDescription ?? (value.$ref ? "ref" : undefined);
          if (!described) missing.push(`${path}.${key}`);
        }
      }
      // A `not` describes what is refused, not fields an editor offers.
      for (const [key, value] of Object.entries(n))
        if (key !== "not") visit(value, `${path}/${key}`);
    };
    visit(committed, "#");
    expect(missing).toEqual([]);
  });

  it("offers snippets for a new role, step, credential and condition", () => {
    const labels = JSON.stringify(committed).match(/"label":"[^"]+"/g) ?? [];
    for (const label of [
      "New role",
      "New step",
      "New credential",
      "credential",
      "all",
      "atLeast",
    ]) {
      expect(labels).toContain(`"label":"${label}"`);
    }
  });

  it("agrees with the library on every schema-level fixture", () => {
    const validate = makeAjv().compile(committed);
    const schemaCodes = new Set([
      "wrong-type",
      "missing-field",
      "unknown-field",
      "invalid-value",
      "invalid-id",
      "unsupported-version",
    ]);
    for (const fixture of readFixtures()) {
      const expected = readExpected(fixture) ?? [];
      let data: unknown;
      try {
        data = parse(new TextDecoder().decode(fixture.bytes), {
          uniqueKeys: false,
          logLevel: "silent",
        });
      } catch {
        continue;
      }
      if (
        expected.some(
          (d) =>
            !schemaCodes.has(d.code) &&
            d.severity === "error" &&
            !d.code.startsWith("unknown") &&
            ![
              "requirement-cycle",
              "impossible-condition",
              "unreachable",
              "missing-source",
            ].includes(d.code),
        )
      )
        continue;
      const schemaErrors = expected.some((d) => schemaCodes.has(d.code) && d.severity === "error");
      expect
        .soft(validate(data), `${fixture.name}: ${JSON.stringify(validate.errors?.slice(0, 2))}`)
        .toBe(!schemaErrors);
    }
  });
});
