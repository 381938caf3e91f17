/**
 * Documents by URI, analysed lazily and filed under keys: the host records that a URI changed
 * (`set`) or went away (`delete`); each changed document is analysed once, at the next lookup,
 * so a burst of edits costs one analysis. Every entry is also filed under the keys `keysOf`
 * gives it (such as the pathway id it declares), one map of keys to URIs per key name.
 * @internal
 */
export interface LazyIndex<E, K extends string> {
  /** Records that the document at `uri` is new or changed; `load` runs at the next lookup. */
  set(uri: string, load: () => E | undefined): void;
  /** Forgets the document at `uri`. */
  delete(uri: string): void;
  /** The entry at `uri`, analysed, if there is one. */
  get(uri: string): E | undefined;
  /** The URIs filed under each key of the key name `name`. */
  filed(name: K): ReadonlyMap<string, ReadonlySet<string>>;
  /** The number of entries held. */
  readonly size: number;
}

/** Creates an empty {@link LazyIndex}. @internal */
export function createLazyIndex<E, K extends string>(
  names: readonly K[],
  keysOf: (entry: E) => Record<K, string | undefined>,
): LazyIndex<E, K> {
  const entries = new Map<string, { entry: E; keys: Record<K, string | undefined> }>();
  const pending = new Map<string, () => E | undefined>();
  const maps = new Map<K, Map<string, Set<string>>>(names.map((n) => [n, new Map()]));

  const drop = (uri: string) => {
    const held = entries.get(uri);
    if (!held) return;
    entries.delete(uri);
    for (const [name, map] of maps) {
      const key = held.keys[name];
      const uris = key === undefined ? undefined : map.get(key);
      uris?.delete(uri);
      if (key !== undefined && uris?.size === 0) map.delete(key);
    }
  };
  const settle = () => {
    if (pending.size === 0) return;
    const loads = [...pending];
    pending.clear();
    for (const [uri, load] of loads) {
      drop(uri);
      const entry = load();
      if (entry === undefined) continue;
      const keys = keysOf(entry);
      entries.set(uri, { entry, keys });
      for (const [name, map] of maps) {
        const key = keys[name];
        if (key === undefined) continue;
        const uris = map.get(key);
        if (uris) uris.add(uri);
        else map.set(key, new Set([uri]));
      }
    }
  };

  return {
    set(uri, load) {
      pending.set(uri, load);
    },
    delete(uri) {
      pending.delete(uri);
      drop(uri);
    },
    get(uri) {
      settle();
      return entries.get(uri)?.entry;
    },
    filed(name) {
      settle();
      return maps.get(name) ?? new Map();
    },
    get size() {
      settle();
      return entries.size;
    },
  };
}
