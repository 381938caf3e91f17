import type { Condition, Pathway } from "@pathwise/core";

/** A node of the pathway graph: a role, a credential or a step. */
export interface GraphNode {
  /** `kind:id`, unique in the graph. */
  readonly key: string;
  readonly kind: "role" | "credential" | "step";
  readonly id: string;
  readonly title: string;
}

/**
 * An edge, pointing the way a person moves: from what is needed to what it opens.
 * `requires`: needed outright; `alternative`: one of several ways (under `any` or `atLeast`);
 * `blocks`: must not hold (under `not`); `grants` and `renews`: what a step gives.
 */
export interface GraphEdge {
  readonly from: string;
  readonly to: string;
  readonly kind: "requires" | "alternative" | "blocks" | "grants" | "renews";
}

/** A cluster of nodes drawn together. */
export interface GraphGroup {
  /** A stable key such as `roles` or `strategy:certify`. */
  readonly key: string;
  readonly label: string;
  readonly nodes: readonly GraphNode[];
}

/** What the graph renderers draw. */
export interface PathwayGraph {
  readonly id: string;
  readonly title: string;
  readonly groups: readonly GraphGroup[];
  readonly edges: readonly GraphEdge[];
}

/**
 * The graph of a pathway: roles and credentials in a group each, steps grouped by strategy,
 * and the requirement, grant and renewal edges between them (each edge once, in document order).
 */
export function buildPathwayGraph(pathway: Pathway): PathwayGraph {
  const roles = Object.entries(pathway.roles).map(([id, r]) => node("role", id, r.title));
  const credentials = Object.entries(pathway.credentials).map(([id, c]) =>
    node("credential", id, c.title),
  );
  const groups: GraphGroup[] = [
    { key: "roles", label: "Roles", nodes: roles },
    { key: "credentials", label: "Credentials", nodes: credentials },
  ];
  for (const [strategyId, strategy] of Object.entries(pathway.strategies)) {
    const steps = Object.entries(pathway.steps)
      .filter(([, s]) => s.strategy === strategyId)
      .map(([id, s]) => node("step", id, s.title));
    if (steps.length > 0) {
      groups.push({ key: `strategy:${strategyId}`, label: strategy.title, nodes: steps });
    }
  }
  const edges: GraphEdge[] = [];
  const seen = new Set<string>();
  const add = (from: string, to: string, kind: GraphEdge["kind"]) => {
    const key = `${from}>${to}>${kind}`;
    if (seen.has(key)) return;
    seen.add(key);
    edges.push({ from, to, kind });
  };
  const requirements = (target: string, condition: Condition | undefined) => {
    if (condition) walk(condition, "requires", (from, kind) => add(from, target, kind));
  };
  for (const [id, c] of Object.entries(pathway.credentials))
    requirements(`credential:${id}`, c.requires);
  for (const [id, r] of Object.entries(pathway.roles)) requirements(`role:${id}`, r.requires);
  for (const [id, s] of Object.entries(pathway.steps)) {
    requirements(`step:${id}`, s.requires);
    if (s.grants?.credential) add(`step:${id}`, `credential:${s.grants.credential}`, "grants");
    if (s.grants?.role) add(`step:${id}`, `role:${s.grants.role}`, "grants");
    if (s.renews) add(`step:${id}`, `credential:${s.renews}`, "renews");
  }
  return { id: pathway.id, title: pathway.title, groups, edges };
}

function node(kind: GraphNode["kind"], id: string, title: string): GraphNode {
  return { key: `${kind}:${id}`, kind, id, title };
}

type Mode = "requires" | "alternative" | "blocks";

/** Visits the role, credential and step leaves of a condition with how they count. */
function walk(condition: Condition, mode: Mode, visit: (from: string, mode: Mode) => void): void {
  if ("all" in condition) for (const c of condition.all) walk(c, mode, visit);
  else if ("any" in condition) {
    const inner = condition.any.length > 1 && mode === "requires" ? "alternative" : mode;
    for (const c of condition.any) walk(c, inner, visit);
  } else if ("atLeast" in condition) {
    const inner =
      condition.atLeast < condition.of.length && mode === "requires" ? "alternative" : mode;
    for (const c of condition.of) walk(c, inner, visit);
  } else if ("not" in condition) walk(condition.not, "blocks", visit);
  else if ("credential" in condition) visit(`credential:${condition.credential}`, mode);
  else if ("role" in condition) visit(`role:${condition.role}`, mode);
  else if ("step" in condition) visit(`step:${condition.step}`, mode);
}
