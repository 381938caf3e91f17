// Validates a pathway file with @pathwise/core and prints a summary or its diagnostics.
// Usage: node examples/quickstart/validate.mjs <file.pathway.yaml> [YYYY-MM-DD]
import { readFileSync } from "node:fs";
import { loadPathway } from "@pathwise/core";

const [file, today = new Date().toISOString().slice(0, 10)] = process.argv.slice(2);
if (!file) {
  console.error("usage: node examples/quickstart/validate.mjs <file.pathway.yaml> [YYYY-MM-DD]");
  process.exit(2);
}
let bytes;
try {
  bytes = readFileSync(file);
} catch (error) {
  console.error(`cannot read ${file}: ${error.code ?? error.message}`);
  process.exit(2);
}
const result = loadPathway(bytes, { today });
for (const d of result.diagnostics) {
  const at = d.range ? `${d.range.start.line}:${d.range.start.column}` : "-";
  console.log(`${file}:${at} ${d.severity} ${d.code} ${d.message}`);
}
if (result.ok) {
  const p = result.value;
  const count = (o) => Object.keys(o ?? {}).length;
  console.log(
    `${p.title}: ${count(p.roles)} roles, ${count(p.settings)} settings, ${count(p.credentials)} credentials, ${count(p.steps)} steps in ${count(p.strategies)} strategies; reviewed ${p.reviewed}.`,
  );
}
process.exit(result.ok ? 0 : 1);
