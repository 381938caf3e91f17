import type { ProfileDocument } from "./language-service.js";

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
  const entries = new Map<string, ProfileCandidate>();
  const pending = new Map<string, () => ProfileDocument | undefined>();
  const byPathway = new Map<string, Set<string>>();

  const drop = (uri: string) => {
    const id = entries.get(uri)?.doc.pathwayId?.id;
    entries.delete(uri);
    if (id === undefined) return;
    const uris = byPathway.get(id);
    uris?.delete(uri);
    if (uris?.size === 0) byPathway.delete(id);
  };
  const settle = () => {
    const loads = [...pending];
    pending.clear();
    for (const [uri, load] of loads) {
      drop(uri);
      const doc = load();
      if (!doc) continue;
      entries.set(uri, { uri, doc });
      const id = doc.pathwayId?.id;
      if (id === undefined) continue;
      const uris = byPathway.get(id);
      if (uris) uris.add(uri);
      else byPathway.set(id, new Set([uri]));
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
    naming(id) {
      settle();
      return [...(byPathway.get(id) ?? [])].sort().flatMap((uri) => {
        const entry = entries.get(uri);
        return entry ? [entry] : [];
      });
    },
  };
}
