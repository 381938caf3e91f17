/**
 * `compute(owner, id)` remembered per owner object (a pathway) and id, until the owner is garbage
 * collected: for what follows from a pathway alone and is asked for on every evaluation. Each
 * owner keeps at most one entry per id of its own: callers pass ids the owner knows, or `known`
 * says which ids those are (asked on a miss only; an id it refuses is worked out every time and
 * never kept, so ids from outside, such as a goal's, cannot grow the memo).
 * @internal
 */
export function memoPerOwner<Owner extends object, T>(
  compute: (owner: Owner, id: string) => T,
  known?: (owner: Owner, id: string) => boolean,
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
    if (!known || known(owner, id)) memo.set(id, value);
    return value;
  };
}
