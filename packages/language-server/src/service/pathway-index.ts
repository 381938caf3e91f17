import type { ServiceDocument } from "./analysed-document.js";
import { createLazyIndex } from "./lazy-index.js";
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

/**
 * Creates an empty {@link PathwayIndex}. Its `findPathway` gives exactly {@link pickPathway}'s
 * answer over all the pathways held, looking only at those that declare the id (plus, when no
 * valid one does, those of the only valid id at hand).
 */
export function createPathwayIndex(): PathwayIndex {
  // Each pathway is filed under the id it declares and, when it is valid, the id checked.
  const index = createLazyIndex<ServiceDocument, "declared" | "valid">(
    ["declared", "valid"],
    (doc) => ({
      declared: idOf(doc),
      valid: doc.analysis.result.ok ? doc.analysis.result.value.id : undefined,
    }),
  );
  return {
    set: index.set,
    delete: index.delete,
    get: index.get,
    get size() {
      return index.size;
    },
    findPathway(id) {
      // pickPathway over these gives its answer over all: those declaring `id` decide unless
      // none of them is valid, and then the pathways of the only valid id at hand, if any, do.
      const uris = new Set(index.filed("declared").get(id));
      const valid = index.filed("valid");
      if (!valid.has(id) && valid.size === 1)
        for (const uri of [...valid.values()][0] ?? []) uris.add(uri);
      return pickPathway(id, index.all(uris));
    },
  };
}
