import { type DraftDiagnostic, makeDiagnostic } from "../diagnostics/make-diagnostic.js";
import type { Pathway } from "../model/pathway.js";
import { entries, type Reference } from "../model/references.js";

/** Reports steps that grant, renew, unlock and advance nothing: taking them changes nothing. */
export function checkEmptySteps(
  pathway: Pathway,
  references: readonly Reference[],
): DraftDiagnostic[] {
  const required = new Set(
    references.filter((r) => r.kind === "step" && r.inCondition).map((r) => r.id),
  );
  const out: DraftDiagnostic[] = [];
  for (const [id, step] of entries(pathway.steps)) {
    if (
      step.grants ||
      step.renews ||
      (step.advances && step.advances.length > 0) ||
      required.has(id)
    )
      continue;
    out.push(
      makeDiagnostic(
        "empty-step",
        `Expected step \`${id}\` to grant, renew, unlock or advance something, found nothing.`,
        ["steps", id],
        { target: "key", data: { id } },
      ),
    );
  }
  return out;
}
