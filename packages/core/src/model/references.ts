import type { PathSegment } from "../diagnostics/diagnostic.js";
import type { DerivedMemo } from "../internal/derived-memo.js";
import { collectionOf, type EntityKind } from "./entity-kind.js";
import { entityReferences } from "./entity-references.js";
import type { Pathway } from "./pathway.js";

/**
 * One place where a pathway refers to an entity by id.
 *
 * @example
 * const references: Reference[] = collectReferences(pathway);
 * for (const r of references.filter((r) => r.negated)) console.log(r.from, "must not have", r.id);
 */
export interface Reference {
  readonly kind: EntityKind;
  readonly id: string;
  /** Path of the id value in the pathway data. */
  readonly path: readonly PathSegment[];
  /** The entity whose definition contains the reference, as `kind:id`. */
  readonly from: string;
  /** Whether the reference sits inside a condition (`requires`). */
  readonly inCondition: boolean;
  /** Whether the reference sits under a `not`, so holding it blocks rather than enables. */
  readonly negated: boolean;
  /**
   * Whether the reference is a current id in the `renamed` map (`from` is then `renamed`): it
   * records a rename for saved profiles, so it is no use of the entity and no requirement.
   */
  readonly inRenamed: boolean;
}

/**
 * Every id reference in a pathway, in document order of collections, then the current ids of the
 * `renamed` map (flagged {@link Reference.inRenamed}; its old ids are not references).
 *
 * @example
 * const used = new Set(collectReferences(pathway).filter((r) => r.kind === "step").map((r) => r.id));
 * const unused = Object.keys(pathway.steps).filter((id) => !used.has(id));
 */
export function collectReferences(pathway: Pathway): Reference[] {
  return collectReferencesMemo(pathway, undefined);
}

/** {@link collectReferences}, reusing the references of entities whose data is unchanged. @internal */
export function collectReferencesMemo(
  pathway: Pathway,
  memo: DerivedMemo | undefined,
): Reference[] {
  const out = entityReferences(pathway, memo);
  for (const [name, map] of entries(pathway.renamed)) {
    const kind = definitionKindAt([name, ""]) as EntityKind;
    for (const [old, id] of entries(map))
      out.push({
        kind,
        id,
        path: ["renamed", name, old],
        from: "renamed",
        inCondition: false,
        negated: false,
        inRenamed: true,
      });
  }
  return out;
}

/** Own entries of an id-keyed collection, safe for any id. */
export function entries<T>(record: Readonly<Record<string, T>> | undefined): [string, T][] {
  return record ? Object.entries(record) : [];
}

/** Whether an id-keyed collection defines an id (own keys only; `constructor` is not inherited). */
export function hasId(record: Readonly<Record<string, unknown>> | undefined, id: string): boolean {
  return record !== undefined && Object.hasOwn(record, id);
}

/**
 * What an id at some place in a pathway refers to: an entity kind, or a goal (`kind:id`).
 *
 * @example
 * const slot: ReferenceSlot | undefined = referenceSlotAt(["steps", "join-aapt", "advances", 0]); // "goal"
 */
export type ReferenceSlot = EntityKind | "goal";

const leafKinds: Readonly<Record<string, EntityKind>> = {
  credential: "credential",
  role: "role",
  step: "step",
  setting: "setting",
};

/**
 * The kind of id expected at a data path of a pathway, or `undefined` where no id is expected.
 * Works on any path, also in a document that does not validate yet, so editors can complete and
 * navigate ids while the user types. Agrees with {@link collectReferences} (a test checks it).
 * For `minimum`/`maximum` of a CE rule, the path of the category key itself is the slot (for
 * `excludes`/`only`, each item of the list); in the
 * `renamed` map, the path of an old id (the key) is the slot of the current id (its value).
 *
 * @example
 * referenceSlotAt(["steps", "join-aapt", "strategy"]); // "strategy"
 * referenceSlotAt(["roles", "lead-technician", "title"]); // undefined
 */
export function referenceSlotAt(path: readonly PathSegment[]): ReferenceSlot | undefined {
  const [collection, map, field] = path;
  if (collection === "renamed")
    return path.length === 3 && map !== "sources" && map !== "strategies"
      ? definitionKindAt([map as string, ""])
      : undefined;
  const last = path[path.length - 1];
  const parent = path[path.length - 2];
  if (path.length === 4 && field === "sources" && typeof last === "number") {
    return ["settings", "credentials", "roles", "steps"].includes(String(collection))
      ? "source"
      : undefined;
  }
  if (field === "requires") {
    if (parent === "experience" && (last === "role" || last === "setting")) return last;
    if (typeof last === "string" && parent !== "experience" && Object.hasOwn(leafKinds, last))
      return leafKinds[last];
    return undefined;
  }
  if (
    collection === "roles" &&
    field === "settings" &&
    path.length === 4 &&
    typeof last === "number"
  )
    return "setting";
  if (collection === "credentials") {
    if (field === "implies" && path.length === 4 && typeof last === "number") return "credential";
    if (
      field === "renewal" &&
      path[3] === "ce" &&
      (path[4] === "minimum" || path[4] === "maximum") &&
      path.length === 6
    ) {
      return "ceCategory";
    }
    if (
      field === "renewal" &&
      path[3] === "ce" &&
      (path[4] === "excludes" || path[4] === "only") &&
      path.length === 6 &&
      typeof last === "number"
    ) {
      return "ceCategory";
    }
    return undefined;
  }
  if (collection === "steps") {
    if (field === "strategy" && path.length === 3) return "strategy";
    if (field === "renews" && path.length === 3) return "credential";
    if (field === "advances" && path.length === 4 && typeof last === "number") return "goal";
    if (field === "grants") {
      if (
        path.length === 4 &&
        typeof last === "string" &&
        Object.hasOwn(leafKinds, last) &&
        last !== "step"
      )
        return leafKinds[last];
      if (path[3] === "ce" && path[4] === "categories" && path.length === 6) return "ceCategory";
    }
  }
  return undefined;
}

/**
 * The entity kind defined at `[collection, id]`, or `undefined` when the path is not a definition.
 *
 * @example
 * definitionKindAt(["roles", "lead-technician"]); // "role"
 * definitionKindAt(["roles", "lead-technician", "title"]); // undefined
 */
export function definitionKindAt(path: readonly PathSegment[]): EntityKind | undefined {
  if (path.length !== 2) return undefined;
  const match = (Object.entries(collectionOf) as [EntityKind, string][]).find(
    ([, c]) => c === path[0],
  );
  return match?.[0];
}
