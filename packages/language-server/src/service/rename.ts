import { isValidId } from "@pathwise/core";
import { kindLabel } from "@pathwise/core/editor";
import type { ServiceDocument } from "./analysed-document.js";
import { type Answer, answer, type Refusal, refuse } from "./answer.js";
import { type IdTarget, idTargetAt } from "./id-target.js";
import type { ProfileCandidate } from "./profiles-by-pathway.js";
import { type Location, referencesTo } from "./references.js";
import type { Edit, Span } from "./span.js";

/** An edit of one document of the workspace. */
export interface LocatedEdit extends Location {
  readonly newText: string;
}

/**
 * Why the target cannot be renamed, if it cannot: from a profile, the pathway must define the id
 * (a misspelt reference is corrected, not renamed).
 */
export function renameRefusal(target: IdTarget): Refusal | undefined {
  if (target.from === "pathway" || target.pathway.doc.index.definition(target.kind, target.id))
    return undefined;
  return refuse(
    `\`${target.id}\` is not a ${kindLabel[target.kind]} of pathway \`${target.pathwayId}\`, so there is no definition to rename; correct the reference instead.`,
  );
}

/**
 * The edits that rename the target's id in its pathway and in those of `profiles` that name the
 * pathway; refuses an invalid id, or one the pathway already defines for that kind.
 */
export function renameTarget(
  target: IdTarget,
  profiles: Iterable<ProfileCandidate>,
  newId: string,
): Answer<LocatedEdit[]> {
  const refusal = renameRefusal(target);
  if (refusal) return refusal;
  if (!isValidId(newId))
    return refuse(
      `\`${newId}\` is not a valid id: use lowercase kebab-case, such as \`lead-technician\`.`,
    );
  if (newId !== target.id && target.pathway.doc.index.definition(target.kind, newId))
    return refuse(`A ${kindLabel[target.kind]} \`${newId}\` already exists.`);
  return answer(
    referencesTo(target, profiles).map((location) => ({ ...location, newText: newId })),
  );
}

/** The id that a rename at the cursor would change, if any. */
export function prepareRename(
  doc: ServiceDocument,
  offset: number,
): (Span & { placeholder: string }) | undefined {
  const occurrence = doc.index.at(offset);
  return occurrence && { start: occurrence.start, end: occurrence.end, placeholder: occurrence.id };
}

/**
 * Renames the id under the cursor everywhere in this pathway; refuses invalid or taken ids. (The
 * server's rename reaches the pathway's profiles too.)
 */
export function rename(doc: ServiceDocument, offset: number, newId: string): Answer<Edit[]> {
  const target = idTargetAt(doc, "", offset);
  if (!target.ok) return target;
  const result = renameTarget(target.value, [], newId);
  if (!result.ok) return result;
  return answer(result.value.map((e) => ({ ...e.span, newText: e.newText })));
}
