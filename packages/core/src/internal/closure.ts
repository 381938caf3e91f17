/**
 * A memoized transitive closure per owner object: `closure(owner, id)` is `id` plus everything
 * reachable from it through `next`, cached until the owner (a pathway) is garbage collected.
 */
export function memoizedClosure<Owner extends object>(
  next: (owner: Owner, id: string) => Iterable<string>,
): (owner: Owner, id: string) => ReadonlySet<string> {
  const cache = new WeakMap<Owner, Map<string, ReadonlySet<string>>>();
  return (owner, id) => {
    let memo = cache.get(owner);
    if (!memo) {
      memo = new Map();
      cache.set(owner, memo);
    }
    const hit = memo.get(id);
    if (hit) return hit;
    const out = new Set<string>([id]);
    const queue = [id];
    while (queue.length > 0) {
      for (const reached of next(owner, queue.pop() as string)) {
        if (!out.has(reached)) {
          out.add(reached);
          queue.push(reached);
        }
      }
    }
    memo.set(id, out);
    return out;
  };
}
