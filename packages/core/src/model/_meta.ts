import * as z from "zod/mini";

/** What {@link describe} adds beside the Markdown text. */
export interface DescribeExtra {
  readonly examples?: unknown[];
  readonly defaultSnippets?: unknown[];
  readonly title?: string;
  /**
   * JSON Schema keywords that say what a refinement of the zod schema checks (zod cannot
   * translate a refinement), so that the generated JSON Schema gives the core's verdict.
   * Written next to the refinement they mirror; a property test holds the two verdicts equal.
   */
  readonly jsonSchema?: Record<string, unknown>;
}

/**
 * Editor metadata for a schema: VS Code reads `markdownDescription` and `defaultSnippets`, other
 * JSON Schema tools read `description`. One text feeds both so they cannot drift.
 */
export function describe(markdown: string, extra: DescribeExtra = {}): Record<string, unknown> {
  const { jsonSchema, ...rest } = extra;
  return {
    description: markdown.replace(/`/g, ""),
    markdownDescription: markdown,
    ...rest,
    ...jsonSchema,
  };
}

/**
 * A JSON Schema that holds when every one of `keys` is present (and matches its schema in
 * `values`, if any), for {@link DescribeExtra}'s `jsonSchema` (inside `oneOf`, `not`). Each key is
 * also named under `properties` (`true` adds no constraint) because ajv's strict mode refuses a
 * `required` key that its own schema does not name.
 */
export function present(
  keys: readonly string[],
  values: Record<string, unknown> = {},
): Record<string, unknown> {
  return {
    required: keys,
    properties: Object.fromEntries(keys.map((k) => [k, values[k] ?? true])),
  };
}

/**
 * A copy of `schema` carrying `metadata` in zod's global registry, which the JSON Schema
 * generator and the editor helpers read. A copy, so that a shared schema (a date, a reference)
 * can be documented differently in each place it is used.
 */
export function meta<T extends z.ZodMiniType>(schema: T, metadata: Record<string, unknown>): T {
  const copy = schema.clone();
  z.globalRegistry.add(copy, metadata);
  return copy;
}

/** {@link meta} with {@link describe}d Markdown: the common case. */
export function doc<T extends z.ZodMiniType>(
  schema: T,
  markdown: string,
  extra?: DescribeExtra,
): T {
  return meta(schema, describe(markdown, extra));
}
