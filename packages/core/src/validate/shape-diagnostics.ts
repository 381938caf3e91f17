import type * as z from "zod/mini";
import type { PathSegment } from "../diagnostics/diagnostic.js";
import { type DraftDiagnostic, makeDiagnostic } from "../diagnostics/make-diagnostic.js";
import { def, schemaAt, unwrap } from "./schema-at.js";
import { issuesToDiagnostics } from "./schema-issues.js";

/**
 * The schema layer's verdict as drafts: zod's issues turned into diagnostics, plus the reserved
 * keys zod dropped ({@link checkReservedKeys}), one diagnostic per place. Empty when the shape
 * is right.
 * @internal
 */
export function shapeDiagnostics(
  issues: readonly z.core.$ZodIssue[],
  data: unknown,
  root: z.ZodMiniType,
): DraftDiagnostic[] {
  const drafts = issues.length > 0 ? issuesToDiagnostics(issues, data, root) : [];
  const place = (d: DraftDiagnostic) => `${d.target ?? "value"}\u0000${d.path.join("\u0000")}`;
  const taken = new Set(drafts.map(place));
  return [...drafts, ...checkReservedKeys(data, root).filter((d) => !taken.has(place(d)))];
}

/**
 * Reports each `__proto__` key of a map keyed by ids or codes (a zod record, such as `renamed`'s
 * maps or a role's `codes`). zod drops such a key without an issue, so without this the core
 * would accept data its JSON Schema refuses. Data parsed by JSON.parse has them as own keys; the
 * YAML loader reports them itself and never passes them on. Keys of fixed-field maps are left to
 * zod, which reports them as unknown fields.
 * @internal
 */
export function checkReservedKeys(data: unknown, root: z.ZodMiniType): DraftDiagnostic[] {
  const out: DraftDiagnostic[] = [];
  // A stack, not recursion: the data API takes input of any depth.
  const stack: { value: unknown; path: PathSegment[] }[] = [{ value: data, path: [] }];
  for (let next = stack.pop(); next; next = stack.pop()) {
    const { value, path } = next;
    if (value === null || typeof value !== "object") continue;
    if (!Array.isArray(value) && Object.hasOwn(value, "__proto__")) {
      const schema = schemaAt(root, path, data);
      if (schema && def(unwrap(schema)).type === "record")
        out.push(
          makeDiagnostic(
            "invalid-id",
            "Expected an id in lowercase kebab-case, found the reserved key `__proto__`.",
            [...path, "__proto__"],
            { target: "key", data: { id: "__proto__" } },
          ),
        );
    }
    for (const [key, child] of Object.entries(value))
      stack.push({ value: child, path: [...path, Array.isArray(value) ? Number(key) : key] });
  }
  return out;
}
