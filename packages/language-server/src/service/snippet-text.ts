// Snippets from the schema's `defaultSnippets` (JSON values with `$1`-style placeholders, `^` for a
// raw string) written as YAML snippet text: flow style where a value goes, block style for a new
// entry of a collection.

/** A snippet body as one line of YAML flow style, such as `{ all: [{ credential: $1 }] }`. */
export function flowSnippet(body: unknown): string {
  if (Array.isArray(body)) return `[${body.map(flowSnippet).join(", ")}]`;
  if (body !== null && typeof body === "object") {
    const entries = Object.entries(body);
    if (entries.length === 0) return "{}";
    return `{ ${entries.map(([k, v]) => `${k}: ${flowSnippet(v)}`).join(", ")} }`;
  }
  if (typeof body === "string") return body.startsWith("^") ? body.slice(1) : body;
  return String(body);
}

/**
 * A new entry of a collection as block YAML: a placeholder for its id (`${1:role-id}`), then each
 * field of the body on its own line, nested values in flow style. The body's placeholders move up
 * by one to make room for the id.
 */
export function entrySnippet(idPlaceholder: string, body: unknown): string {
  const shifted = (text: string) =>
    text.replace(/\$(\d+)|\$\{(\d+)/g, (_, bare?: string, braced?: string) =>
      bare !== undefined ? `$${Number(bare) + 1}` : `\${${Number(braced) + 1}`,
    );
  const fields =
    body !== null && typeof body === "object" && !Array.isArray(body)
      ? Object.entries(body).map(([k, v]) => `  ${k}: ${shifted(flowSnippet(v))}`)
      : [];
  return [`\${1:${idPlaceholder}}:`, ...fields].join("\n");
}
