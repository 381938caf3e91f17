import {
  analyzePathway,
  analyzeProfile,
  type Diagnostic,
  type EntityKind,
  fieldDocAt,
  fieldsAt,
  isRenamedKind,
  kindLabel,
  loadProfile,
  type ParseCache,
  type Pathway,
  type PathwayAnalysis,
  PathwaySchema,
  PathwiseError,
  type ProfileAnalysis,
  ProfileSchema,
  profileReferenceSlotAt,
  type Recommendations,
  type RenamedKind,
  recommendSteps,
  referenceSlotAt,
  renamedMapOf,
  renderRecommendations,
  resolveRename,
} from "@pathwise/core";
import { isMap, isScalar, type Node } from "yaml";
import { idTargetAt, referencesTo, renameTarget } from "./cross-file.js";
import { cursorContext } from "./cursor-context.js";
import { type DocumentIndex, indexDocument, type Occurrence } from "./document-index.js";
import type { PathwayCandidate, PathwayFinder } from "./pathway-finder.js";
import { indexProfile } from "./profile-index.js";

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

/** One analysed version of a pathway; the service's functions read it, never change it. */
export interface ServiceDocument {
  readonly kind: "pathway";
  readonly text: string;
  readonly analysis: PathwayAnalysis;
  readonly index: DocumentIndex;
}

/** One analysed version of a profile, with the pathway it names when the host found it. */
export interface ProfileDocument {
  readonly kind: "profile";
  readonly text: string;
  /** The core's verdict: checked against {@link ProfileDocument.pathway} when it is valid. */
  readonly analysis: ProfileAnalysis;
  /** The pathway ids the profile refers to. */
  readonly index: DocumentIndex;
  /** The pathway the profile names (its ids are completed and navigated from it). */
  readonly pathway?: PathwayCandidate;
  /** The pathway id the profile names, and where. */
  readonly pathwayId?: Span & { readonly id: string };
  /**
   * Why the profile's ids were not checked against a pathway (none found, or it has errors).
   * Not a content diagnostic: the CLI says the same on standard error.
   */
  readonly notice?: Span & { readonly message: string };
}

/** A pathway or a profile, analysed. */
export type AnalysedDocument = ServiceDocument | ProfileDocument;

/** Where the definition of an id in a profile is: in the pathway's document. */
export interface DefinitionInPathway {
  readonly uri: string;
  readonly doc: ServiceDocument;
  readonly span: Span;
}

/** What the service's `nextSteps` answers: the engine's next steps, or why there are none. */
export type NextStepsResult =
  | {
      readonly ok: true;
      /** The evaluation date used. */
      readonly date: string;
      /** The URI of the pathway the steps come from. */
      readonly pathway: string;
      /** The recommendations rendered as plain text (as `pathwise next` prints them). */
      readonly text: string;
      /** The engine's result (as `pathwise next --json` prints it). */
      readonly recommendations: Recommendations;
    }
  | { readonly ok: false; readonly message: string };

