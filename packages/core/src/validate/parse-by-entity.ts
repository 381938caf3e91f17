import * as z from "zod/mini";
import { Id } from "../model/id.js";
import {
  CeCategory,
  Credential,
  Pathway,
  Role,
  Setting,
  Source,
  Step,
  Strategy,
} from "../model/pathway.js";

type Issue = z.core.$ZodIssue;

/** Memo of entity results, keyed by the entity's (unchanging) data object. @internal */
export type EntityMemo = WeakMap<
  object,
  { ok: true; value: unknown } | { ok: false; issues: Issue[] }
>;

const entitySchemas: Record<string, z.ZodMiniType> = {
  sources: Source,
  settings: Setting,
  strategies: Strategy,
  ceCategories: CeCategory,
  credentials: Credential,
  roles: Role,
  steps: Step,
};

const anyRecord = z.record(z.string(), z.unknown());
// The pathway's own fields, with each collection checked only for being a map.
const Shell = z.extend(Pathway, {
  sources: anyRecord,
  settings: anyRecord,
  strategies: anyRecord,
  ceCategories: z.optional(anyRecord),
  credentials: anyRecord,
  roles: anyRecord,
  steps: anyRecord,
});

/**
 * Parses pathway data against the format, entity by entity: the same issues and the same output
 * as `Pathway.safeParse` (a test holds the two equal), but each entity's result can be memoised
 * on its data object, so that re-validating after an edit to one entity re-checks only that one.
 */
export function parseByEntity(
  data: unknown,
  memo?: EntityMemo,
): { success: true; data: z.infer<typeof Pathway> } | { success: false; issues: Issue[] } {
  const shell = Shell.safeParse(data);
  const issues: Issue[] = shell.success ? [] : [...shell.error.issues];
  const output: Record<string, unknown> = shell.success ? { ...shell.data } : {};
  const input = data as Record<string, unknown>;
  for (const [collection, schema] of Object.entries(entitySchemas)) {
    const record = input?.[collection];
    if (record === null || typeof record !== "object" || Array.isArray(record)) continue;
    const out: Record<string, unknown> = {};
    for (const [id, entity] of Object.entries(record)) {
      if (!Id.safeParse(id).success) {
        issues.push({
          code: "invalid_key",
          origin: "record",
          issues: [],
          path: [collection, id],
          message: "Invalid key in record",
        } as unknown as Issue);
        continue;
      }
      const cached = entity !== null && typeof entity === "object" ? memo?.get(entity) : undefined;
      const result =
        cached ??
        (() => {
          const r = schema.safeParse(entity);
          const value = r.success
            ? ({ ok: true, value: r.data } as const)
            : ({ ok: false, issues: r.error.issues } as const);
          if (memo && entity !== null && typeof entity === "object") memo.set(entity, value);
          return value;
        })();
      if (result.ok) out[id] = result.value;
      else
        for (const issue of result.issues)
          issues.push({ ...issue, path: [collection, id, ...issue.path] } as Issue);
    }
    output[collection] = out;
  }
  if (issues.length > 0) return { success: false, issues };
  return { success: true, data: output as z.infer<typeof Pathway> };
}
