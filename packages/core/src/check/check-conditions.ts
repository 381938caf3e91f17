import type { PathSegment } from "../diagnostics/diagnostic.js";
import { type DraftDiagnostic, makeDiagnostic } from "../diagnostics/make-diagnostic.js";
import { appendAll } from "../internal/append.js";
import { approximateDays } from "../internal/dates.js";
import { type DerivedMemo, memoTable, remembered } from "../internal/derived-memo.js";
import type { Condition } from "../model/condition.js";
import type { Pathway } from "../model/pathway.js";
import { entries } from "../model/references.js";

/**
 * Reports conditions that can never hold, whatever the person: `atLeast` more than its options,
 * an `all` that requires something and its negation, or two different jurisdictions at once, and
 * experience asked for inside a window shorter than the experience itself.
 */
export function checkConditions(pathway: Pathway, memo?: DerivedMemo): DraftDiagnostic[] {
  const out: DraftDiagnostic[] = [];
  const table = memoTable(memo, "conditions");
  for (const [collection, record] of [
    ["credentials", pathway.credentials],
    ["roles", pathway.roles],
    ["steps", pathway.steps],
  ] as const) {
    for (const [id, entity] of entries(record as Record<string, { requires?: Condition }>)) {
      const requires = entity.requires;
      if (!requires) continue;
      // A condition's findings depend on it alone: reused while the entity's data is.
      const found = remembered(table, entity, collection, id, () =>
        conditionFindings(requires, [collection, id, "requires"]),
      );
      appendAll(out, found);
    }
  }
  return out;
}

/** The findings inside one entity's `requires`, at its path. */
function conditionFindings(condition: Condition, at: PathSegment[]): DraftDiagnostic[] {
  const out: DraftDiagnostic[] = [];
  const visit = (c: Condition, path: PathSegment[]) => {
    if ("all" in c) {
      c.all.forEach((x, i) => visit(x, [...path, "all", i]));
      contradictions(c.all, path, out);
    } else if ("any" in c) c.any.forEach((x, i) => visit(x, [...path, "any", i]));
    else if ("not" in c) visit(c.not, [...path, "not"]);
    else if ("atLeast" in c) {
      c.of.forEach((x, i) => visit(x, [...path, "of", i]));
      if (c.atLeast > c.of.length) {
        out.push(
          makeDiagnostic(
            "impossible-condition",
            `Expected \`atLeast\` to be at most the ${c.of.length} options listed in \`of\`, found ${c.atLeast}.`,
            [...path, "atLeast"],
            { data: { atLeast: c.atLeast, options: c.of.length } },
          ),
        );
      }
    } else if ("experience" in c) {
      const e = c.experience;
      const needDays =
        e.years !== undefined
          ? e.years * 365.25
          : e.months !== undefined
            ? e.months * 30.4375
            : undefined;
      const needHoursDays = e.hours !== undefined ? e.hours / 168 : undefined;
      if (e.within) {
        const windowDays = approximateDays(e.within);
        const need = needDays ?? needHoursDays ?? 0;
        if (need > windowDays + 0.5) {
          out.push(
            makeDiagnostic(
              "impossible-condition",
              "Expected the `within` window to be at least as long as the experience it asks for, found a shorter window.",
              [...path, "experience", "within"],
              { data: { neededDays: Math.round(need), windowDays: Math.round(windowDays) } },
            ),
          );
        }
      }
    }
  };
  visit(condition, at);
  return out;
}

function contradictions(
  list: readonly Condition[],
  path: PathSegment[],
  out: DraftDiagnostic[],
): void {
  const positives = new Map<string, number>();
  list.forEach((c, i) => {
    if (!("not" in c)) positives.set(JSON.stringify(c), i);
  });
  list.forEach((c, i) => {
    if ("not" in c && positives.has(JSON.stringify(c.not))) {
      out.push(
        makeDiagnostic(
          "impossible-condition",
          `Expected \`all\` to be satisfiable, found a condition and its negation (items ${positives.get(JSON.stringify(c.not))} and ${i}).`,
          [...path, "all", i],
          { target: "key" },
        ),
      );
    }
  });
  const places = list.flatMap((c, i) => ("jurisdiction" in c ? [{ code: c.jurisdiction, i }] : []));
  for (let a = 0; a < places.length; a++) {
    for (let b = a + 1; b < places.length; b++) {
      const x = (places[a] as { code: string }).code;
      const y = places[b] as { code: string; i: number };
      if (x === y.code || x.startsWith(`${y.code}-`) || y.code.startsWith(`${x}-`)) continue;
      out.push(
        makeDiagnostic(
          "impossible-condition",
          `Expected one jurisdiction in \`all\`, found both \`${x}\` and \`${y.code}\`.`,
          [...path, "all", y.i, "jurisdiction"],
          { data: { jurisdictions: [x, y.code] } },
        ),
      );
    }
  }
}
