/**
 * The editor entry of Pathwise core: what a language server or an editor plugin needs beyond
 * validation, namely the id slots at a data path, the references a pathway makes, renames, and
 * the fields, values and snippets the schema accepts at a path. Apps that load pathways and ask
 * the engine need only the main entry (`@pathwise/core`).
 * @packageDocumentation
 * @module \@pathwise/core/editor
 */

export { collectionOf, type EntityKind, kindLabel } from "./model/entity-kind.js";
export { Pathway as PathwaySchema } from "./model/pathway.js";
export { Profile as ProfileSchema } from "./model/profile.js";
export { profileReferenceSlotAt } from "./model/profile-references.js";
export {
  collectReferences,
  definitionKindAt,
  type Reference,
  type ReferenceSlot,
  referenceSlotAt,
} from "./model/references.js";
export {
  isRenamedKind,
  type RenamedKind,
  renamedMapOf,
  resolveRename,
} from "./model/renames.js";
export {
  type SnippetInfo,
  snippetsAt,
  type ValueInfo,
  valuesAt,
} from "./validate/editor-hints.js";
export { type FieldInfo, fieldDocAt, fieldsAt } from "./validate/schema-at.js";