/** Options of the language service. */
export interface LanguageServiceOptions {
  /**
   * The evaluation date for staleness and future-date checks, `YYYY-MM-DD`; without it they do
   * not run. Also the default date of the service's `nextSteps`.
   */
  readonly today?: string;
  /**
   * Where the host looked for the pathway a profile names, for the notice when it found none,
   * such as "in the open documents" (the default).
   */
  readonly pathwaySearch?: string;
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
    return {
      kind: "pathway",
      text: analysis.text,
      analysis,
      index: indexDocument(analysis.root, analysis.text),
    };
  };

  /**
   * Analyses one version of a profile, checking it against the pathway it names exactly as
   * `pathwise validate` does: only a profile whose shape is valid, only against a valid pathway.
   */
  const analyzeProfileText = (text: string, finder?: PathwayFinder): ProfileDocument => {
    const today = options.today ? { today: options.today } : {};
    const shape = analyzeProfile(text, today);
    const pathwayId = namedPathway(shape);
    const found = pathwayId ? finder?.findPathway(pathwayId.id) : undefined;
    const pathway = found?.doc.analysis.result.ok ? found.doc.analysis.result.value : undefined;
    const analysis =
      shape.result.ok && pathway ? analyzeProfile(text, { ...today, pathway }) : shape;
    let notice: ProfileDocument["notice"];
    if (shape.result.ok && pathwayId && !pathway) {
      const message = found
        ? `Expected pathway \`${pathwayId.id}\` without errors, found errors in ${found.uri}; only the profile's shape is checked.`
        : `Expected pathway \`${pathwayId.id}\` ${options.pathwaySearch ?? "in the open documents"}, found none; only the profile's shape is checked.`;
      notice = { start: pathwayId.start, end: pathwayId.end, message };
    }
    return {
      kind: "profile",
      text: analysis.text,
      analysis,
      index: indexProfile(analysis.root, analysis.text),
      ...(found ? { pathway: found } : {}),
      ...(pathwayId ? { pathwayId } : {}),
      ...(notice ? { notice } : {}),
    };
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
    analyzeProfile: analyzeProfileText,

    /** The core's diagnostics for the document: the same codes, messages and ranges as the CLI. */
    diagnostics(doc: AnalysedDocument): readonly Diagnostic[] {
      return doc.analysis.result.diagnostics;
    },

    /** Completion of ids where an id is expected, and of field names from the schema. */
    complete(doc: AnalysedDocument, offset: number): Completion[] {
      const ctx = cursorContext(doc.analysis.root, doc.text, offset);
      if (!ctx) return [];
      const replace = { start: ctx.replaceStart, end: offset };
      if (doc.kind === "profile") {
        if (ctx.target === "value") {
          const kind = profileReferenceSlotAt(ctx.path);
          const pathway = doc.pathway?.doc;
          if (!kind || !pathway) return [];
          return pathway.index
            .idsOf(kind)
            .map((id) => idCompletion(pathway, kind, id, id, replace));
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
            doc.index
              .idsOf(kind)
              .map((id) => idCompletion(doc, kind, id, `${kind}:${id}`, replace)),
          );
        }
        if (slot)
          return doc.index.idsOf(slot).map((id) => idCompletion(doc, slot, id, id, replace));
        return [];
      }
      if (ctx.path[0] === "credentials" && referenceSlotAt([...ctx.path, "x"]) === "ceCategory") {
        return doc.index
          .idsOf("ceCategory")
          .filter((id) => !ctx.existingKeys.includes(id))
          .map((id) => ({ ...idCompletion(doc, "ceCategory", id, `${id}: `, replace), label: id }));
      }
      if (ctx.path.length === 1 && Object.hasOwn(collections, String(ctx.path[0]))) return [];
      return fieldCompletions(schema, ctx.path, doc.analysis.data, ctx.existingKeys, replace);
    },

    /**
     * Hover: the referenced entity's title and summary (for a profile, from the pathway it
     * names), or the documentation of the field.
     */
    hover(doc: AnalysedDocument, offset: number): { markdown: string; range: Span } | undefined {
      const occurrence = doc.index.at(offset);
      if (occurrence) {
        const range = { start: occurrence.start, end: occurrence.end };
        if (doc.kind === "profile" && !doc.pathway) {
          const label = kindLabel[occurrence.kind];
          return {
            markdown: `${label[0]?.toUpperCase()}${label.slice(1)} \`${occurrence.id}\` of pathway \`${doc.pathwayId?.id ?? "?"}\`, which was not found.`,
            range,
          };
        }
        const pathway = doc.kind === "profile" ? (doc.pathway?.doc as ServiceDocument) : doc;
        return { markdown: entityMarkdown(pathway, occurrence.kind, occurrence.id), range };
      }
      if (doc.kind === "profile" && doc.pathwayId && within(doc.pathwayId, offset)) {
        const range = { start: doc.pathwayId.start, end: doc.pathwayId.end };
        const pathway = doc.pathway;
        if (!pathway) return { markdown: doc.notice?.message ?? "", range };
        const data = pathway.doc.analysis.data as Record<string, unknown> | undefined;
        const title = typeof data?.title === "string" ? data.title : doc.pathwayId.id;
        return {
          markdown: `**${title}** — pathway \`${doc.pathwayId.id}\`\n\n${pathway.uri}`,
          range,
        };
      }
      const key = keyAt(doc.analysis.root, offset);
      if (!key) return undefined;
      const renamedKind = key.path[0] === "renamed" ? referenceSlotAt(key.path) : undefined;
      if (doc.kind === "pathway" && renamedKind && renamedKind !== "goal") {
        const markdown = renameMarkdown(doc, renamedKind, String(key.path[2]));
        if (markdown) return { markdown, range: key.range };
      }
      const markdown = fieldDocAt(
        doc.kind === "profile" ? (ProfileSchema as SchemaRoot) : schema,
        key.path,
        doc.analysis.data,
      );
      return markdown
        ? { markdown: `\`${String(key.path.at(-1))}\`: ${markdown}`, range: key.range }
        : undefined;
    },

    /**
     * Go to definition from a profile: the id's definition in the pathway the profile names, or,
     * on the `pathway` value, the pathway's own `id`.
     */
    profileDefinition(doc: ProfileDocument, offset: number): DefinitionInPathway | undefined {
      const pathway = doc.pathway;
      if (!pathway) return undefined;
      const occurrence = doc.index.at(offset);
      if (occurrence) {
        const target = pathway.doc.index.definition(occurrence.kind, occurrence.id);
        return target
          ? { uri: pathway.uri, doc: pathway.doc, span: { start: target.start, end: target.end } }
          : undefined;
      }
      if (!doc.pathwayId || !within(doc.pathwayId, offset)) return undefined;
      const root = pathway.doc.analysis.root;
      const idPair = isMap(root)
        ? root.items.find((p) => isScalar(p.key) && p.key.value === "id")
        : undefined;
      const range = (idPair?.value as Node | null | undefined)?.range;
      return {
        uri: pathway.uri,
        doc: pathway.doc,
        span: range ? { start: range[0], end: range[1] } : { start: 0, end: 0 },
      };
    },

    /**
     * The next steps the engine recommends for a profile, as `pathwise next` gives them: the
     * profile is checked against its pathway on the evaluation date (`date`, else the profile's
     * own `date`, else the service's `today`), then ranked and rendered.
     */
    nextSteps(doc: ProfileDocument, date?: string, limit = 5): NextStepsResult {
      const errors = doc.analysis.result.diagnostics.filter((d) => d.severity === "error");
      if (errors.length > 0) {
        return {
          ok: false,
          message: `Expected a profile without errors, found ${errors.length === 1 ? "1 error" : `${errors.length} errors`}: ${errors[0]?.message}`,
        };
      }
      const pathway = doc.pathway;
      if (!pathway?.doc.analysis.result.ok) {
        return {
          ok: false,
          message: doc.notice?.message ?? "Expected a profile naming its pathway.",
        };
      }
      const shape = doc.analysis.result.ok ? doc.analysis.result.value : undefined;
      const when = date ?? shape?.date ?? options.today;
      if (!when) return { ok: false, message: "Expected an evaluation date, found none." };
      const checked = loadProfile(doc.text, {
        pathway: pathway.doc.analysis.result.value,
        today: when,
      });
      if (!checked.ok) {
        const first = checked.diagnostics.find((d) => d.severity === "error");
        return {
          ok: false,
          message: `Expected a profile without errors on ${when}, found: ${first?.message}`,
        };
      }
      try {
        const recommendations = recommendSteps(pathway.doc.analysis.result.value, checked.value, {
          date: when,
          limit,
        });
        return {
          ok: true,
          date: when,
          pathway: pathway.uri,
          text: renderRecommendations(recommendations),
          recommendations,
        };
      } catch (error) {
        // The engine throws only on arguments (a malformed date): the caller's mistake, as a message.
        if (error instanceof PathwiseError) return { ok: false, message: error.message };
        throw error;
      }
    },

    /** Go to definition of the id under the cursor. */
    definition(doc: ServiceDocument, offset: number): Span | undefined {
      const occurrence = doc.index.at(offset);
      const target = occurrence && doc.index.definition(occurrence.kind, occurrence.id);
      return target ? { start: target.start, end: target.end } : undefined;
    },

    /** Every occurrence of the id under the cursor in this pathway; see {@link referencesTo}. */
    references(doc: ServiceDocument, offset: number, includeDeclaration = true): Span[] {
      const target = idTargetAt(doc, "", offset);
      if ("refusal" in target) return [];
      return referencesTo(target, [], includeDeclaration).map((location) => location.span);
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

    /**
     * Renames the id under the cursor everywhere in this pathway; refuses invalid or taken ids.
     * See {@link renameTarget} for a rename that reaches the pathway's profiles too.
     */
    rename(
      doc: ServiceDocument,
      offset: number,
      newId: string,
    ): { edits: Edit[] } | { error: string } {
      const target = idTargetAt(doc, "", offset);
      if ("refusal" in target) return { error: target.refusal };
      const result = renameTarget(target, [], newId);
      if ("error" in result) return result;
      return { edits: result.edits.map((e) => ({ ...e.span, newText: e.newText })) };
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
    quickFixes(doc: AnalysedDocument, span: Span): QuickFix[] {
      const fixes: QuickFix[] = [];
      for (const d of doc.analysis.result.diagnostics) {
        if (!d.range || d.range.end.offset < span.start || d.range.start.offset > span.end)
          continue;
        const at = { start: d.range.start.offset, end: d.range.end.offset };
        // A quoted id (as in a JSON profile) keeps its quotes; an id never needs escaping.
        const written = doc.analysis.text.slice(at.start, at.end);
        const quote = /^(["']).*\1$/s.test(written) ? written[0] : "";
        for (const [i, suggestion] of (d.suggestions ?? []).entries()) {
          fixes.push({
            title: `Change to \`${suggestion}\``,
            diagnostic: d,
            edits: [{ ...at, newText: `${quote}${suggestion}${quote}` }],
            preferred: i === 0,
          });
        }
        if (
          doc.kind === "pathway" &&
          d.code === "unknown-source" &&
          typeof d.data?.id === "string"
        ) {
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

  function entityMarkdown(doc: ServiceDocument, kind: EntityKind, id: string): string {
    const entity = entityOf(doc, kind, id);
    const label = kindLabel[kind];
    if (!entity) return renameMarkdown(doc, kind, id) ?? `Unknown ${label} \`${id}\`.`;
    const lines = [
      `**${typeof entity.title === "string" ? entity.title : id}** — ${label} \`${id}\``,
    ];
    if (typeof entity.issuer === "string")
      lines.push(
        `Issued by ${entity.issuer}${typeof entity.kind === "string" ? ` (${entity.kind})` : ""}.`,
      );
    if (typeof entity.summary === "string") lines.push(entity.summary);
    if (typeof entity.url === "string") lines.push(entity.url);
    return lines.join("\n\n");
  }

  /**
   * What an old id in the pathway's `renamed` map was renamed to, with the entity it ends at
   * through chains, or `undefined` when the id is not renamed.
   */
  function renameMarkdown(doc: ServiceDocument, kind: EntityKind, id: string): string | undefined {
    const data = doc.analysis.data as Pathway | undefined;
    const map = isRenamedKind(kind) ? data?.renamed?.[renamedMapOf[kind]] : undefined;
    if (!data || !map || typeof map !== "object" || !Object.hasOwn(map, id)) return undefined;
    const to = String(map[id]);
    const current = resolveRename(data, kind as RenamedKind, id);
    const label = kindLabel[kind];
    const head = `${label[0]?.toUpperCase()}${label.slice(1)} \`${id}\` was renamed to \`${to}\``;
    if (!current) return `${head}, which leads to no ${label} of this pathway.`;
    if (current === id) return `${head}, but is still defined.`;
    const now = current === to ? "" : `; the current id is \`${current}\``;
    // Only an entry that is an object has a title to show (and cannot lead back here).
    const entry = entityOf(doc, kind, current) ? `\n\n${entityMarkdown(doc, kind, current)}` : "";
    return `${head}${now}. Profiles that still name \`${id}\` load with \`${current}\`.${entry}`;
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
}

/** The language service's type. */
export type LanguageService = ReturnType<typeof createLanguageService>;

/** A zod schema that editor helpers walk. */
type SchemaRoot = Parameters<typeof fieldsAt>[0];

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

const within = (span: Span, offset: number) => offset >= span.start && offset <= span.end;

/** The `pathway` value of a profile, valid or not. */
function namedPathway(analysis: ProfileAnalysis): ProfileDocument["pathwayId"] {
  const root = analysis.root;
  if (!isMap(root)) return undefined;
  const value = root.items.find((p) => isScalar(p.key) && p.key.value === "pathway")?.value;
  if (!isScalar(value) || typeof value.value !== "string" || !value.range) return undefined;
  const [start, end] = value.range;
  const quoted = analysis.text[start] === '"' || analysis.text[start] === "'";
  return quoted
    ? { id: value.value, start: start + 1, end: end - 1 }
    : { id: value.value, start, end };
}

function keyAt(
  root: Node | undefined,
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
  walk(root, []);
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
