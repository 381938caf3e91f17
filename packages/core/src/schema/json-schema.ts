import * as z from "zod/mini";
import { Pathway } from "../model/pathway.js";
import { Profile } from "../model/profile.js";

/** Where the published JSON Schema of format 1 lives, for `$schema` modelines and `$id`. */
export const pathwaySchemaId = "https://unpkg.com/@pathwise/core/schema/pathway.schema.json";

/**
 * The JSON Schema (draft-07) of the pathway format, generated from the zod schemas, with the
 * editor keywords VS Code reads (`markdownDescription`, `defaultSnippets`, enum descriptions).
 * Describes the input a person writes, so defaults are optional and unknown keys are refused.
 */
export function pathwayJsonSchema(): Record<string, unknown> {
  return toJsonSchema(Pathway, pathwaySchemaId);
}

/** Where the published JSON Schema of the profile format lives. */
export const profileSchemaId = "https://unpkg.com/@pathwise/core/schema/profile.schema.json";

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
