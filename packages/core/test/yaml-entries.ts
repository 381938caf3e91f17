// Reading a parsed pathway's syntax tree in tests: the pair of one entry of a collection.
import { isMap, type YAMLMap } from "yaml";

/** The key-value pair of entry `id` in `collection` of a parsed document's root map. */
export function entryPair(root: unknown, collection: string, id: string) {
  const coll = (root as YAMLMap).items.find(
    (p) => (p.key as { value: string }).value === collection,
  )?.value;
  return isMap(coll)
    ? coll.items.find((p) => (p.key as { value: string }).value === id)
    : undefined;
}
