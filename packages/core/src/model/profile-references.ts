import type { PathSegment } from "../diagnostics/diagnostic.js";
import type { EntityKind } from "./entity-kind.js";

const goalKinds: ReadonlySet<PathSegment> = new Set(["role", "setting", "credential"]);
const expectationLists: ReadonlySet<PathSegment> = new Set([
  "next",
  "includes",
  "excludes",
  "plan",
]);

/**
 * The kind of pathway id expected at a data path of a profile, or `undefined` where no id is
 * expected. Like {@link referenceSlotAt} for pathways, it works on any path, also in a profile
 * that does not validate yet, so editors can complete ids from the pathway the profile names.
 * Agrees with the ids the profile checks look up (a test checks it).
 *
 * @example
 * profileReferenceSlotAt(["history", 0, "setting"]); // "setting"
 * profileReferenceSlotAt(["ce", 2, "categories", 0]); // "ceCategory"
 */
export function profileReferenceSlotAt(path: readonly PathSegment[]): EntityKind | undefined {
  const [first, index, field, item] = path;
  if (path.length === 1) return first === "role" || first === "setting" ? first : undefined;
  if (typeof index !== "number" && first !== "expect") return undefined;
  if (path.length === 3) {
    if (first === "history" && (field === "role" || field === "setting")) return field;
    if (first === "credentials" && field === "id") return "credential";
    if (first === "completed" && field === "step") return "step";
    if (first === "goals" && goalKinds.has(field as PathSegment))
      return field as "role" | "setting" | "credential";
    if (
      first === "expect" &&
      expectationLists.has(index as PathSegment) &&
      typeof field === "number"
    )
      return "step";
    return undefined;
  }
  if (path.length === 4 && first === "ce" && field === "categories" && typeof item === "number")
    return "ceCategory";
  return undefined;
}
