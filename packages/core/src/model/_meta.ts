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
