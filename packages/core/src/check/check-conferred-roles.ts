import type { PathSegment } from "../diagnostics/diagnostic.js";
import { type DraftDiagnostic, makeDiagnostic } from "../diagnostics/make-diagnostic.js";
import type { Condition } from "../model/condition.js";
import { needsCredential, parts } from "../model/conferred.js";
import type { Pathway } from "../model/pathway.js";
import { entries } from "../model/references.js";

/**
 * Reports roles marked `conferred` whose requirements cannot confer them: none at all, a kind of
 * condition other than `credential` and `role` (joined by `all`, `any`, `atLeast`), or a way to
 * meet them without any credential.
 */
export function checkConferredRoles(pathway: Pathway): DraftDiagnostic[] {
  const out: DraftDiagnostic[] = [];
  for (const [id, role] of entries(pathway.roles)) {
    if (!role.conferred) continue;
    const at: PathSegment[] = ["roles", id];
    if (!role.requires) {
      out.push(
        makeDiagnostic(
          "invalid-conferred-role",
          `Expected conferred role \`${id}\` to have \`requires\` naming the credentials that confer it, found none.`,
          [...at, "conferred"],
          { data: { id } },
        ),
      );
      continue;
    }
    const other = otherCondition(role.requires, [...at, "requires"]);
    if (other) {
      out.push(
        makeDiagnostic(
          "invalid-conferred-role",
          `Expected the requirements of conferred role \`${id}\` to use only \`credential\` and \`role\` conditions, found \`${other.kind}\`.`,
          other.path,
          { data: { id, kind: other.kind } },
        ),
      );
    } else if (!needsCredential(role.requires, new Set())) {
      out.push(
        makeDiagnostic(
          "invalid-conferred-role",
          `Expected the requirements of conferred role \`${id}\` to need a credential, found a way to meet them without one.`,
          [...at, "requires"],
          { data: { id } },
        ),
      );
    }
  }
  return out;
}

/** The first condition that is not `credential`, `role`, `all`, `any` or `atLeast`. */
function otherCondition(
  c: Condition,
  path: PathSegment[],
): { kind: string; path: PathSegment[] } | undefined {
  if ("credential" in c || "role" in c) return undefined;
  const list = parts(c);
  if (!list) return { kind: Object.keys(c)[0] ?? "", path };
  const key = "all" in c ? "all" : "any" in c ? "any" : "of";
  for (const [i, o] of list.entries()) {
    const found = otherCondition(o, [...path, key, i]);
    if (found) return found;
  }
  return undefined;
}
