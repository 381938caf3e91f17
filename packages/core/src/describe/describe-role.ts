import type { Pathway, Role } from "../model/pathway.js";
import { entries } from "../model/references.js";
import { joinAnd, quoted, titleIn } from "./_words.js";
import { describeCondition } from "./describe-condition.js";

/**
 * The sentences that describe a role: where it exists, what a person needs to be ready for it,
 * whether meeting that confers it, its codes, and the steps that lead to it. @internal
 */
export function roleSentences(pathway: Pathway, id: string, r: Role): string[] {
  const out: string[] = [];
  if (r.settings && r.settings.length > 0)
    out.push(`It exists in ${joinAnd(r.settings.map((s) => titleIn(pathway.settings, s)))}.`);
  if (r.requires) {
    const text = describeCondition(r.requires, pathway);
    out.push(
      r.conferred
        ? `Held, with no change of job, on the days a person ${text}.`
        : `Ready for it: a person who ${text}.`,
    );
  } else out.push("The pathway states no requirement for it.");
  const codes = entries(r.codes).map(([scheme, code]) => `${scheme.toUpperCase()} ${code}`);
  if (codes.length > 0) out.push(`Its codes: ${joinAnd(codes)}.`);
  const granting = entries(pathway.steps).filter(([, s]) => s.grants?.role === id);
  for (const [, step] of granting) out.push(`The step ${quoted(step.title)} leads into it.`);
  return out;
}
