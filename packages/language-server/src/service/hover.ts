import type { Pathway } from "@pathwise/core";
import {
  type EntityKind,
  fieldDocAt,
  isRenamedKind,
  kindLabel,
  PathwaySchema,
  ProfileSchema,
  type RenamedKind,
  referenceSlotAt,
  renamedMapOf,
  resolveRename,
} from "@pathwise/core/editor";
import type { AnalysedDocument, ServiceDocument } from "./analysed-document.js";
import type { SchemaRoot } from "./completion.js";
import { entityOf } from "./entities.js";
import { keyAt } from "./key-at.js";
import { type Span, within } from "./span.js";

/**
 * What a hover shows: markdown, and the span it is about.
 *
 * @example
 * const service = createLanguageService();
 * const info: HoverInfo | undefined = service.hover(service.analyze(text), 120);
 * if (info) console.log(info.markdown);
 */
export interface HoverInfo {
  readonly markdown: string;
  readonly range: Span;
}

/**
 * Hover: the referenced entity's title and summary (for a profile, from the pathway it names),
 * or the documentation of the field.
 */
export function hover(doc: AnalysedDocument, offset: number): HoverInfo | undefined {
  const occurrence = doc.index.at(offset);
  if (occurrence) {
    const range = { start: occurrence.start, end: occurrence.end };
    if (doc.kind === "profile" && !doc.pathway) {
      return {
        markdown: `${capitalized(kindLabel[occurrence.kind])} \`${occurrence.id}\` of pathway \`${doc.pathwayId?.id ?? "?"}\`, which was not found.`,
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
    return { markdown: `**${title}** — pathway \`${doc.pathwayId.id}\`\n\n${pathway.uri}`, range };
  }
  const key = keyAt(doc.analysis.root, offset);
  if (!key) return undefined;
  const renamedKind = key.path[0] === "renamed" ? referenceSlotAt(key.path) : undefined;
  if (doc.kind === "pathway" && renamedKind && renamedKind !== "goal") {
    const markdown = renameMarkdown(doc, renamedKind, String(key.path[2]));
    if (markdown) return { markdown, range: key.range };
  }
  const markdown = fieldDocAt(
    doc.kind === "profile" ? (ProfileSchema as SchemaRoot) : PathwaySchema,
    key.path,
    doc.analysis.data,
  );
  return markdown
    ? { markdown: `\`${String(key.path.at(-1))}\`: ${markdown}`, range: key.range }
    : undefined;
}

const capitalized = (text: string) => `${text[0]?.toUpperCase()}${text.slice(1)}`;

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
  const head = `${capitalized(label)} \`${id}\` was renamed to \`${to}\``;
  if (!current) return `${head}, which leads to no ${label} of this pathway.`;
  if (current === id) return `${head}, but is still defined.`;
  const now = current === to ? "" : `; the current id is \`${current}\``;
  // Only an entry that is an object has a title to show (and cannot lead back here).
  const entry = entityOf(doc, kind, current) ? `\n\n${entityMarkdown(doc, kind, current)}` : "";
  return `${head}${now}. Profiles that still name \`${id}\` load with \`${current}\`.${entry}`;
}
