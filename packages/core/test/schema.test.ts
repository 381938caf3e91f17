import { readFileSync } from "node:fs";
import Ajv from "ajv";
import addFormats from "ajv-formats";
import { describe, expect, it } from "vitest";
import { parse } from "yaml";
import { pathwayJsonSchema, profileJsonSchema } from "../src/schema/json-schema.js";
import { readExpected, readFixtures } from "./fixtures.js";

const committedPath = new URL("../schema/pathway.schema.json", import.meta.url);
const committed = JSON.parse(readFileSync(committedPath, "utf8"));

function makeAjv() {
  const ajv = new Ajv({ allErrors: true, strict: true });
  addFormats(ajv);
  // VS Code's editor keywords carry no validation meaning.
  for (const keyword of ["markdownDescription", "defaultSnippets", "markdownEnumDescriptions"]) {
    ajv.addKeyword({ keyword, schemaType: ["string", "array"] });
  }
  return ajv;
}

describe("profile JSON Schema", () => {
  const profileSchema = JSON.parse(
    readFileSync(new URL("../schema/profile.schema.json", import.meta.url), "utf8"),
  );

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
          const described = value.markdownDescription ?? (value.$ref ? "ref" : undefined);
          if (!described) missing.push(`${path}.${key}`);
        }
      }
      for (const [key, value] of Object.entries(n)) visit(value, `${path}/${key}`);
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
