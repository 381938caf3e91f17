import { PathwiseError } from "../diagnostics/pathwise-error.js";
import { titleOf } from "../internal/text.js";
import type { Pathway } from "../model/pathway.js";
import type { Goal } from "../model/profile.js";

/**
 * The kind of a goal: a role, a setting or a credential.
 *
 * @example
 * const kind: GoalKind = goalTarget({ credential: "ptcb-cpht" }).kind; // "credential"
 */
export type GoalKind = "role" | "setting" | "credential";

/**
 * A goal's kind and id.
 *
 * @example
 * goalTarget({ setting: "hospital" }); // { kind: "setting", id: "hospital" }
 */
export function goalTarget(goal: Goal): { kind: GoalKind; id: string } {
  if ("role" in goal) return { kind: "role", id: goal.role };
  if ("setting" in goal) return { kind: "setting", id: goal.setting };
  return { kind: "credential", id: goal.credential };
}

/**
 * A goal as text, `role:lead-technician`.
 *
 * @example
 * formatGoal({ role: "lead-technician" }); // "role:lead-technician"
 */
export function formatGoal(goal: Goal): string {
  const { kind, id } = goalTarget(goal);
  return `${kind}:${id}`;
}

/**
 * Reads a goal written as `role:ID`, `setting:ID` or `credential:ID` and checks that the pathway
 * defines it. Throws a {@link PathwiseError} (`invalid-argument`) naming the problem otherwise.
 *
 * @example
 * planRoute(pathway, profile, parseGoal("role:lead-technician", pathway), { date: "2026-11-24" });
 */
export function parseGoal(text: string, pathway?: Pathway): Goal {
  const match = /^(role|setting|credential):(.+)$/.exec(text.trim());
  if (!match) {
    throw new PathwiseError(
      "invalid-argument",
      `Expected a goal as role:ID, setting:ID or credential:ID, found \`${text}\`.`,
    );
  }
  const kind = match[1] as GoalKind;
  const id = match[2] as string;
  if (pathway) {
    const collection = pathway[`${kind}s` as "roles" | "settings" | "credentials"];
    if (!Object.hasOwn(collection, id)) {
      throw new PathwiseError(
        "invalid-argument",
        `Expected a ${kind} of pathway \`${pathway.id}\`, found \`${id}\`.`,
      );
    }
  }
  return kind === "role" ? { role: id } : kind === "setting" ? { setting: id } : { credential: id };
}

/** The title of a goal's target. @internal */
export function goalTitle(pathway: Pathway, goal: Goal): string {
  const { kind, id } = goalTarget(goal);
  const collection = pathway[`${kind}s` as "roles" | "settings" | "credentials"] as Record<
    string,
    { title: string }
  >;
  return titleOf(collection, id);
}
