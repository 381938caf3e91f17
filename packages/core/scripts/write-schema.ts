// Regenerates schema/pathway.schema.json from the zod schemas. A test fails when the committed
// file differs from what this writes, so run `pnpm schema` after changing the model.
import { writeFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { pathwayJsonSchema } from "../src/schema/json-schema.js";

const target = fileURLToPath(new URL("../schema/pathway.schema.json", import.meta.url));
writeFileSync(target, `${JSON.stringify(pathwayJsonSchema(), null, 2)}\n`);
console.log(`wrote ${target}`);
