import {
  analyzePathway,
  type Diagnostic,
  type EntityKind,
  fieldDocAt,
  fieldsAt,
  isValidId,
  kindLabel,
  type ParseCache,
  type PathwayAnalysis,
  PathwaySchema,
  referenceSlotAt,
} from "@pathwise/core";
import { isMap, isScalar, type Node } from "yaml";
import { cursorContext } from "./cursor-context.js";
import { type DocumentIndex, indexDocument, type Occurrence } from "./document-index.js";

/** A span of the document, as offsets (the LSP adapter turns them into line/character). */
export interface Span {
  readonly start: number;
  readonly end: number;
}

/** A completion proposal. */
export interface Completion {
  readonly label: string;
  readonly kind: "id" | "field" | "value";
  readonly detail?: string;
  readonly documentation?: string;
  readonly insertText: string;
  readonly replace: Span;
}

/** A text edit. */
export interface Edit extends Span {
  readonly newText: string;
}

/** An outline entry. */
export interface OutlineSymbol {
  readonly name: string;
  readonly detail?: string;
  readonly kind: "collection" | EntityKind | "field";
  readonly range: Span;
  readonly selection: Span;
  readonly children: readonly OutlineSymbol[];
}

/** A quick fix for a diagnostic. */
export interface QuickFix {
  readonly title: string;
  readonly diagnostic: Diagnostic;
  readonly edits: readonly Edit[];
  readonly preferred: boolean;
}

/** One analysed version of a document; the service's functions read it, never change it. */
export interface ServiceDocument {
  readonly text: string;
  readonly analysis: PathwayAnalysis;
  readonly index: DocumentIndex;
}

/** Options of the language service. */
export interface LanguageServiceOptions {
  /** The evaluation date for staleness checks, `YYYY-MM-DD`; without it they do not run. */
  readonly today?: string;
}

const schema = PathwaySchema;
const collections: Record<string, EntityKind> = {
  sources: "source",
  settings: "setting",
  strategies: "strategy",
  ceCategories: "ceCategory",
  credentials: "credential",
  roles: "role",
  steps: "step",
};

/**
 * The Pathwise language service: pure functions over an analysed document, shared by the stdio
 * server, the browser worker and tests. Diagnostics are the core's own, so editor and CI agree.
 */
