import { type DraftDiagnostic, makeDiagnostic } from "../diagnostics/make-diagnostic.js";
import type { Pathway } from "../model/pathway.js";
import { entries, hasId } from "../model/references.js";

/**
 * Reports steps that grant a credential whose eligibility the pathway marks `not-published`:
 * such a step would be offered to everyone, with no eligibility to check, which is the advice
 * the mark exists to prevent.
 */
export function checkEligibility(pathway: Pathway): DraftDiagnostic[] {
  const out: DraftDiagnostic[] = [];
  for (const [id, step] of entries(pathway.steps)) {
    const granted = step.grants?.credential;
    if (!granted || !hasId(pathway.credentials, granted)) continue;
    if (pathway.credentials[granted]?.eligibility !== "not-published") continue;
    out.push(
      makeDiagnostic(
        "unpublished-eligibility-granted",
        `Expected no step to grant credential \`${granted}\`, whose eligibility is \`not-published\`, found step \`${id}\` granting it.`,
        ["steps", id, "grants", "credential"],
        { data: { step: id, credential: granted } },
      ),
    );
  }
  return out;
}
