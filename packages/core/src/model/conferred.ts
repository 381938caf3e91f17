import type { Condition } from "./condition.js";

// The rule for a role marked `conferred`: its requirements confer it, so they must be a status a
// person holds or not on each day: only `credential` and `role` conditions, joined by `all`, `any`
// and `atLeast`, and no way to meet them without a credential.

/** The conditions a combinator joins; none for a leaf. @internal */
export function parts(c: Condition): readonly Condition[] | undefined {
  return "all" in c ? c.all : "any" in c ? c.any : "atLeast" in c ? c.of : undefined;
}

/**
 * Whether a condition made only of `credential` and `role` conditions, joined by `all`, `any`
 * and `atLeast`, cannot be met without a credential; `undefined` when it has any other kind of
 * condition. Collects the credentials it names into `named`.
 * @internal
 */
export function needsCredential(c: Condition, named: Set<string>): boolean | undefined {
  if ("credential" in c) {
    named.add(c.credential);
    return true;
  }
  if ("role" in c) return false;
  const list = parts(c);
  const needs = list?.map((o) => needsCredential(o, named));
  if (!list || !needs || needs.includes(undefined)) return undefined;
  const without = needs.filter((n) => !n).length;
  return without < ("all" in c ? list.length : "atLeast" in c ? c.atLeast : 1);
}
