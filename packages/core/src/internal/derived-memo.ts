import type { PathSegment } from "../diagnostics/diagnostic.js";

/** One memoised result: the entity's place when it was computed, and the result. */
interface Remembered {
  readonly collection: PathSegment;
  readonly id: PathSegment;
  readonly value: unknown;
}

/**
 * Results derived from one entity alone (its reserved keys, its references, its conditions),
 * memoised on the entity's data object: an editor's parse cache keeps the data objects of the
 * entries an edit did not touch, so re-checking after an edit recomputes only the touched ones.
 * One table per check; each result remembers the entity's place (collection and id), and the
 * same object met at another place is computed afresh.
 * @internal
 */
export type DerivedMemo = Map<string, WeakMap<object, Remembered>>;

/** The table of one check in a memo (`undefined` without a memo). @internal */
export function memoTable(
  memo: DerivedMemo | undefined,
  check: string,
): WeakMap<object, Remembered> | undefined {
  if (!memo) return undefined;
  let table = memo.get(check);
  if (!table) {
    table = new WeakMap();
    memo.set(check, table);
  }
  return table;
}

/** `compute()`, or the result remembered for `entity` at the same place. @internal */
export function remembered<T>(
  table: WeakMap<object, Remembered> | undefined,
  entity: unknown,
  collection: PathSegment,
  id: PathSegment,
  compute: () => T,
): T {
  if (!table || entity === null || typeof entity !== "object") return compute();
  const found = table.get(entity);
  if (found && found.collection === collection && found.id === id) return found.value as T;
  const value = compute();
  table.set(entity, { collection, id, value });
  return value;
}
