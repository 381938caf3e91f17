import type { Pathway } from "./pathway.js";

/**
 * The kinds of entity a pathway defines and refers to by id.
 *
 * @example
 * const kind: EntityKind = "ceCategory";
 * console.log(kindLabel[kind], collectionOf[kind]); // "CE category" "ceCategories"
 */
export type EntityKind =
  | "source"
  | "setting"
  | "strategy"
  | "ceCategory"
  | "credential"
  | "role"
  | "step";

/**
 * The pathway collection that holds each kind of entity.
 *
 * @example
 * collectionOf.ceCategory; // "ceCategories"
 * const ids = Object.keys(pathway[collectionOf.role] ?? {});
 */
export const collectionOf: Readonly<Record<EntityKind, keyof Pathway>> = {
  source: "sources",
  setting: "settings",
  strategy: "strategies",
  ceCategory: "ceCategories",
  credential: "credentials",
  role: "roles",
  step: "steps",
};

/**
 * How each kind is named in messages.
 *
 * @example
 * const message = `Unknown ${kindLabel.ceCategory} \`sterile\`.`; // "Unknown CE category `sterile`."
 */
export const kindLabel: Readonly<Record<EntityKind, string>> = {
  source: "source",
  setting: "setting",
  strategy: "strategy",
  ceCategory: "CE category",
  credential: "credential",
  role: "role",
  step: "step",
};
