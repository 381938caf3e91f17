import type { GraphEdge, GraphNode, PathwayGraph } from "./pathway-graph.js";

const arrows: Record<GraphEdge["kind"], string> = {
  requires: "-->",
  alternative: "-.->",
  blocks: "--x",
  grants: "==>",
  renews: "-. renews .->",
};

/**
 * The pathway as a Mermaid flowchart (GitHub and most Markdown viewers draw it): roles,
 * credentials and steps by strategy as subgraphs; solid arrows for requirements, dashed for
 * one of several alternatives, crossed for "must not hold", thick for what a step grants.
 */
export function renderMermaid(graph: PathwayGraph): string {
  const lines = [
    "flowchart LR",
    `  %% ${graph.title} (${graph.id})`,
    "  %% solid: required · dashed: one of several · crossed: must not hold · thick: granted by a step",
  ];
  for (const group of graph.groups) {
    lines.push(`  subgraph ${mermaidId(group.key)}["${mermaidText(group.label)}"]`);
    for (const n of group.nodes) lines.push(`    ${renderNode(n)}`);
    lines.push("  end");
  }
  for (const e of graph.edges) {
    lines.push(`  ${mermaidId(e.from)} ${arrows[e.kind]} ${mermaidId(e.to)}`);
  }
  lines.push(
    "  classDef role fill:#e3f2fd,stroke:#1565c0",
    "  classDef credential fill:#fff8e1,stroke:#f9a825",
    "  classDef step fill:#f1f8e9,stroke:#558b2f",
  );
  return `${lines.join("\n")}\n`;
}

function renderNode(n: GraphNode): string {
  const id = mermaidId(n.key);
  const text = `"${mermaidText(n.title)}"`;
  const shape =
    n.kind === "role" ? `(${text})` : n.kind === "credential" ? `{{${text}}}` : `[${text}]`;
  return `${id}${shape}:::${n.kind}`;
}

/** Node ids: `role:lead-tech` → `role_lead_tech` (ids are kebab-case, so this is one-to-one). */
function mermaidId(key: string): string {
  return key.replace(/[^a-zA-Z0-9]/g, "_");
}

/** Text inside a quoted Mermaid label: quotes and entity starts escaped, one line. */
function mermaidText(text: string): string {
  return text.replace(/#/g, "#35;").replace(/"/g, "#quot;").replace(/\s+/g, " ");
}
