import { type DraftDiagnostic, makeDiagnostic } from "../diagnostics/make-diagnostic.js";
import type { Pathway } from "../model/pathway.js";
import { entries } from "../model/references.js";

/**
 * Reports CE rules that no set of activities can ever meet: a minimum in a category the rule
 * does not accept (`excludes`), or an `only` list whose every category is also excluded while
 * hours are needed. One diagnostic per category at fault, at the category itself.
 */
export function checkCeRules(pathway: Pathway): DraftDiagnostic[] {
  const out: DraftDiagnostic[] = [];
  for (const [id, credential] of entries(pathway.credentials)) {
    const ce = credential.renewal?.ce;
    if (!ce?.excludes || ce.excludes.length === 0) continue;
    const excluded = new Set(ce.excludes);
    const base = ["credentials", id, "renewal", "ce"];
    for (const [category, hours] of entries(ce.minimum)) {
      if (hours <= 0 || !excluded.has(category)) continue;
      out.push(
        makeDiagnostic(
          "impossible-ce-rule",
          `Expected a minimum only in CE the renewal accepts, found ${hours} hours of \`${category}\`, which \`excludes\` refuses.`,
          [...base, "minimum", category],
          { target: "key", data: { credential: id, category } },
        ),
      );
    }
    const only = ce.only ?? [];
    if (ce.hours > 0 && only.length > 0 && only.every((c) => excluded.has(c))) {
      out.push(
        makeDiagnostic(
          "impossible-ce-rule",
          `Expected \`only\` to accept some CE that \`excludes\` does not refuse, found every category of \`only\` excluded, so no hours can count.`,
          [...base, "only"],
          { data: { credential: id } },
        ),
      );
    }
  }
  return out;
}
