import type * as z from "zod/mini";
import type { PathSegment } from "../diagnostics/diagnostic.js";
import { type DraftDiagnostic, makeDiagnostic } from "../diagnostics/make-diagnostic.js";
import { appendAll } from "../internal/append.js";
import { type DerivedMemo, memoTable, remembered } from "../internal/derived-memo.js";
import { collectionOf } from "../model/entity-kind.js";
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
  memo?: DerivedMemo,
): DraftDiagnostic[] {
  const drafts = issues.length > 0 ? issuesToDiagnostics(issues, data, root) : [];
  const place = (d: DraftDiagnostic) => `${d.target ?? "value"}\u0000${d.path.join("\u0000")}`;
  const taken = new Set(drafts.map(place));
  return [...drafts, ...checkReservedKeys(data, root, memo).filter((d) => !taken.has(place(d)))];
}

/**
 * Reports each `__proto__` key of a map keyed by ids or codes (a zod record, such as `renamed`'s
 * maps or a role's `codes`). zod drops such a key without an issue, so without this the core
 * would accept data its JSON Schema refuses. Data parsed by JSON.parse has them as own keys; the
 * YAML loader reports them itself and never passes them on. Keys of fixed-field maps are left to
 * zod, which reports them as unknown fields.
 * @internal
 */
export function checkReservedKeys(
  data: unknown,
  root: z.ZodMiniType,
  memo?: DerivedMemo,
): DraftDiagnostic[] {
  const out: DraftDiagnostic[] = [];
  walkReservedKeys(data, [], root, data, out, memoTable(memo, "reserved-keys"));
  return out;
}

const entityCollections = new Set<PathSegment>(Object.values(collectionOf));

/**
 * Depth first from `start` (at `startPath` in `data`), in the same order as one walk of the whole
 * document. An entity's subtree (at `[collection, id]`) is walked as a unit and, with a memo,
 * reused while its data object is: the schema at a path under an entity depends on that entity's
 * data alone.
 */
function walkReservedKeys(
  start: unknown,
  startPath: PathSegment[],
  root: z.ZodMiniType,
  data: unknown,
  out: DraftDiagnostic[],
  table: ReturnType<typeof memoTable>,
): void {
  // A stack, not recursion: the data API takes input of any depth.
  const stack: { value: unknown; path: PathSegment[] }[] = [{ value: start, path: startPath }];
  for (let next = stack.pop(); next; next = stack.pop()) {
    const { value, path } = next;
    if (value === null || typeof value !== "object") continue;
    if (table && path.length === 2 && entityCollections.has(path[0] as string)) {
      const found = remembered(table, value, path[0] as PathSegment, path[1] as PathSegment, () => {
        const own: DraftDiagnostic[] = [];
        walkReservedKeys(value, path, root, data, own, undefined);
        return own;
      });
      appendAll(out, found);
      continue;
    }
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
}
