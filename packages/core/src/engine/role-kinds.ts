import type { Condition } from "../model/condition.js";
import type { Pathway } from "../model/pathway.js";

const cache = new WeakMap<Pathway, Map<string, ReadonlySet<string>>>();

/**
 * The roles that working in `role` also counts as, itself included: a role whose requirements
 * need another role on every path (`sterile-compounding-technician` needs `pharmacy-technician`)
 * is a kind of it, transitively. So a lead technician has worked as a certified technician, and
 * their work counts as experience in both. @internal
 */
export function rolesCountedAs(pathway: Pathway, role: string): ReadonlySet<string> {
  let memo = cache.get(pathway);
  if (!memo) {
    memo = new Map();
    cache.set(pathway, memo);
  }
  const hit = memo.get(role);
  if (hit) return hit;
  const out = new Set<string>([role]);
  const queue = [role];
  while (queue.length > 0) {
    const next = queue.pop() as string;
    const requires = Object.hasOwn(pathway.roles, next) ? pathway.roles[next]?.requires : undefined;
    for (const needed of requiredRoles(requires)) {
      if (!out.has(needed)) {
        out.add(needed);
        queue.push(needed);
      }
    }
  }
  memo.set(role, out);
  return out;
}

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
