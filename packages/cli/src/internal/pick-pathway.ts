import type { Pathway } from "@pathwise/core";

/**
 * The pathway a profile is checked against: the one with the id it names, or else the only
 * pathway at hand (which then reports the mismatch).
 */
export function pickPathway(
  id: string,
  pathways: ReadonlyMap<string, Pathway>,
): Pathway | undefined {
  return pathways.get(id) ?? (pathways.size === 1 ? [...pathways.values()][0] : undefined);
}
