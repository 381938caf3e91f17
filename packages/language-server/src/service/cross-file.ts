import { type EntityKind, isValidId, kindLabel } from "@pathwise/core";
import { isMap, isScalar, type Node } from "yaml";
import type { AnalysedDocument, Span } from "./language-service.js";
import { idOf, type PathwayCandidate } from "./pathway-finder.js";
import type { ProfileCandidate } from "./profiles-by-pathway.js";

/** A span of one document of the workspace. */
export interface Location {
  readonly uri: string;
  /** The document the span is in (its `analysis.position` turns offsets into lines). */
  readonly doc: AnalysedDocument;
  readonly span: Span;
}

/** An edit of one document of the workspace. */
export interface LocatedEdit extends Location {
  readonly newText: string;
}

/**
 * A pathway's id under the cursor, in the pathway or in a profile that names the pathway: what
 * references and rename follow across the pathway and its profiles.
 */
export interface IdTarget {
  readonly kind: EntityKind;
  readonly id: string;
  /** The occurrence under the cursor. */
  readonly span: Span;
  /** Whether the cursor is in the pathway or in a profile. */
  readonly from: "pathway" | "profile";
  /** The pathway the id belongs to. */
  readonly pathway: PathwayCandidate;
  /** The id that pathway declares, by which profiles name it. */
  readonly pathwayId: string | undefined;
}

/** Why there is no {@link IdTarget} under the cursor, as a sentence for the user. */
export interface NoTarget {
  readonly refusal: string;
}

const pathwayKinds = "a source, setting, strategy, CE category, credential, role or step";
const profileKinds = "a role, setting, credential, step or CE category";
const ownId =
  "The pathway's own id is not renamed here: change `id` in the pathway and `pathway` in its profiles.";

/**
 * The pathway id under the cursor. In a profile, the id belongs to the pathway the profile names,
 * which must have been found (a pathway that stands in for another is not the profile's).
 */
export function idTargetAt(
  doc: AnalysedDocument,
  uri: string,
  offset: number,
): IdTarget | NoTarget {
  const occurrence = doc.index.at(offset);
  if (doc.kind === "pathway") {
    if (!occurrence) {
      return {
        refusal: within(pathwayIdSpan(doc.analysis.root), offset)
          ? ownId
          : `There is no id to rename here: put the cursor on the id of ${pathwayKinds}.`,
      };
    }
    return {
      kind: occurrence.kind,
      id: occurrence.id,
      span: { start: occurrence.start, end: occurrence.end },
      from: "pathway",
      pathway: { uri, doc },
      pathwayId: idOf(doc),
    };
  }
  if (!occurrence) {
    return {
      refusal: within(doc.pathwayId, offset)
        ? ownId
        : `There is no id to rename here: put the cursor on the id of ${profileKinds}.`,
    };
  }
  const named = doc.pathwayId?.id;
  if (named === undefined)
    return { refusal: `\`${occurrence.id}\` cannot be renamed: the profile names no pathway.` };
  if (!doc.pathway || idOf(doc.pathway.doc) !== named) {
    return {
      refusal: `\`${occurrence.id}\` cannot be renamed: pathway \`${named}\`, which the profile names, was not found.`,
    };
  }
  return {
    kind: occurrence.kind,
    id: occurrence.id,
    span: { start: occurrence.start, end: occurrence.end },
    from: "profile",
    pathway: doc.pathway,
    pathwayId: named,
  };
}

/**
 * Why the target cannot be renamed, if it cannot: from a profile, the pathway must define the id
 * (a misspelt reference is corrected, not renamed).
 */
export function renameRefusal(target: IdTarget): string | undefined {
  if (target.from === "pathway" || target.pathway.doc.index.definition(target.kind, target.id))
    return undefined;
  return `\`${target.id}\` is not a ${kindLabel[target.kind]} of pathway \`${target.pathwayId}\`, so there is no definition to rename; correct the reference instead.`;
}

/**
 * Every occurrence of the target's id: in its pathway (the definition first, and only when
 * `includeDeclaration`), then in those of `profiles` that name the pathway, in the order given.
 */
export function referencesTo(
  target: IdTarget,
  profiles: Iterable<ProfileCandidate>,
  includeDeclaration = true,
): Location[] {
  const { uri, doc } = target.pathway;
  const found: Location[] = doc.index
    .occurrencesOf(target.kind, target.id)
    .filter((o) => includeDeclaration || o.role === "reference")
    .map((o) => ({ uri, doc, span: { start: o.start, end: o.end } }));
  for (const profile of profiles) {
    if (target.pathwayId === undefined || profile.doc.pathwayId?.id !== target.pathwayId) continue;
    for (const o of profile.doc.index.occurrencesOf(target.kind, target.id))
      found.push({ uri: profile.uri, doc: profile.doc, span: { start: o.start, end: o.end } });
  }
  return found;
}

/**
 * The edits that rename the target's id in its pathway and in those of `profiles` that name the
 * pathway; refuses an invalid id, or one the pathway already defines for that kind.
 */
export function renameTarget(
  target: IdTarget,
  profiles: Iterable<ProfileCandidate>,
  newId: string,
): { edits: LocatedEdit[] } | { error: string } {
  const refusal = renameRefusal(target);
  if (refusal) return { error: refusal };
  if (!isValidId(newId))
    return {
      error: `\`${newId}\` is not a valid id: use lowercase kebab-case, such as \`lead-technician\`.`,
    };
  if (newId !== target.id && target.pathway.doc.index.definition(target.kind, newId))
    return { error: `A ${kindLabel[target.kind]} \`${newId}\` already exists.` };
  return {
    edits: referencesTo(target, profiles).map((location) => ({ ...location, newText: newId })),
  };
}

const within = (span: Span | undefined, offset: number) =>
  span !== undefined && offset >= span.start && offset <= span.end;

/** Where a pathway's own `id` value is. */
function pathwayIdSpan(root: Node | undefined): Span | undefined {
  if (!isMap(root)) return undefined;
  const value = root.items.find((p) => isScalar(p.key) && p.key.value === "id")?.value;
  const range = isScalar(value) ? value.range : undefined;
  return range ? { start: range[0], end: range[1] } : undefined;
}
