import { type DraftDiagnostic, makeDiagnostic } from "../diagnostics/make-diagnostic.js";
import type { Pathway } from "../model/pathway.js";
import { entries } from "../model/references.js";

/**
 * Reports facts that cite no source. Facts are credentials (eligibility, renewal and fees) and
 * steps that state a cost; roles, settings and advice-only steps may cite sources but need not.
 */
export function checkSources(pathway: Pathway): DraftDiagnostic[] {
  const out: DraftDiagnostic[] = [];
  for (const [id, credential] of entries(pathway.credentials)) {
    if (!credential.sources || credential.sources.length === 0) {
      out.push(
        makeDiagnostic(
          "missing-source",
          `Expected credential \`${id}\` to cite a source, found none.`,
          ["credentials", id],
          {
            target: "key",
            data: { kind: "credential", id },
          },
        ),
      );
    }
  }
  for (const [id, step] of entries(pathway.steps)) {
    if (step.effort?.cost && (!step.sources || step.sources.length === 0)) {
      out.push(
        makeDiagnostic(
          "missing-source",
          `Expected step \`${id}\`, which states a cost, to cite a source, found none.`,
          ["steps", id],
          {
            target: "key",
            data: { kind: "step", id },
          },
        ),
      );
    }
  }
  return out;
}
