import type { Node, Pair } from "yaml";
import type { PathSegment } from "../diagnostics/diagnostic.js";
import { type DraftDiagnostic, makeDiagnostic } from "../diagnostics/make-diagnostic.js";

/**
 * Adds a key to a data object and its index, or reports it: `__proto__` (never a valid id or
 * field, and zod silently drops it, so it is kept out of the data) and a key seen before. The
 * value is worked out only for a key that is added. Returns whether it was.
 */
export function addKey(
  out: Record<string, unknown>,
  index: Map<string, Pair>,
  key: string,
  pair: Pair,
  value: () => unknown,
  path: PathSegment[],
  ids: boolean,
  lineOf: (offset: number) => number,
  diagnostics: DraftDiagnostic[],
): boolean {
  const at = (pair.key as Node | null)?.range?.[0] ?? 0;
  if (key === "__proto__") {
    diagnostics.push(
      ids
        ? makeDiagnostic(
            "invalid-id",
            "Expected an id in lowercase kebab-case, found the reserved key `__proto__`.",
            [...path, key],
            { at },
          )
        : makeDiagnostic(
            "unknown-field",
            "Expected one of the known fields, found the reserved key `__proto__`.",
            [...path, key],
            { at },
          ),
    );
    return false;
  }
  const first = index.get(key);
  if (first) {
    const firstLine = lineOf((first.key as Node | null)?.range?.[0] ?? 0);
    diagnostics.push(
      makeDiagnostic(
        ids ? "duplicate-id" : "duplicate-key",
        ids
          ? `Expected unique ids, found \`${key}\` again (first defined on line ${firstLine}).`
          : `Expected unique keys, found \`${key}\` again (first on line ${firstLine}).`,
        [...path, key],
        { at, data: { key, firstLine } },
      ),
    );
    return false;
  }
  index.set(key, pair);
  // defineProperty keeps `__proto__` an ordinary own key instead of replacing the prototype.
  Object.defineProperty(out, key, {
    value: value(),
    enumerable: true,
    writable: true,
    configurable: true,
  });
  return true;
}