export function createLanguageService(options: LanguageServiceOptions = {}) {
  /** Analyses one version of a document; pass the document's cache to reuse unchanged entries. */
  const analyze = (text: string, cache?: ParseCache): ServiceDocument => {
    const analysis = analyzePathway(text, {
      ...(options.today ? { today: options.today } : {}),
      ...(cache ? { cache } : {}),
    });
    return { text: analysis.text, analysis, index: indexDocument(analysis.root, analysis.text) };
  };

  const entityOf = (
    doc: ServiceDocument,
    kind: EntityKind,
    id: string,
  ): Record<string, unknown> | undefined => {
    const data = doc.analysis.data as Record<string, Record<string, unknown>> | undefined;
    const collection = Object.entries(collections).find(([, k]) => k === kind)?.[0] as string;
    const record = data?.[collection];
    if (!record || typeof record !== "object" || !Object.hasOwn(record, id)) return undefined;
    const entity = record[id];
    return entity && typeof entity === "object" ? (entity as Record<string, unknown>) : undefined;
  };

  const titleOf = (doc: ServiceDocument, kind: EntityKind, id: string) => {
    const title = entityOf(doc, kind, id)?.title;
    return typeof title === "string" ? title : undefined;
  };

  return {
    analyze,

    /** The core's diagnostics for the document: the same codes, messages and ranges as the CLI. */
    diagnostics(doc: ServiceDocument): readonly Diagnostic[] {
      return doc.analysis.result.diagnostics;
    },

    /** Completion of ids where an id is expected, and of field names from the schema. */
    complete(doc: ServiceDocument, offset: number): Completion[] {
      const ctx = cursorContext(doc.analysis.root, doc.text, offset);
      if (!ctx) return [];
      const replace = { start: ctx.replaceStart, end: offset };
      if (ctx.target === "value") {
        const slot = referenceSlotAt(ctx.path);
        if (slot === "goal") {
          return (["role", "credential", "setting"] as const).flatMap((kind) =>
            doc.index
              .idsOf(kind)
              .map((id) => idCompletion(doc, kind, id, `${kind}:${id}`, replace)),
          );
        }
        if (slot)
          return doc.index.idsOf(slot).map((id) => idCompletion(doc, slot, id, id, replace));
        return [];
      }
      if (referenceSlotAt([...ctx.path, "x"]) === "ceCategory") {
        return doc.index
          .idsOf("ceCategory")
          .filter((id) => !ctx.existingKeys.includes(id))
          .map((id) => ({ ...idCompletion(doc, "ceCategory", id, `${id}: `, replace), label: id }));
      }
      if (ctx.path.length === 1 && Object.hasOwn(collections, String(ctx.path[0]))) return [];
      return fieldsAt(schema, ctx.path, doc.analysis.data)
        .filter((f) => !ctx.existingKeys.includes(f.name))
        .map((f) => ({
          label: f.name,
          kind: "field" as const,
          detail: f.required ? "required" : "optional",
          ...(f.markdown ? { documentation: f.markdown } : {}),
          insertText: `${f.name}: `,
          replace,
        }));
    },

    /** Hover: the referenced entity's title and summary, or the documentation of the field. */
    hover(doc: ServiceDocument, offset: number): { markdown: string; range: Span } | undefined {
      const occurrence = doc.index.at(offset);
      if (occurrence) {
        const entity = entityOf(doc, occurrence.kind, occurrence.id);
        const label = kindLabel[occurrence.kind];
        const range = { start: occurrence.start, end: occurrence.end };
        if (!entity) return { markdown: `Unknown ${label} \`${occurrence.id}\`.`, range };
        const lines = [
          `**${typeof entity.title === "string" ? entity.title : occurrence.id}** — ${label} \`${occurrence.id}\``,
        ];
        if (typeof entity.issuer === "string")
          lines.push(
            `Issued by ${entity.issuer}${typeof entity.kind === "string" ? ` (${entity.kind})` : ""}.`,
          );
        if (typeof entity.summary === "string") lines.push(entity.summary);
        if (typeof entity.url === "string") lines.push(entity.url);
        return { markdown: lines.join("\n\n"), range };
      }
      const key = keyAt(doc, offset);
      if (!key) return undefined;
      const markdown = fieldDocAt(schema, key.path, doc.analysis.data);
      return markdown
        ? { markdown: `\`${String(key.path.at(-1))}\`: ${markdown}`, range: key.range }
        : undefined;
    },

    /** Go to definition of the id under the cursor. */
    definition(doc: ServiceDocument, offset: number): Span | undefined {
      const occurrence = doc.index.at(offset);
      const target = occurrence && doc.index.definition(occurrence.kind, occurrence.id);
      return target ? { start: target.start, end: target.end } : undefined;
    },

    /** Every occurrence of the id under the cursor. */
    references(doc: ServiceDocument, offset: number, includeDeclaration = true): Span[] {
      const occurrence = doc.index.at(offset);
      if (!occurrence) return [];
      return doc.index
        .occurrencesOf(occurrence.kind, occurrence.id)
        .filter((o) => includeDeclaration || o.role === "reference")
        .map((o) => ({ start: o.start, end: o.end }));
    },

    /** The id that a rename at the cursor would change, if any. */
    prepareRename(
      doc: ServiceDocument,
      offset: number,
    ): (Span & { placeholder: string }) | undefined {
      const occurrence = doc.index.at(offset);
      return (
        occurrence && { start: occurrence.start, end: occurrence.end, placeholder: occurrence.id }
      );
    },

    /** Renames the id under the cursor everywhere; refuses invalid or taken ids. */
    rename(
      doc: ServiceDocument,
      offset: number,
      newId: string,
    ): { edits: Edit[] } | { error: string } {
      const occurrence = doc.index.at(offset);
      if (!occurrence) return { error: "There is no id to rename here." };
      if (!isValidId(newId))
        return {
          error: `\`${newId}\` is not a valid id: use lowercase kebab-case, such as \`lead-technician\`.`,
        };
      if (newId !== occurrence.id && doc.index.definition(occurrence.kind, newId)) {
        return { error: `A ${kindLabel[occurrence.kind]} \`${newId}\` already exists.` };
      }
      return {
        edits: doc.index
          .occurrencesOf(occurrence.kind, occurrence.id)
          .map((o) => ({ start: o.start, end: o.end, newText: newId })),
      };
    },

    /** The outline: each collection with its entries and their titles. */
    outline(doc: ServiceDocument): OutlineSymbol[] {
      const root = doc.analysis.root;
      if (!isMap(root)) return [];
      return root.items.flatMap((pair) => {
        if (!isScalar(pair.key) || !pair.key.range) return [];
        const name = String(pair.key.value);
        const keyRange = pair.key.range;
        const value = pair.value as Node | null;
        const end = value?.range ? value.range[1] : keyRange[1];
        const kind = collections[name];
        const children: OutlineSymbol[] =
          kind && isMap(value)
            ? value.items.flatMap((entry) => {
                if (!isScalar(entry.key) || !entry.key.range) return [];
                const id = String(entry.key.value);
                const entryEnd = (entry.value as Node | null)?.range?.[1] ?? entry.key.range[1];
                const title = titleOf(doc, kind, id);
                return [
                  {
                    name: id,
                    ...(title ? { detail: title } : {}),
                    kind,
                    range: { start: entry.key.range[0], end: entryEnd },
                    selection: { start: entry.key.range[0], end: entry.key.range[1] },
                    children: [],
                  },
                ];
              })
            : [];
        return [
          {
            name,
            kind: kind ? ("collection" as const) : ("field" as const),
            range: { start: keyRange[0], end },
            selection: { start: keyRange[0], end: keyRange[1] },
            children,
          },
        ];
      });
    },

    /** Quick fixes for diagnostics overlapping a span: "did you mean" and a stub for a missing source. */
    quickFixes(doc: ServiceDocument, span: Span): QuickFix[] {
      const fixes: QuickFix[] = [];
      for (const d of doc.analysis.result.diagnostics) {
        if (!d.range || d.range.end.offset < span.start || d.range.start.offset > span.end)
          continue;
        const at = { start: d.range.start.offset, end: d.range.end.offset };
        for (const [i, suggestion] of (d.suggestions ?? []).entries()) {
          fixes.push({
            title: `Change to \`${suggestion}\``,
            diagnostic: d,
            edits: [{ ...at, newText: suggestion }],
            preferred: i === 0,
          });
        }
        if (d.code === "unknown-source" && typeof d.data?.id === "string") {
          const stub = sourceStub(doc, d.data.id);
          if (stub)
            fixes.push({
              title: `Add source \`${d.data.id}\` to \`sources\``,
              diagnostic: d,
              edits: [stub],
              preferred: !d.suggestions?.length,
            });
        }
      }
      return fixes;
    },
  };

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
}

