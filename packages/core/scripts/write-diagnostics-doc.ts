import { writeFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { renderDiagnosticsDoc } from "./render-diagnostics-doc.js";

const target = fileURLToPath(new URL("../../../docs/diagnostics.md", import.meta.url));
writeFileSync(target, renderDiagnosticsDoc());
console.log(`wrote ${target}`);
