// Editor-only helpers: the values and snippets the schema offers at a data path, for completion
// in editors that do not read the JSON Schema (the language server's own completion).
import * as z from "zod/mini";
import type { PathSegment } from "../diagnostics/diagnostic.js";
import { def, markdownOf, schemaAt, unwrap } from "./schema-at.js";

/**
 * A scalar value the schema allows at a path: an enum member, a literal or a boolean.
 *
 * @example
 * const values: ValueInfo[] = valuesAt(PathwaySchema, ["credentials", "ptcb-cpht", "kind"]);
 * for (const v of values) console.log(v.value, v.markdown ?? "");
 */
export interface ValueInfo {
  readonly value: string | number | boolean;
  /** What the value means (Markdown), from the schema's enum descriptions. */
  readonly markdown?: string;
}

/**
 * A snippet the schema offers for the value at a path, in VS Code's `defaultSnippets` form.
 *
 * @example
 * const snippets: SnippetInfo[] = snippetsAt(PathwaySchema, ["steps", "new"]);
 * for (const s of snippets) console.log(s.label, JSON.stringify(s.body));
 */
export interface SnippetInfo {
  readonly label: string;
  /** The value to insert; strings may hold `$1`-style placeholders, `^` marks a raw string. */
  readonly body: unknown;
  readonly markdown?: string;
}

/** The metadata of a schema or of the first wrapper inside it that has a given key. */
function metaWith(schema: z.ZodMiniType | undefined, key: string): Record<string, unknown> {
  let current = schema;
  for (let i = 0; current && i < 20; i++) {
    const meta = z.globalRegistry.get(current) as Record<string, unknown> | undefined;
    if (meta && key in meta) return meta;
    const d = def(current);
    current = d.innerType ?? d.in ?? (d.type === "lazy" && d.getter ? d.getter() : undefined);
  }
  return {};
}

/** The schema of the field at a path as declared by its parent: unions keep all their options. */
function declaredAt(
  root: z.ZodMiniType,
  path: readonly PathSegment[],
  data: unknown,
): z.ZodMiniType | undefined {
  if (path.length === 0) return root;
  const parent = schemaAt(root, path.slice(0, -1), data);
  if (!parent) return undefined;
  const d = def(parent);
  const last = path[path.length - 1] as PathSegment;
  if (d.type === "object" && d.shape)
    return Object.hasOwn(d.shape, last) ? d.shape[String(last)] : undefined;
  if (d.type === "record") return d.valueType;
  if (d.type === "array") return d.element;
  return undefined;
}

/**
 * The scalar values the schema allows at a data path, in the schema's order: the members of an
 * enum (with their descriptions), literals, or `true` and `false`; none for free values.
 *
 * @example
 * valuesAt(PathwaySchema, ["credentials", "ptcb-cpht", "kind"]).map((v) => v.value); // ["certification", ...]
 */
export function valuesAt(
  root: z.ZodMiniType,
  path: readonly PathSegment[],
  data?: unknown,
): ValueInfo[] {
  const declared = declaredAt(root, path, data);
  if (!declared) return [];
  const descriptions = metaWith(declared, "markdownEnumDescriptions").markdownEnumDescriptions;
  const collect = (schema: z.ZodMiniType): (string | number | boolean)[] => {
    const d = def(unwrap(schema));
    if (d.type === "enum" && d.entries) return Object.values(d.entries);
    if (d.type === "literal" && d.values)
      return d.values.filter(
        (v): v is string | number | boolean =>
          typeof v === "string" || typeof v === "number" || typeof v === "boolean",
      );
    if (d.type === "boolean") return [true, false];
    if (d.type === "union" && d.options) return d.options.flatMap(collect);
    return [];
  };
  return collect(declared).map((value, i) => {
    const markdown = Array.isArray(descriptions) ? descriptions[i] : undefined;
    return typeof markdown === "string" ? { value, markdown } : { value };
  });
}

/**
 * The snippets the schema offers for the value at a data path: the field's own `defaultSnippets`
 * (a new credential, role, step or source), and for a union (a condition) one per option, from
 * its `defaultSnippets` or else its leading key with a placeholder.
 *
 * @example
 * const labels = snippetsAt(PathwaySchema, ["steps", "new", "requires"]).map((s) => s.label);
 */
export function snippetsAt(
  root: z.ZodMiniType,
  path: readonly PathSegment[],
  data?: unknown,
): SnippetInfo[] {
  const declared = declaredAt(root, path, data);
  if (!declared) return [];
  const own = (schema: z.ZodMiniType): SnippetInfo[] => {
    const snippets = metaWith(schema, "defaultSnippets").defaultSnippets;
    const markdown = markdownOf(schema);
    return Array.isArray(snippets)
      ? snippets.flatMap((s: { label?: unknown; body?: unknown }) =>
          typeof s.label === "string"
            ? [
                markdown
                  ? { label: s.label, body: s.body, markdown }
                  : { label: s.label, body: s.body },
              ]
            : [],
        )
      : [];
  };
  const d = def(unwrap(declared));
  if (d.type !== "union" || !d.options) return own(declared);
  return d.options.flatMap((option) => {
    const found = own(option);
    if (found.length > 0) return found;
    const first = Object.keys(def(unwrap(option)).shape ?? {})[0];
    if (!first) return [];
    const markdown = markdownOf(option);
    const body = { [first]: "$1" };
    return [markdown ? { label: first, body, markdown } : { label: first, body }];
  });
}
