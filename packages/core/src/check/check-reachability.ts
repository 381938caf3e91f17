import { type DraftDiagnostic, makeDiagnostic } from "../diagnostics/make-diagnostic.js";
import type { Pathway } from "../model/pathway.js";
import { entries } from "../model/references.js";

/**
 * Reports credentials that nothing can ever reach because no step grants them; people earn
 * credentials by taking steps. Other ways an entity can become unreachable have their own codes
 * (an unknown reference, a requirement cycle, an impossible condition), and entities that are
 * unreachable only because something they require is unreachable are not reported again: one
 * diagnostic per problem, at its cause. A credential marked `eligibility: not-published` is meant
 * to have no granting step (people may hold it; the pathway does not say how to earn it), so it is
 * not reported.
 */
export function checkReachability(pathway: Pathway): DraftDiagnostic[] {
  const granted = new Set<string>();
  for (const [, step] of entries(pathway.steps)) {
    if (step.grants?.credential) granted.add(step.grants.credential);
  }
  const out: DraftDiagnostic[] = [];
  for (const [id, credential] of entries(pathway.credentials)) {
    if (granted.has(id) || credential.eligibility === "not-published") continue;
    out.push(
      makeDiagnostic(
        "unreachable",
        `Expected a step that grants credential \`${id}\`, found none, so nobody can earn it.`,
        ["credentials", id],
        { target: "key", data: { kind: "credential", id } },
      ),
    );
  }
  return out;
}
