// Copies the core's JSON Schema into the extension, for the YAML extension's `yamlValidation`.
import { copyFileSync, mkdirSync } from "node:fs";

mkdirSync(new URL("../schemas/", import.meta.url), { recursive: true });
copyFileSync(
  new URL("../../core/schema/pathway.schema.json", import.meta.url),
  new URL("../schemas/pathway.schema.json", import.meta.url),
);
