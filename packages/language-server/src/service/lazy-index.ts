/** A document the index holds: where it lives and its analysis. @internal */
export interface Held<D> {
  readonly uri: string;
  readonly doc: D;
}

/**
 * Documents by URI, analysed lazily and filed under keys: the host records that a URI changed
 * (`set`) or went away (`delete`); each changed document is analysed once, at the next lookup,
 * so a burst of edits costs one analysis. Every document is also filed under the keys `keysOf`
 * gives it (such as the pathway id it declares), one map of keys to URIs per key name.
 * @internal
 */
export interface LazyIndex<D, K extends string> {
  /** Records that the document at `uri` is new or changed; `load` runs at the next lookup. */
  set(uri: string, load: () => D | undefined): void;
  /** Forgets the document at `uri`. */
  delete(uri: string): void;
  /** The document at `uri`, analysed, if there is one. */
  get(uri: string): Held<D> | undefined;
  /** The documents held at these URIs, in the order given. */
  all(uris: Iterable<string>): Held<D>[];
  /** The URIs filed under each key of the key name `name`. */
  filed(name: K): ReadonlyMap<string, ReadonlySet<string>>;
  /** The number of documents held. */
  readonly size: number;
}

/** Creates an empty {@link LazyIndex}. @internal */
export function createLazyIndex<D, K extends string>(
  names: readonly K[],
  keysOf: (doc: D) => Record<K, string | undefined>,
): LazyIndex<D, K> {
  const entries = new Map<string, { held: Held<D>; keys: Record<K, string | undefined> }>();
  const pending = new Map<string, () => D | undefined>();
  const maps = new Map<K, Map<string, Set<string>>>(names.map((n) => [n, new Map()]));

  const drop = (uri: string) => {
    const entry = entries.get(uri);
    if (!entry) return;
    entries.delete(uri);
    for (const [name, map] of maps) {
      const key = entry.keys[name];
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
      const doc = load();
      if (doc === undefined) continue;
      const keys = keysOf(doc);
      entries.set(uri, { held: { uri, doc }, keys });
      for (const [name, map] of maps) {
        const key = keys[name];
        if (key === undefined) continue;
        const uris = map.get(key);
        if (uris) uris.add(uri);
        else map.set(key, new Set([uri]));
      }
    }
  };
  const get = (uri: string) => {
    settle();
    return entries.get(uri)?.held;
  };

  return {
    set(uri, load) {
      pending.set(uri, load);
    },
    delete(uri) {
      pending.delete(uri);
      drop(uri);
    },
    get,
    all: (uris) =>
      [...uris].flatMap((uri) => {
        const held = get(uri);
        return held ? [held] : [];
      }),
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
