// Regenerates schema/pathway.schema.json and schema/profile.schema.json from the zod schemas. A
// test fails when a committed file differs from what this writes, so run `pnpm schema` after
// changing the model.
import { writeFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { pathwayJsonSchema, profileJsonSchema } from "../src/schema/json-schema.js";

for (const [name, schema] of [
  ["pathway", pathwayJsonSchema()],
  ["profile", profileJsonSchema()],
] as const) {
  const target = fileURLToPath(new URL(`../schema/${name}.schema.json`, import.meta.url));
  writeFileSync(target, `${JSON.stringify(schema, null, 2)}\n`);
  console.log(`wrote ${target}`);
}
