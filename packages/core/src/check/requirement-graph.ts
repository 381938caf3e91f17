import type { PathSegment } from "../diagnostics/diagnostic.js";
import type { Pathway } from "../model/pathway.js";
import { entries, hasId, type Reference } from "../model/references.js";

/** An edge "`from` cannot happen before `to`", with where the requirement is written. */
export interface RequirementEdge {
  readonly from: string;
  readonly to: string;
  readonly path: readonly PathSegment[];
}

/**
 * The requirement graph over roles, credentials and steps (`kind:id` nodes). A node depends on
 * every entity its `requires` names outside a `not` (experience in a role depends on the role);
 * a step also depends on what the credential it grants requires, because taking the step means
 * meeting that eligibility.
 */
export function buildRequirementGraph(
  pathway: Pathway,
  references: readonly Reference[],
): Map<string, RequirementEdge[]> {
  const graph = new Map<string, RequirementEdge[]>();
  const add = (edge: RequirementEdge) => {
    const list = graph.get(edge.from);
    if (list) list.push(edge);
    else graph.set(edge.from, [edge]);
  };
  const conditionRefs = new Map<string, Reference[]>();
  for (const ref of references) {
    if (!ref.inCondition || ref.negated) continue;
    if (ref.kind !== "role" && ref.kind !== "credential" && ref.kind !== "step") continue;
    const list = conditionRefs.get(ref.from);
    if (list) list.push(ref);
    else conditionRefs.set(ref.from, [ref]);
  }
  for (const [from, refs] of conditionRefs) {
    for (const ref of refs) add({ from, to: `${ref.kind}:${ref.id}`, path: ref.path });
  }
  for (const [id, step] of entries(pathway.steps)) {
    const credential = step.grants?.credential;
    if (!credential || !hasId(pathway.credentials, credential)) continue;
    for (const ref of conditionRefs.get(`credential:${credential}`) ?? []) {
      add({
        from: `step:${id}`,
        to: `${ref.kind}:${ref.id}`,
        path: ["steps", id, "grants", "credential"],
      });
    }
  }
  return graph;
}
