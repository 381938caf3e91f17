/**
 * Appends every item of `items` to `target`, one at a time. `target.push(...items)` passes each
 * item as a call argument, which overflows the stack once a list holds some 100,000 entries.
 */
export function appendAll<T>(target: T[], items: Iterable<T>): T[] {
  for (const item of items) target.push(item);
  return target;
}
