import type { Condition, ExperienceRequirement } from "../model/condition.js";
import type { Pathway } from "../model/pathway.js";
import { formatDuration, formatHours, quoted, titleIn } from "./_words.js";

/**
 * A condition in plain words, as what a person must meet: `holds an active X and has at least
 * 3 years of work`. Nested groups are bracketed so that each `and`/`or` binds as in the data.
 *
 * @example
 * describeCondition({ any: [{ step: "course" }, { experience: { hours: 500 } }] }, pathway)
 * // "has completed “Take the course” or has at least 500 hours of work"
 */
export function describeCondition(condition: Condition, pathway: Pathway): string {
  return words(condition, pathway, 0);
}

// Conditions nest at most as deep as the loader allows; the depth guard keeps this bounded anyway.
const maxDepth = 64;

function words(c: Condition, pathway: Pathway, depth: number): string {
  if (depth > maxDepth) return "(a condition nested too deeply to describe)";
  const inner = (x: Condition) => {
    const text = words(x, pathway, depth + 1);
    return isGroup(x) ? `[${text}]` : text;
  };
  if ("all" in c) return c.all.map(inner).join(" and ");
  if ("any" in c) return c.any.map(inner).join(" or ");
  if ("atLeast" in c)
    return `at least ${c.atLeast} of: ${c.of.map((x) => words(x, pathway, depth + 1)).join("; ")}`;
  if ("not" in c) return `not [${words(c.not, pathway, depth + 1)}]`;
  if ("credential" in c) return `holds an active ${titleIn(pathway.credentials, c.credential)}`;
  if ("role" in c) return `works as ${titleIn(pathway.roles, c.role)}`;
  if ("step" in c) return `has completed ${quoted(titleIn(pathway.steps, c.step))}`;
  if ("setting" in c) return `works in ${titleIn(pathway.settings, c.setting)}`;
  if ("experience" in c) return experience(c.experience, pathway);
  return `works in jurisdiction ${c.jurisdiction}`;
}

function isGroup(c: Condition): boolean {
  return "all" in c || "any" in c || "atLeast" in c;
}

function experience(e: ExperienceRequirement, pathway: Pathway): string {
  const amount =
    e.years !== undefined
      ? formatDuration({ years: e.years })
      : e.months !== undefined
        ? formatDuration({ months: e.months })
        : formatHours(e.hours ?? 0);
  const as = e.role ? ` as ${titleIn(pathway.roles, e.role)}` : "";
  const where = e.setting ? ` in ${titleIn(pathway.settings, e.setting)}` : "";
  const within = e.within ? ` within the last ${formatDuration(e.within)}` : "";
  return `has at least ${amount} of work${as}${where}${within}`;
}
