// Writes docs/format-reference.md; see render-format-reference.ts.
import { writeFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { renderFormatReference } from "./render-format-reference.js";

const target = fileURLToPath(new URL("../../../docs/format-reference.md", import.meta.url));
writeFileSync(target, renderFormatReference());
console.log(`wrote ${target}`);
