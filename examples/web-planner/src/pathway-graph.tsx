// The pathway's requirement graph as lists of edges: what each role and credential needs, and
// which steps lead to it. The person's own credentials, role and completed steps are marked.
import { collectReferences, kindLabel } from "@pathwise/core/editor";
import type { Pathway, Profile } from "@pathwise/core/engine";
import { useMemo } from "react";

interface Edge {
  readonly to: string;
  readonly negated: boolean;
}
interface Node {
  readonly key: string;
  readonly title: string;
  readonly needs: Edge[];
  readonly grantedBy: string[];
}

function buildGraph(pathway: Pathway): Node[] {
  const nodes = new Map<string, Node>();
  for (const [kind, collection] of [
    ["role", pathway.roles],
    ["credential", pathway.credentials],
  ] as const) {
    for (const [id, entity] of Object.entries(collection)) {
      const key = `${kind}:${id}`;
      nodes.set(key, { key, title: entity.title, needs: [], grantedBy: [] });
    }
  }
  for (const ref of collectReferences(pathway)) {
    const to = `${ref.kind}:${ref.id}`;
    const from = nodes.get(ref.from);
    // A condition may name the same fact in several branches; the graph shows each edge once.
    if (
      ref.inCondition &&
      from &&
      !from.needs.some((e) => e.to === to && e.negated === ref.negated)
    )
      from.needs.push({ to, negated: ref.negated });
    const granted = nodes.get(to);
    if (
      ref.path[0] === "steps" &&
      ref.path[2] === "grants" &&
      granted &&
      !granted.grantedBy.includes(ref.from)
    )
      granted.grantedBy.push(ref.from);
  }
  return [...nodes.values()];
}

/** One end of an edge: its kind, title, and whether the person has it. */
function EdgeEnd(props: {
  readonly target: string;
  readonly title: string;
  readonly held: boolean;
  readonly negated?: boolean;
}) {
  const kind = props.target.split(":")[0] as keyof typeof kindLabel;
  return (
    <li className={props.held ? "ref held" : "ref"}>
      {props.negated && "not "}
      <span className="kind">{kindLabel[kind] ?? kind}</span> {props.title}
      {props.held && <span className="visually-hidden"> (you have this)</span>}
    </li>
  );
}

export function PathwayGraph(props: { readonly pathway: Pathway; readonly profile: Profile }) {
  const { pathway, profile } = props;
  const nodes = useMemo(() => buildGraph(pathway), [pathway]);
  const held = new Set([
    ...(profile.credentials ?? []).map((c) => `credential:${c.id}`),
    ...(profile.completed ?? []).map((c) => `step:${c.step}`),
    ...(profile.history ?? []).map((job) => `role:${job.role}`),
    ...(profile.role ? [`role:${profile.role}`] : []),
    ...(profile.setting ? [`setting:${profile.setting}`] : []),
  ]);
  const titleOf = (key: string) => {
    const [kind, id] = key.split(":") as [string, string];
    const collection = {
      role: pathway.roles,
      credential: pathway.credentials,
      step: pathway.steps,
      setting: pathway.settings,
    }[kind] as Record<string, { title: string }> | undefined;
    return collection?.[id]?.title ?? id;
  };
  return (
    <ul className="graph">
      {nodes.map((node) => (
        <li key={node.key} className={held.has(node.key) ? "node held" : "node"}>
          <h3>
            {node.title}
            {held.has(node.key) && <span className="badge">yours</span>}
          </h3>
          {node.needs.length > 0 && (
            <>
              <p className="edge-label">needs</p>
              <ul>
                {node.needs.map((edge) => (
                  <EdgeEnd
                    key={`${edge.to}${edge.negated}`}
                    target={edge.to}
                    title={titleOf(edge.to)}
                    held={held.has(edge.to)}
                    negated={edge.negated}
                  />
                ))}
              </ul>
            </>
          )}
          {node.grantedBy.length > 0 && (
            <>
              <p className="edge-label">reached by</p>
              <ul>
                {node.grantedBy.map((step) => (
                  <EdgeEnd key={step} target={step} title={titleOf(step)} held={held.has(step)} />
                ))}
              </ul>
            </>
          )}
        </li>
      ))}
    </ul>
  );
}
