import type { Pathway } from "../model/pathway.js";
import { entries } from "../model/references.js";
import type { Source } from "../model/source.js";
import { credentialSentences } from "./describe-credential.js";
import { roleSentences } from "./describe-role.js";
import { stepSentences } from "./describe-step.js";
import type {
  EntityDescription,
  PathwayDescription,
  SourceDescription,
} from "./entity-description.js";

/**
 * Describes a pathway for people who review it rather than read YAML: every credential, role and
 * step in plain sentences built from the same data the engine uses (eligibility, renewal, CE,
 * fees, what each step grants), with the sources each one cites and how each source was read.
 * Entities keep the pathway's order, so the result is deterministic. Pure: no I/O, no clock.
 *
 * @example
 * const description = describePathway(pathway);
 * description.credentials[0]?.sentences; // ["A certification issued by PTCB.", "To earn it, …"]
 */
export function describePathway(pathway: Pathway): PathwayDescription {
  const entity = (
    kind: EntityDescription["kind"],
    id: string,
    e: { title: string; summary?: string | undefined; sources?: readonly string[] | undefined },
    sentences: string[],
  ): EntityDescription => ({
    kind,
    id,
    title: e.title,
    ...(e.summary ? { summary: e.summary } : {}),
    sentences,
    sources: e.sources ?? [],
  });
  const credentials = entries(pathway.credentials).map(([id, c]) =>
    entity("credential", id, c, credentialSentences(pathway, id, c)),
  );
  const roles = entries(pathway.roles).map(([id, r]) =>
    entity("role", id, r, roleSentences(pathway, id, r)),
  );
  const steps = entries(pathway.steps).map(([id, s]) =>
    entity("step", id, s, stepSentences(pathway, s)),
  );
  const citing = new Map<string, string[]>();
  const cite = (from: string, ids: readonly string[] | undefined) => {
    for (const id of ids ?? []) citing.set(id, [...(citing.get(id) ?? []), from]);
  };
  for (const [id, s] of entries(pathway.settings)) cite(`setting:${id}`, s.sources);
  for (const e of [...credentials, ...roles, ...steps]) cite(`${e.kind}:${e.id}`, e.sources);
  const sources = entries(pathway.sources).map(([id, s]) =>
    describeSource(id, s, citing.get(id) ?? []),
  );
  return {
    id: pathway.id,
    title: pathway.title,
    ...(pathway.summary ? { summary: pathway.summary } : {}),
    ...(pathway.jurisdiction ? { jurisdiction: pathway.jurisdiction } : {}),
    reviewed: pathway.reviewed,
    credentials,
    roles,
    steps,
    sources,
  };
}

function describeSource(id: string, s: Source, citedBy: string[]): SourceDescription {
  const checked =
    s.archived === undefined
      ? `Read on ${s.accessed}.`
      : s.archived === "undated"
        ? `Read on ${s.accessed} from an archived copy that shows no date of its own.`
        : `Read on ${s.accessed} from an archived copy of ${s.archived}.`;
  return {
    id,
    title: s.title,
    url: s.url,
    ...(s.publisher ? { publisher: s.publisher } : {}),
    accessed: s.accessed,
    ...(s.archived ? { archived: s.archived } : {}),
    ...(s.note ? { note: s.note } : {}),
    checked,
    citedBy,
  };
}
