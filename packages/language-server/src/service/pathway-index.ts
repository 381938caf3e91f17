import type { ServiceDocument } from "./language-service.js";
import { idOf, type PathwayCandidate, type PathwayFinder, pickPathway } from "./pathway-finder.js";

/**
 * The pathways a host knows about (open documents and files on disk), indexed by the id each
 * declares, so that a profile finds the pathway it names without looking at every pathway. The
 * host tells it which URIs changed; each changed pathway is analysed once, when a lookup next
 * needs it, so a burst of edits costs one analysis.
 */
export interface PathwayIndex extends PathwayFinder {
  /**
   * Records that the pathway at `uri` is new or changed. `load` analyses its current text (or
   * answers `undefined` when there is none any more); it runs at the next lookup, not now.
   */
  set(uri: string, load: () => ServiceDocument | undefined): void;
  /** Forgets the pathway at `uri`. */
  delete(uri: string): void;
  /** The pathway at `uri`, analysed, if the index holds one. */
  get(uri: string): PathwayCandidate | undefined;
  /** The number of pathways held. */
  readonly size: number;
}

/** One pathway held: its analysis, the id it declares and, when it is valid, the id checked. */
interface Entry {
  readonly candidate: PathwayCandidate;
  readonly declared: string | undefined;
  readonly valid: string | undefined;
}

/**
 * Creates an empty {@link PathwayIndex}. Its `findPathway` gives exactly {@link pickPathway}'s
 * answer over all the pathways held, looking only at those that declare the id (plus, when no
 * valid one does, those of the only valid id at hand).
 */
export function createPathwayIndex(): PathwayIndex {
  const entries = new Map<string, Entry>();
  const pending = new Map<string, () => ServiceDocument | undefined>();
  /** URIs by declared id, and URIs of valid pathways by their id. */
  const declared = new Map<string, Set<string>>();
  const valid = new Map<string, Set<string>>();

  const add = (map: Map<string, Set<string>>, key: string | undefined, uri: string) => {
    if (key === undefined) return;
    const set = map.get(key);
    if (set) set.add(uri);
    else map.set(key, new Set([uri]));
  };
  const remove = (map: Map<string, Set<string>>, key: string | undefined, uri: string) => {
    if (key === undefined) return;
    const set = map.get(key);
    set?.delete(uri);
    if (set?.size === 0) map.delete(key);
  };
  const drop = (uri: string) => {
    const entry = entries.get(uri);
    if (!entry) return;
    entries.delete(uri);
    remove(declared, entry.declared, uri);
    remove(valid, entry.valid, uri);
  };
  /** Analyses the pathways that changed since the last lookup. */
  const settle = () => {
    if (pending.size === 0) return;
    const loads = [...pending];
    pending.clear();
    for (const [uri, load] of loads) {
      drop(uri);
      const doc = load();
      if (!doc) continue;
      const result = doc.analysis.result;
      const entry: Entry = {
        candidate: { uri, doc },
        declared: idOf(doc),
        valid: result.ok ? result.value.id : undefined,
      };
      entries.set(uri, entry);
      add(declared, entry.declared, uri);
      add(valid, entry.valid, uri);
    }
  };
  const candidatesOf = (uris: Iterable<string>): PathwayCandidate[] =>
    [...uris].flatMap((uri) => {
      const entry = entries.get(uri);
      return entry ? [entry.candidate] : [];
    });

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
      return entries.get(uri)?.candidate;
    },
    get size() {
      settle();
      return entries.size;
    },
    findPathway(id) {
      settle();
      // pickPathway over these gives its answer over all: those declaring `id` decide unless
      // none of them is valid, and then the pathways of the only valid id at hand, if any, do.
      const uris = new Set(declared.get(id));
      if (!valid.has(id) && valid.size === 1)
        for (const uri of [...valid.values()][0] ?? []) uris.add(uri);
      return pickPathway(id, candidatesOf(uris));
    },
  };
}
