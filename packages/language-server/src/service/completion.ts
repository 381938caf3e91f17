import {
  type EntityKind,
  fieldsAt,
  kindLabel,
  PathwaySchema,
  ProfileSchema,
  profileReferenceSlotAt,
  referenceSlotAt,
} from "@pathwise/core";
import type { AnalysedDocument, ServiceDocument } from "./analysed-document.js";
import { cursorContext } from "./cursor-context.js";
import { collections, titleOf } from "./entities.js";
import type { Span } from "./span.js";

/** A completion proposal. */
export interface Completion {
  readonly label: string;
  readonly kind: "id" | "field" | "value";
  readonly detail?: string;
  readonly documentation?: string;
  readonly insertText: string;
  readonly replace: Span;
}

/** A zod schema that editor helpers walk. */
export type SchemaRoot = Parameters<typeof fieldsAt>[0];

/** Completion of ids where an id is expected, and of field names from the schema. */
export function complete(doc: AnalysedDocument, offset: number): Completion[] {
  const ctx = cursorContext(doc.analysis.root, doc.text, offset);
  if (!ctx) return [];
  const replace = { start: ctx.replaceStart, end: offset };
  if (doc.kind === "profile") {
    if (ctx.target === "value") {
      const kind = profileReferenceSlotAt(ctx.path);
      const pathway = doc.pathway?.doc;
      if (!kind || !pathway) return [];
      return pathway.index.idsOf(kind).map((id) => idCompletion(pathway, kind, id, id, replace));
    }
    return fieldCompletions(
      ProfileSchema as SchemaRoot,
      ctx.path,
      doc.analysis.data,
      ctx.existingKeys,
      replace,
    );
  }
  if (ctx.target === "value") {
    const slot = referenceSlotAt(ctx.path);
    if (slot === "goal") {
      return (["role", "credential", "setting"] as const).flatMap((kind) =>
        doc.index.idsOf(kind).map((id) => idCompletion(doc, kind, id, `${kind}:${id}`, replace)),
      );
    }
    if (slot) return doc.index.idsOf(slot).map((id) => idCompletion(doc, slot, id, id, replace));
    return [];
  }
  if (ctx.path[0] === "credentials" && referenceSlotAt([...ctx.path, "x"]) === "ceCategory") {
    return doc.index
      .idsOf("ceCategory")
      .filter((id) => !ctx.existingKeys.includes(id))
      .map((id) => ({ ...idCompletion(doc, "ceCategory", id, `${id}: `, replace), label: id }));
  }
  if (ctx.path.length === 1 && Object.hasOwn(collections, String(ctx.path[0]))) return [];
  return fieldCompletions(PathwaySchema, ctx.path, doc.analysis.data, ctx.existingKeys, replace);
}

function idCompletion(
  doc: ServiceDocument,
  kind: EntityKind,
  id: string,
  insertText: string,
  replace: Span,
): Completion {
  const title = titleOf(doc, kind, id);
  return {
    label: insertText,
    kind: "id",
    detail: title ? `${kindLabel[kind]}: ${title}` : kindLabel[kind],
    insertText,
    replace,
  };
}

function fieldCompletions(
  root: SchemaRoot,
  path: readonly (string | number)[],
  data: unknown,
  existingKeys: readonly string[],
  replace: Span,
): Completion[] {
  return fieldsAt(root, path, data)
    .filter((f) => !existingKeys.includes(f.name))
    .map((f) => ({
      label: f.name,
      kind: "field" as const,
      detail: f.required ? "required" : "optional",
      ...(f.markdown ? { documentation: f.markdown } : {}),
      insertText: `${f.name}: `,
      replace,
    }));
}
