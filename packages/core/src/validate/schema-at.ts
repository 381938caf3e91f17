import * as z from "zod/mini";
import type { PathSegment } from "../diagnostics/diagnostic.js";

/** The parts of a zod schema's definition that the editor helpers read. */
export type Def = {
  type: string;
  shape?: Record<string, z.ZodMiniType>;
  valueType?: z.ZodMiniType;
  element?: z.ZodMiniType;
  innerType?: z.ZodMiniType;
  options?: z.ZodMiniType[];
  in?: z.ZodMiniType;
  getter?: () => z.ZodMiniType;
  entries?: Record<string, string | number>;
  values?: readonly unknown[];
};

/** A schema's definition, as the editor helpers read it. */
export const def = (schema: z.ZodMiniType): Def => schema._zod.def as unknown as Def;

/** Removes wrappers (optional, default, pipes, lazies) to reach the schema that does the work. */
export function unwrap(schema: z.ZodMiniType): z.ZodMiniType {
  let current = schema;
  for (let i = 0; i < 20; i++) {
    const d = def(current);
    if (
      (d.type === "optional" ||
        d.type === "nullable" ||
        d.type === "default" ||
        d.type === "prefault" ||
        d.type === "readonly" ||
        d.type === "nonoptional") &&
      d.innerType
    )
      current = d.innerType;
    else if (d.type === "pipe" && d.in) current = d.in;
    else if (d.type === "lazy" && d.getter) current = d.getter();
    else return current;
  }
  return current;
}

/** For a union of objects: the option whose keys the value uses. */
function pickOption(options: readonly z.ZodMiniType[], value: unknown): z.ZodMiniType | undefined {
  if (value === null || typeof value !== "object" || Array.isArray(value)) return undefined;
  const keys = Object.keys(value);
  return options.find((o) => {
    const shape = def(unwrap(o)).shape;
    return shape !== undefined && keys.some((k) => Object.hasOwn(shape, k));
  });
}

/**
 * The schema that describes the value at a data path, following objects, records, lists and,
 * for unions, the option the data was written for. Used for "did you mean" on unknown keys,
 * and by editors for hover and completion.
 */
export function schemaAt(
  root: z.ZodMiniType,
  path: readonly PathSegment[],
  data?: unknown,
): z.ZodMiniType | undefined {
  let schema: z.ZodMiniType | undefined = unwrap(root);
  let value = data;
  const step = (segment: PathSegment) => {
    if (value !== null && typeof value === "object" && Object.hasOwn(value, segment)) {
      value = (value as Record<PathSegment, unknown>)[segment];
    } else value = undefined;
  };
  for (const segment of path) {
    if (!schema) return undefined;
    let d = def(schema);
    if (d.type === "union" && d.options) {
      schema = pickOption(d.options, value);
      if (!schema) return undefined;
      schema = unwrap(schema);
      d = def(schema);
    }
    if (d.type === "object" && d.shape)
      schema = Object.hasOwn(d.shape, segment) ? d.shape[String(segment)] : undefined;
    else if (d.type === "record") schema = d.valueType;
    else if (d.type === "array") schema = d.element;
    else return undefined;
    step(segment);
    schema = schema ? unwrap(schema) : undefined;
  }
  if (schema && def(schema).type === "union") {
    const picked = pickOption(def(schema).options ?? [], value);
    if (picked) return unwrap(picked);
  }
  return schema;
}

/** For a union of objects at a path: each option's keys, in order; otherwise `undefined`. */
export function unionOptionKeys(
  root: z.ZodMiniType,
  path: readonly PathSegment[],
  data: unknown,
): string[][] | undefined {
  // Resolve the parent, then take the field's schema without picking a union option.
  const parent = path.length === 0 ? undefined : schemaAt(root, path.slice(0, -1), data);
  let schema: z.ZodMiniType | undefined;
  if (path.length === 0) schema = unwrap(root);
  else if (parent) {
    const d = def(parent);
    const last = path[path.length - 1] as PathSegment;
    if (d.type === "object" && d.shape) schema = d.shape[String(last)];
    else if (d.type === "record") schema = d.valueType;
    else if (d.type === "array") schema = d.element;
  }
  if (!schema) return undefined;
  const d = def(unwrap(schema));
  if (d.type !== "union" || !d.options) return undefined;
  const keys = d.options.map((o) => Object.keys(def(unwrap(o)).shape ?? {}));
  return keys.every((k) => k.length > 0) ? keys : undefined;
}

/**
 * One field an object accepts at some path, with its editor documentation.
 *
 * @example
 * const fields: FieldInfo[] = fieldsAt(PathwaySchema, ["roles", "lead-technician"]);
 * const required = fields.filter((f) => f.required).map((f) => f.name);
 */
export interface FieldInfo {
  readonly name: string;
  /** The field's documentation (Markdown), from the schema's metadata. */
  readonly markdown?: string;
  readonly required: boolean;
}

/** The first `markdownDescription` found on a schema or the wrappers inside it. */
export function markdownOf(schema: z.ZodMiniType | undefined): string | undefined {
  let current = schema;
  for (let i = 0; current && i < 20; i++) {
    const meta = z.globalRegistry.get(current);
    if (typeof meta?.markdownDescription === "string") return meta.markdownDescription;
    const d = def(current);
    current = d.innerType ?? d.in ?? (d.type === "lazy" && d.getter ? d.getter() : undefined);
  }
  return undefined;
}

/**
 * The fields accepted by the object at a data path (for completion), or by the union option the
 * data there was written for; for a union of objects with no option chosen yet, every option's
 * leading key.
 *
 * @example
 * fieldsAt(PathwaySchema, []).map((f) => f.name); // ["pathwise", "id", "title", ...]
 */
export function fieldsAt(
  root: z.ZodMiniType,
  path: readonly PathSegment[],
  data?: unknown,
): FieldInfo[] {
  const schema = schemaAt(root, path, data);
  if (!schema) return [];
  const d = def(schema);
  if (d.type === "object" && d.shape) {
    return Object.entries(d.shape).map(([name, field]) => {
      const markdown = markdownOf(field);
      const optional = def(field).type === "optional";
      return markdown ? { name, markdown, required: !optional } : { name, required: !optional };
    });
  }
  if (d.type === "union" && d.options) {
    return d.options.flatMap((option) => {
      const shape = def(unwrap(option)).shape;
      const first = shape ? Object.keys(shape)[0] : undefined;
      if (!first) return [];
      const markdown = markdownOf(option);
      return [
        markdown ? { name: first, markdown, required: false } : { name: first, required: false },
      ];
    });
  }
  return [];
}

/**
 * The documentation of the field at a data path (for hover), if the schema has one.
 *
 * @example
 * const markdown = fieldDocAt(PathwaySchema, ["steps", "join-aapt", "grants"]);
 */
export function fieldDocAt(
  root: z.ZodMiniType,
  path: readonly PathSegment[],
  data?: unknown,
): string | undefined {
  if (path.length === 0) return markdownOf(root);
  const parent = schemaAt(root, path.slice(0, -1), data);
  if (!parent) return undefined;
  const d = def(parent);
  const last = path[path.length - 1] as PathSegment;
  if (d.type === "object" && d.shape && Object.hasOwn(d.shape, last))
    return markdownOf(d.shape[String(last)]);
  if (d.type === "record" && d.valueType) return markdownOf(d.valueType);
  if (d.type === "array" && d.element) return markdownOf(d.element);
  return undefined;
}
