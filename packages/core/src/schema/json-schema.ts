import * as z from "zod/mini";
import { Pathway } from "../model/pathway.js";
import { Profile } from "../model/profile.js";
import { pathwaySchemaId, profileSchemaId } from "./schema-ids.js";

// Build time only: `pnpm schema` writes these to `schema/*.schema.json`, which the package ships
// (`@pathwise/core/pathway.schema.json`), and a test holds the files equal to what this generates.
// The library does not export it, so that no bundle carries the JSON Schema generator.

/**
 * The JSON Schema (draft-07) of the pathway format, generated from the zod schemas, with the
 * editor keywords VS Code reads (`markdownDescription`, `defaultSnippets`, enum descriptions).
 * Describes the input a person writes, so defaults are optional and unknown keys are refused.
 */
export function pathwayJsonSchema(): Record<string, unknown> {
  return toJsonSchema(Pathway, pathwaySchemaId);
}

/** The JSON Schema (draft-07) of the profile format, generated like {@link pathwayJsonSchema}. */
export function profileJsonSchema(): Record<string, unknown> {
  return toJsonSchema(Profile, profileSchemaId);
}

function toJsonSchema(model: z.ZodMiniType, id: string): Record<string, unknown> {
  const schema = z.toJSONSchema(model, {
    target: "draft-07",
    io: "input",
    unrepresentable: "any",
  }) as Record<string, unknown>;
  return { $schema: schema.$schema, $id: id, ...schema };
}
