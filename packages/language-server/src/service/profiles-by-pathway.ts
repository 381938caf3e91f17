import type { ProfileDocument } from "./analysed-document.js";
import { createLazyIndex } from "./lazy-index.js";

/** A profile a host knows about (open, or a file on disk), analysed. */
export interface ProfileCandidate {
  /** Where the profile lives (a `file:` URI for files on disk). */
  readonly uri: string;
  readonly doc: ProfileDocument;
}

/**
 * The profiles a host knows about, indexed by the pathway id each names, so that references and
 * rename of a pathway's id find the profiles that use it without reading every profile. Like
 * the pathway index, it analyses a changed profile once, when a lookup next needs it.
 */
export interface ProfilesByPathway {
  /**
   * Records that the profile at `uri` is new or changed. `load` analyses its current text (or
   * answers `undefined` when there is none any more); it runs at the next lookup, not now.
   */
  set(uri: string, load: () => ProfileDocument | undefined): void;
  /** Forgets the profile at `uri`. */
  delete(uri: string): void;
  /** The profiles that name pathway `id`, in URI order. */
  naming(id: string): ProfileCandidate[];
}

/** Creates an empty {@link ProfilesByPathway}. */
export function createProfilesByPathway(): ProfilesByPathway {
  const index = createLazyIndex<ProfileDocument, "pathway">(["pathway"], (doc) => ({
    pathway: doc.pathwayId?.id,
  }));
  return {
    set: index.set,
    delete: index.delete,
    naming: (id) => index.all([...(index.filed("pathway").get(id) ?? [])].sort()),
  };
}
