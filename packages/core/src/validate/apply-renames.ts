import type { DraftDiagnostic } from "../diagnostics/make-diagnostic.js";
import type { Profile } from "../model/profile.js";

/**
 * The profile with each old id that a `renamed-id` diagnostic reports replaced by the current
 * id, so that the engine sees only ids the pathway defines. The input is left unchanged; without
 * renames it is returned as is.
 */
export function applyRenames(profile: Profile, drafts: readonly DraftDiagnostic[]): Profile {
  const renames = drafts.filter((d) => d.code === "renamed-id");
  if (renames.length === 0) return profile;
  const copy = structuredClone(profile);
  for (const d of renames) {
    const parent = d.path
      .slice(0, -1)
      .reduce<unknown>(
        (node, key) => (node as Record<string | number, unknown>)[key],
        copy,
      ) as Record<string | number, unknown>;
    parent[d.path[d.path.length - 1] as string | number] = d.data?.renamedTo;
  }
  return copy;
}
