import type { GraphEdge, GraphNode, PathwayGraph } from "./pathway-graph.js";

const edgeStyles: Record<GraphEdge["kind"], string> = {
  requires: "",
  alternative: ' [style="dashed"]',
  blocks: ' [arrowhead="tee", color="#c62828"]',
  grants: ' [style="bold"]',
  renews: ' [style="dotted", label="renews"]',
};

const nodeStyles: Record<GraphNode["kind"], string> = {
  role: 'shape="box", style="rounded,filled", fillcolor="#e3f2fd"',
  credential: 'shape="hexagon", style="filled", fillcolor="#fff8e1"',
  step: 'shape="box", style="filled", fillcolor="#f1f8e9"',
};

/**
 * The pathway as a Graphviz DOT digraph (`dot -Tsvg`), with the same groups and edge kinds as
 * the Mermaid output: clusters for roles, credentials and each strategy's steps.
 */
export function renderDot(graph: PathwayGraph): string {
  const lines = [
    `digraph ${dotString(graph.id)} {`,
    `  label=${dotString(graph.title)};`,
    "  rankdir=LR;",
    '  node [fontname="Helvetica"];',
    '  edge [fontname="Helvetica"];',
  ];
  for (const [i, group] of graph.groups.entries()) {
    lines.push(`  subgraph cluster_${i} {`, `    label=${dotString(group.label)};`);
    for (const n of group.nodes) {
      lines.push(`    ${dotString(n.key)} [label=${dotString(n.title)}, ${nodeStyles[n.kind]}];`);
    }
    lines.push("  }");
  }
  for (const e of graph.edges) {
    lines.push(`  ${dotString(e.from)} -> ${dotString(e.to)}${edgeStyles[e.kind]};`);
  }
  lines.push("}");
  return `${lines.join("\n")}\n`;
}

/** A DOT quoted string. */
function dotString(text: string): string {
  return `"${text.replace(/\\/g, "\\\\").replace(/"/g, '\\"').replace(/\r?\n/g, "\\n")}"`;
}
