import { type DraftDiagnostic, makeDiagnostic } from "../diagnostics/make-diagnostic.js";
import type { RequirementEdge } from "./requirement-graph.js";

/**
 * Reports each requirement cycle once, naming the chain (`role:a → credential:b → role:a`) at
 * the requirement that starts it. Strongly connected components are found iteratively, so a long
 * chain cannot overflow the stack.
 */
export function checkCycles(
  graph: ReadonlyMap<string, readonly RequirementEdge[]>,
): DraftDiagnostic[] {
  const out: DraftDiagnostic[] = [];
  for (const component of stronglyConnected(graph)) {
    const members = new Set(component);
    const start = [...component].sort()[0] as string;
    const selfLoop = (graph.get(start) ?? []).find((e) => e.to === start);
    if (component.length === 1 && !selfLoop) continue;
    const chain = selfLoop ? [selfLoop] : shortestCycle(graph, start, members);
    if (chain.length === 0) continue;
    const names = [...chain.map((e) => e.from), start].map(label);
    const first = chain[0] as RequirementEdge;
    out.push(
      makeDiagnostic(
        "requirement-cycle",
        `Expected requirements without a cycle, found ${names.join(" → ")}.`,
        first.path,
        {
          data: { cycle: [...chain.map((e) => e.from), start] },
        },
      ),
    );
  }
  return out;
}

function label(node: string): string {
  const [kind, id] = node.split(":");
  return `${kind} \`${id}\``;
}

function shortestCycle(
  graph: ReadonlyMap<string, readonly RequirementEdge[]>,
  start: string,
  members: ReadonlySet<string>,
): RequirementEdge[] {
  const via = new Map<string, RequirementEdge>();
  const queue = [start];
  for (let i = 0; i < queue.length; i++) {
    const node = queue[i] as string;
    for (const edge of graph.get(node) ?? []) {
      if (!members.has(edge.to)) continue;
      if (edge.to === start) {
        const chain = [edge];
        let cursor = node;
        while (cursor !== start) {
          const back = via.get(cursor) as RequirementEdge;
          chain.unshift(back);
          cursor = back.from;
        }
        return chain;
      }
      if (!via.has(edge.to)) {
        via.set(edge.to, edge);
        queue.push(edge.to);
      }
    }
  }
  return [];
}

/** Tarjan's algorithm without recursion; components come out in a deterministic order. */
function stronglyConnected(graph: ReadonlyMap<string, readonly RequirementEdge[]>): string[][] {
  const index = new Map<string, number>();
  const low = new Map<string, number>();
  const onStack = new Set<string>();
  const stack: string[] = [];
  const components: string[][] = [];
  let counter = 0;
  const nodes = [...graph.keys()].sort();
  for (const root of nodes) {
    if (index.has(root)) continue;
    const work: { node: string; edge: number }[] = [{ node: root, edge: 0 }];
    index.set(root, counter);
    low.set(root, counter++);
    stack.push(root);
    onStack.add(root);
    while (work.length > 0) {
      const frame = work[work.length - 1] as { node: string; edge: number };
      const edges = graph.get(frame.node) ?? [];
      if (frame.edge < edges.length) {
        const next = (edges[frame.edge++] as RequirementEdge).to;
        if (!index.has(next)) {
          index.set(next, counter);
          low.set(next, counter++);
          stack.push(next);
          onStack.add(next);
          work.push({ node: next, edge: 0 });
        } else if (onStack.has(next)) {
          low.set(frame.node, Math.min(low.get(frame.node) as number, index.get(next) as number));
        }
        continue;
      }
      work.pop();
      const parent = work[work.length - 1];
      if (parent)
        low.set(
          parent.node,
          Math.min(low.get(parent.node) as number, low.get(frame.node) as number),
        );
      if (low.get(frame.node) === index.get(frame.node)) {
        const component: string[] = [];
        let member: string;
        do {
          member = stack.pop() as string;
          onStack.delete(member);
          component.push(member);
        } while (member !== frame.node);
        components.push(component);
      }
    }
  }
  return components;
}
