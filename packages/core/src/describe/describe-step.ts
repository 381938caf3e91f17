import { count } from "../internal/text.js";
import type { Pathway, Step } from "../model/pathway.js";
import { formatHours, formatMoney, joinAnd, titleIn } from "./_words.js";
import { describeCondition } from "./describe-condition.js";

/**
 * The sentences that describe a step: its strategy, what it needs, what it grants or renews,
 * which goals it helps toward, and what it takes (hours, weeks, cost). @internal
 */
export function stepSentences(pathway: Pathway, s: Step): string[] {
  const out = [`A step of the strategy ${titleIn(pathway.strategies, s.strategy)}.`];
  if (s.requires) out.push(`It is open to a person who ${describeCondition(s.requires, pathway)}.`);
  const g = s.grants;
  if (g?.credential) {
    const credential = pathway.credentials[g.credential];
    const eligibility = credential?.requires ? ", once its eligibility holds" : "";
    out.push(`It earns ${titleIn(pathway.credentials, g.credential)}${eligibility}.`);
  }
  if (g?.role) out.push(`It leads into the role ${titleIn(pathway.roles, g.role)}.`);
  if (g?.setting) out.push(`It moves the person into ${titleIn(pathway.settings, g.setting)}.`);
  if (g?.ce) {
    const categories = g.ce.categories ?? [];
    const toward =
      categories.length > 0
        ? ` toward ${joinAnd(categories.map((c) => titleIn(pathway.ceCategories, c)))}`
        : "";
    out.push(`It gives ${formatHours(g.ce.hours)} of continuing education${toward}.`);
  }
  if (s.renews) out.push(`It renews ${titleIn(pathway.credentials, s.renews)}.`);
  if (s.advances && s.advances.length > 0) {
    const goals = s.advances.map((goal) => {
      const [kind, id] = goal.split(":") as [string, string];
      const record =
        kind === "role"
          ? pathway.roles
          : kind === "credential"
            ? pathway.credentials
            : pathway.settings;
      return titleIn(record, id);
    });
    out.push(`It helps toward ${joinAnd(goals)}.`);
  }
  if (s.repeatable) out.push("It can be done again.");
  const effort: string[] = [];
  if (s.effort?.hours !== undefined) effort.push(formatHours(s.effort.hours));
  if (s.effort?.weeks !== undefined) effort.push(count(s.effort.weeks, "week"));
  if (s.effort?.cost) effort.push(formatMoney(s.effort.cost));
  if (effort.length > 0) out.push(`It takes ${joinAnd(effort)}.`);
  return out;
}
