import { memoPerOwner } from "./owner-memo.js";

/**
 * A memoized transitive closure per owner object: `closure(owner, id)` is `id` plus everything
 * reachable from it through `next`, cached until the owner (a pathway) is garbage collected.
 */
export function memoizedClosure<Owner extends object>(
  next: (owner: Owner, id: string) => Iterable<string>,
): (owner: Owner, id: string) => ReadonlySet<string> {
  return memoPerOwner((owner: Owner, id: string): ReadonlySet<string> => {
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
    return out;
  });
}
