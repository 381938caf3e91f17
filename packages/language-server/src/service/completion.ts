import {
  type EntityKind,
  fieldsAt,
  kindLabel,
  PathwaySchema,
  ProfileSchema,
  profileReferenceSlotAt,
  referenceSlotAt,
  snippetsAt,
  valuesAt,
} from "@pathwise/core/editor";
import type { AnalysedDocument, ServiceDocument } from "./analysed-document.js";
import { cursorContext } from "./cursor-context.js";
import { collections, kindOfCollection, titleOf } from "./entities.js";
import { entrySnippet, flowSnippet } from "./snippet-text.js";
import type { Span } from "./span.js";

/**
 * A completion proposal.
 *
 * @example
 * const service = createLanguageService();
 * const items: Completion[] = service.complete(service.analyze(text), 120);
 * for (const c of items) console.log(c.kind, c.label, c.detail ?? "");
 */
export interface Completion {
  readonly label: string;
  /** `snippet`: `insertText` is a snippet, with `$1`-style tab stops. */
  readonly kind: "id" | "field" | "value" | "snippet";
  readonly detail?: string;
  readonly documentation?: string;
  readonly insertText: string;
  readonly replace: Span;
}

/** A zod schema that editor helpers walk. */
export type SchemaRoot = Parameters<typeof fieldsAt>[0];

/**
 * Completion: ids where an id is expected; elsewhere the schema's allowed values (enum members,
 * booleans) and snippets (a condition, a new entry) where a value goes, and field names where a
 * key goes.
 */
export function complete(doc: AnalysedDocument, offset: number): Completion[] {
  const ctx = cursorContext(doc.analysis.root, doc.text, offset);
  if (!ctx) return [];
  const replace = { start: ctx.replaceStart, end: offset };
  const root = doc.kind === "profile" ? (ProfileSchema as SchemaRoot) : PathwaySchema;
  if (doc.kind === "profile") {
    if (ctx.target === "value") {
      const kind = profileReferenceSlotAt(ctx.path);
      const pathway = doc.pathway?.doc;
      if (!kind) return schemaValueCompletions(root, ctx.path, doc.analysis.data, replace);
      if (!pathway) return [];
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
    return schemaValueCompletions(root, ctx.path, doc.analysis.data, replace);
  }
  if (ctx.path[0] === "credentials" && referenceSlotAt([...ctx.path, "x"]) === "ceCategory") {
    return doc.index
      .idsOf("ceCategory")
      .filter((id) => !ctx.existingKeys.includes(id))
      .map((id) => ({ ...idCompletion(doc, "ceCategory", id, `${id}: `, replace), label: id }));
  }
  if (ctx.path.length === 1 && Object.hasOwn(collections, String(ctx.path[0])))
    return entryCompletions(String(ctx.path[0]), doc.analysis.data, replace);
  return fieldCompletions(root, ctx.path, doc.analysis.data, ctx.existingKeys, replace);
}

/** The values the schema allows where the cursor is, then the snippets it offers there. */
function schemaValueCompletions(
  root: SchemaRoot,
  path: readonly (string | number)[],
  data: unknown,
  replace: Span,
): Completion[] {
  const values = valuesAt(root, path, data).map(
    (v): Completion => ({
      label: String(v.value),
      kind: "value",
      ...(v.markdown ? { documentation: v.markdown } : {}),
      insertText: String(v.value),
      replace,
    }),
  );
  const snippets = snippetsAt(root, path, data).map(
    (s): Completion => ({
      label: s.label,
      kind: "snippet",
      detail: flowSnippet(s.body).replace(/\$\{\d+:([^}]*)\}|\$\d+/g, "$1"),
      ...(s.markdown ? { documentation: s.markdown } : {}),
      insertText: flowSnippet(s.body),
      replace,
    }),
  );
  return [...values, ...snippets];
}

/** A new entry of a pathway collection, from the schema's snippet for that kind of entry. */
function entryCompletions(collection: string, data: unknown, replace: Span): Completion[] {
  const kind = kindOfCollection(collection);
  return snippetsAt(PathwaySchema, [collection, "new"], data).map((s) => ({
    label: s.label,
    kind: "snippet",
    detail: `${kindLabel[kind]} entry`,
    ...(s.markdown ? { documentation: s.markdown } : {}),
    insertText: entrySnippet(`${kind === "ceCategory" ? "category" : kind}-id`, s.body),
    replace,
  }));
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
