import * as z from "zod";
import { Pathway } from "../model/pathway.js";

/** Where the published JSON Schema of format 1 lives, for `$schema` modelines and `$id`. */
export const pathwaySchemaId = "https://unpkg.com/@pathwise/core/schema/pathway.schema.json";

/**
 * The JSON Schema (draft-07) of the pathway format, generated from the zod schemas, with the
 * editor keywords VS Code reads (`markdownDescription`, `defaultSnippets`, enum descriptions).
 * Describes the input a person writes, so defaults are optional and unknown keys are refused.
 */
export function pathwayJsonSchema(): Record<string, unknown> {
  const schema = z.toJSONSchema(Pathway, {
    target: "draft-07",
    io: "input",
    unrepresentable: "any",
  }) as Record<string, unknown>;
  return { $schema: schema.$schema, $id: pathwaySchemaId, ...schema };
}
