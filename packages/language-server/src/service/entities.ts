import type { EntityKind } from "@pathwise/core/editor";
import type { ServiceDocument } from "./analysed-document.js";

/** The pathway's collections, by key, with the kind of entity each holds. */
export const collections: Readonly<Record<string, EntityKind>> = {
  sources: "source",
  settings: "setting",
  strategies: "strategy",
  ceCategories: "ceCategory",
  credentials: "credential",
  roles: "role",
  steps: "step",
};

/** The kind of entity a collection holds (`roles` → `role`). */
export const kindOfCollection = (collection: string): EntityKind =>
  collections[collection] as EntityKind;

/** The collection key that holds entities of `kind`. */
export const collectionOf = (kind: EntityKind): string =>
  Object.entries(collections).find(([, k]) => k === kind)?.[0] as string;

/** The data of the entity `id` of `kind`, when it is an object. */
export function entityOf(
  doc: ServiceDocument,
  kind: EntityKind,
  id: string,
): Record<string, unknown> | undefined {
  const data = doc.analysis.data as Record<string, Record<string, unknown>> | undefined;
  const record = data?.[collectionOf(kind)];
  if (!record || typeof record !== "object" || !Object.hasOwn(record, id)) return undefined;
  const entity = record[id];
  return entity && typeof entity === "object" ? (entity as Record<string, unknown>) : undefined;
}

/** The title of the entity `id` of `kind`, if it has one. */
export function titleOf(doc: ServiceDocument, kind: EntityKind, id: string): string | undefined {
  const title = entityOf(doc, kind, id)?.title;
  return typeof title === "string" ? title : undefined;
}
