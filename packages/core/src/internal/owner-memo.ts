/**
 * `compute(owner, id)` remembered per owner object (a pathway) and id, until the owner is garbage
 * collected: for what follows from a pathway alone and is asked for on every evaluation. Callers
 * pass ids the owner knows, so each owner keeps at most one entry per id of its own.
 * @internal
 */
export function memoPerOwner<Owner extends object, T>(
  compute: (owner: Owner, id: string) => T,
): (owner: Owner, id: string) => T {
  const cache = new WeakMap<Owner, Map<string, T>>();
  return (owner, id) => {
    let memo = cache.get(owner);
    if (!memo) {
      memo = new Map();
      cache.set(owner, memo);
    }
    if (memo.has(id)) return memo.get(id) as T;
    const value = compute(owner, id);
    memo.set(id, value);
    return value;
  };
}
