import type { EntityKind } from "@pathwise/core/editor";
import { isMap, isScalar, type Node } from "yaml";
import type { AnalysedDocument } from "./analysed-document.js";
import { type Answer, answer, refuse } from "./answer.js";
import { idOf, type PathwayCandidate } from "./pathway-finder.js";
import { type Span, within } from "./span.js";

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

const pathwayKinds = "a source, setting, strategy, CE category, credential, role or step";
const profileKinds = "a role, setting, credential, step or CE category";
const ownId =
  "The pathway's own id is not renamed here: change `id` in the pathway and `pathway` in its profiles.";

/**
 * The pathway id under the cursor, or why there is none. In a profile, the id belongs to the
 * pathway the profile names, which must have been found (a pathway that stands in for another is
 * not the profile's).
 */
export function idTargetAt(doc: AnalysedDocument, uri: string, offset: number): Answer<IdTarget> {
  const occurrence = doc.index.at(offset);
  if (doc.kind === "pathway") {
    if (!occurrence) {
      return refuse(
        within(pathwayIdSpan(doc.analysis.root), offset)
          ? ownId
          : `There is no id to rename here: put the cursor on the id of ${pathwayKinds}.`,
      );
    }
    return answer({
      kind: occurrence.kind,
      id: occurrence.id,
      span: { start: occurrence.start, end: occurrence.end },
      from: "pathway",
      pathway: { uri, doc },
      pathwayId: idOf(doc),
    });
  }
  if (!occurrence) {
    return refuse(
      within(doc.pathwayId, offset)
        ? ownId
        : `There is no id to rename here: put the cursor on the id of ${profileKinds}.`,
    );
  }
  const named = doc.pathwayId?.id;
  if (named === undefined)
    return refuse(`\`${occurrence.id}\` cannot be renamed: the profile names no pathway.`);
  if (!doc.pathway || idOf(doc.pathway.doc) !== named) {
    return refuse(
      `\`${occurrence.id}\` cannot be renamed: pathway \`${named}\`, which the profile names, was not found.`,
    );
  }
  return answer({
    kind: occurrence.kind,
    id: occurrence.id,
    span: { start: occurrence.start, end: occurrence.end },
    from: "profile",
    pathway: doc.pathway,
    pathwayId: named,
  });
}

/** Where a pathway's own `id` value is. */
function pathwayIdSpan(root: Node | undefined): Span | undefined {
  if (!isMap(root)) return undefined;
  const value = root.items.find((p) => isScalar(p.key) && p.key.value === "id")?.value;
  const range = isScalar(value) ? value.range : undefined;
  return range ? { start: range[0], end: range[1] } : undefined;
}
