// Copies the core's JSON Schemas into the extension, for the YAML extension's `yamlValidation`.
import { copyFileSync, mkdirSync } from "node:fs";

mkdirSync(new URL("../schemas/", import.meta.url), { recursive: true });
for (const name of ["pathway.schema.json", "profile.schema.json"]) {
  copyFileSync(
    new URL(`../../core/schema/${name}`, import.meta.url),
    new URL(`../schemas/${name}`, import.meta.url),
  );
}
