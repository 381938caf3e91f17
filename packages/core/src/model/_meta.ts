import * as z from "zod/mini";

/**
 * Editor metadata for a schema: VS Code reads `markdownDescription` and `defaultSnippets`, other
 * JSON Schema tools read `description`. One text feeds both so they cannot drift.
 */
export function describe(
  markdown: string,
  extra: { examples?: unknown[]; defaultSnippets?: unknown[]; title?: string } = {},
): Record<string, unknown> {
  return {
    description: markdown.replace(/`/g, ""),
    markdownDescription: markdown,
    ...extra,
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
  extra?: Parameters<typeof describe>[1],
): T {
  return meta(schema, describe(markdown, extra));
}
