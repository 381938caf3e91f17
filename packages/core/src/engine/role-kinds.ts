import { memoizedClosure } from "../internal/closure.js";
import type { Condition } from "../model/condition.js";
import type { Pathway } from "../model/pathway.js";

/**
 * The roles that working in `role` also counts as, itself included: a role whose requirements
 * need another role on every path (`sterile-compounding-technician` needs `pharmacy-technician`)
 * is a kind of it, transitively. So a lead technician has worked as a certified technician, and
 * their work counts as experience in both. @internal
 */
export const rolesCountedAs = memoizedClosure<Pathway>((pathway, role) =>
  requiredRoles(Object.hasOwn(pathway.roles, role) ? pathway.roles[role]?.requires : undefined),
);

/** Whether someone who held any of `held` counts as having held `role`. @internal */
export function countsAsRole(pathway: Pathway, held: Iterable<string>, role: string): boolean {
  for (const r of held) if (rolesCountedAs(pathway, r).has(role)) return true;
  return false;
}

/** Roles a condition needs on every path: through `all`, and in every option of `any`. */
function requiredRoles(condition: Condition | undefined): string[] {
  if (!condition) return [];
  if ("role" in condition) return [condition.role];
  if ("all" in condition) return condition.all.flatMap(requiredRoles);
  if ("any" in condition) {
    const [first, ...rest] = condition.any.map((c) => new Set(requiredRoles(c)));
    return first ? [...first].filter((r) => rest.every((s) => s.has(r))) : [];
  }
  return [];
}