/** The language service's type. */
export type LanguageService = ReturnType<typeof createLanguageService>;

function keyAt(
  doc: ServiceDocument,
  offset: number,
): { path: (string | number)[]; range: Span } | undefined {
  const found: { path: (string | number)[]; range: Span }[] = [];
  const walk = (node: unknown, path: (string | number)[]) => {
    if (isMap(node)) {
      for (const pair of node.items) {
        if (!isScalar(pair.key) || !pair.key.range) continue;
        const keyPath = [...path, String(pair.key.value)];
        if (offset >= pair.key.range[0] && offset <= pair.key.range[1]) {
          found.push({
            path: keyPath,
            range: { start: pair.key.range[0], end: pair.key.range[1] },
          });
          return;
        }
        const v = pair.value as Node | null;
        if (v?.range && offset >= v.range[0] && offset <= v.range[2]) walk(v, keyPath);
      }
    } else if (node && typeof node === "object" && "items" in node) {
      (node as { items: Node[] }).items.forEach((item, i) => {
        if (item?.range && offset >= item.range[0] && offset <= item.range[2])
          walk(item, [...path, i]);
      });
    }
  };
  walk(doc.analysis.root, []);
  return found[0];
}

function sourceStub(doc: ServiceDocument, id: string): Edit | undefined {
  const root = doc.analysis.root;
  if (!isMap(root)) return undefined;
  const sources = root.items.find((p) => isScalar(p.key) && p.key.value === "sources");
  const value = sources?.value as Node | null | undefined;
  if (!sources || !isMap(value) || value.flow || !value.range) return undefined;
  const first = value.items[0]?.key as Node | undefined;
  const indent = first?.range
    ? first.range[0] - (doc.text.lastIndexOf("\n", first.range[0] - 1) + 1)
    : 2;
  const pad = " ".repeat(indent);
  // Insert on a new line after the last source entry.
  const last = value.items[value.items.length - 1];
  const lastEnd =
    (last?.value as Node | null)?.range?.[1] ??
    (last?.key as Node | undefined)?.range?.[1] ??
    value.range[0];
  const newline = doc.text.indexOf("\n", lastEnd);
  const at = newline === -1 ? doc.text.length : newline + 1;
  return {
    start: at,
    end: at,
    newText: `${newline === -1 ? "\n" : ""}${pad}${id}: { title: TODO, url: "https://", accessed: TODO }\n`,
  };
}

export type { Occurrence };
