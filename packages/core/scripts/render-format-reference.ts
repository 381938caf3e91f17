// Renders docs/format-reference.md from the generated JSON Schemas, so that the reference lists
// exactly the fields the validator accepts (a test compares the committed file).
import { calendarDatePattern } from "../src/model/id.js";
import { pathwayJsonSchema, profileJsonSchema } from "../src/schema/json-schema.js";

type Schema = Record<string, unknown> & {
  properties?: Record<string, Schema>;
  additionalProperties?: Schema | boolean;
  items?: Schema;
  anyOf?: Schema[];
  required?: string[];
  $ref?: string;
};

function typeOf(s: Schema): string {
  if (s.$ref) return "condition";
  if (Array.isArray(s.enum))
    return (s.enum as unknown[]).map((v) => `\`${String(v)}\``).join(" \\| ");
  if (s.const !== undefined) return `\`${String(s.const)}\``;
  if (s.anyOf) return s.anyOf.map(typeOf).join(" or ");
  if (s.type === "array") return `list of ${s.items ? typeOf(s.items) : "values"}`;
  if (
    s.type === "object" &&
    s.additionalProperties &&
    typeof s.additionalProperties === "object" &&
    !s.properties
  ) {
    return `map of id → ${typeOf(s.additionalProperties)}`;
  }
  if (s.pattern === calendarDatePattern) return "date (YYYY-MM-DD)";
  return String(s.type ?? "value");
}

function rows(schema: Schema, prefix: string, out: string[]): void {
  const required = new Set(schema.required ?? []);
  for (const [key, child] of Object.entries(schema.properties ?? {})) {
    const path = `${prefix}${key}`;
    const text = child.markdownDescription ?? child.description ?? "";
    const description = String(text).replace(/\|/g, "\\|").replace(/\n/g, " ");
    out.push(
      `| \`${path}\` | ${typeOf(child)} | ${required.has(key) ? "yes" : ""} | ${description} |`,
    );
    const entry =
      child.type === "object" && typeof child.additionalProperties === "object" && !child.properties
        ? child.additionalProperties
        : child.type === "array" && child.items
          ? child.items
          : child;
    const nextPrefix =
      entry === child ? `${path}.` : child.type === "array" ? `${path}[].` : `${path}.<id>.`;
    if (entry.properties) rows(entry, nextPrefix, out);
    for (const option of entry.anyOf ?? []) if (option.properties) rows(option, nextPrefix, out);
  }
}

export function renderFormatReference(): string {
  const out = [
    "# Format reference",
    "",
    "Every field of the pathway and profile formats, generated from the JSON Schemas that the",
    "validator and editors use (`pnpm --filter @pathwise/core run docs:format`); a test fails when this",
    "page is out of date. For how the parts fit together, read [the format](format.md),",
    "[profiles](profiles.md) and [the engine](engine.md). Conditions (`requires`) are described in",
    "[the format](format.md#conditions).",
  ];
  for (const [name, schema] of [
    ["Pathway (`*.pathway.yaml`)", pathwayJsonSchema()],
    ["Profile (`*.profile.yaml`)", profileJsonSchema()],
  ] as const) {
    out.push("", `## ${name}`, "", "| field | type | required | meaning |", "|---|---|---|---|");
    rows(schema as Schema, "", out);
  }
  out.push("");
  return out.join("\n");
}
