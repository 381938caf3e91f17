import { readFileSync } from "node:fs";
import Ajv from "ajv";
import addFormats from "ajv-formats";

/**
 * An ajv for the committed JSON Schemas as editors use them: draft-07, strict, with ajv-formats,
 * and VS Code's editor keywords registered (they carry no validation meaning).
 */
export function makeAjv(options: { allErrors?: boolean } = {}): Ajv {
  const ajv = new Ajv({ allErrors: options.allErrors ?? true, strict: true });
  addFormats(ajv);
  for (const keyword of ["markdownDescription", "defaultSnippets", "markdownEnumDescriptions"]) {
    ajv.addKeyword({ keyword, schemaType: ["string", "array"] });
  }
  return ajv;
}

/** The committed `schema/<kind>.schema.json`, parsed. */
export function readCommittedSchema(kind: "pathway" | "profile"): Record<string, unknown> {
  return JSON.parse(
    readFileSync(new URL(`../schema/${kind}.schema.json`, import.meta.url), "utf8"),
  );
}
