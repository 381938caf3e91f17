import type { ServiceDocument } from "./analysed-document.js";

/**
 * A pathway document a host knows about, analysed by the language service.
 *
 * @example
 * const candidate: PathwayCandidate = { uri: "file:///content/pharmacy.pathway.yaml", doc: createLanguageService().analyze(text) };
 */
export interface PathwayCandidate {
  /** Where the pathway lives (a `file:` URI for files on disk). */
  readonly uri: string;
  readonly doc: ServiceDocument;
}

/**
 * How the language service finds the pathway a profile names, without doing I/O itself: the
 * stdio server looks through the workspace's `*.pathway.yaml` files and open documents, the
 * browser worker through open documents only, tests through whatever they hand in.
 *
 * @example
 * const service = createLanguageService();
 * const open = new Map([["pharmacy-technician", { uri: "file:///p.pathway.yaml", doc: service.analyze(text) }]]);
 * const finder: PathwayFinder = { findPathway: (id) => open.get(id) };
 * const profileDoc = service.analyzeProfile(profileText, finder);
 */
export interface PathwayFinder {
  /**
   * The pathway a profile naming `id` is checked against; the server's rule is the CLI's: the
   * valid pathway with that id, else the only valid pathway at hand.
   */
  findPathway(id: string): PathwayCandidate | undefined;
}

/**
 * Picks the pathway a profile naming `id` is checked against, with the CLI's rule, so that
 * `pathwise validate` and the editor give the same verdict: the valid pathway with that id (the
 * first by URI when several share it), or else the only valid pathway at hand (which then reports
 * the mismatch). When neither exists, a pathway with that id that has errors is returned too:
 * the profile's ids cannot be checked against it, but the editor can still complete and navigate
 * them.
 */
export function pickPathway(
  id: string,
  candidates: Iterable<PathwayCandidate>,
): PathwayCandidate | undefined {
  const sorted = [...candidates].sort((a, b) => (a.uri < b.uri ? -1 : a.uri > b.uri ? 1 : 0));
  const valid = new Map<string, PathwayCandidate>();
  for (const c of sorted) {
    const result = c.doc.analysis.result;
    if (result.ok && !valid.has(result.value.id)) valid.set(result.value.id, c);
  }
  const picked = valid.get(id) ?? (valid.size === 1 ? [...valid.values()][0] : undefined);
  return picked ?? sorted.find((c) => idOf(c.doc) === id);
}

/** The id a pathway document declares, valid or not. */
export function idOf(doc: ServiceDocument): string | undefined {
  const data = doc.analysis.data;
  if (data === null || typeof data !== "object" || !Object.hasOwn(data, "id")) return undefined;
  const id = (data as { id: unknown }).id;
  return typeof id === "string" ? id : undefined;
}
