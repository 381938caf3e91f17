import type {
  EntityDescription,
  PathwayDescription,
  SourceDescription,
} from "./entity-description.js";

/**
 * The text formats {@link renderDescription} writes.
 *
 * @example
 * const format: DescriptionFormat = "markdown";
 * const page = renderDescription(describePathway(pathway), format);
 */
export type DescriptionFormat = "text" | "markdown";

/**
 * Renders a {@link PathwayDescription} for reading: `text` for a terminal, `markdown` for a page
 * (headings per entity, sources linked). Both list credentials, roles, steps and then the sources
 * with how each was read; each entity ends with the ids of the sources it cites.
 *
 * @example
 * const markdown = renderDescription(describePathway(pathway), "markdown");
 * const plain = renderDescription(describePathway(pathway), "text");
 */
export function renderDescription(d: PathwayDescription, format: DescriptionFormat): string {
  return format === "markdown" ? renderMarkdown(d) : renderText(d);
}

const sections = [
  ["credentials", "Credentials"],
  ["roles", "Roles"],
  ["steps", "Steps"],
] as const;

function header(d: PathwayDescription): string[] {
  const where = d.jurisdiction ? ` Jurisdiction: ${d.jurisdiction}.` : "";
  return [`Reviewed against its sources on ${d.reviewed}.${where}`];
}

function renderText(d: PathwayDescription): string {
  const out = [`${d.title} (${d.id})`, ...header(d)];
  if (d.summary) out.push(oneLine(d.summary));
  for (const [key, name] of sections) {
    out.push("", `${name}:`);
    for (const e of d[key]) {
      out.push("", `  ${e.title} [${e.id}]`);
      if (e.summary) out.push(`    In the editors' words: ${oneLine(e.summary)}`);
      for (const s of e.sentences) out.push(`    - ${s}`);
      out.push(`    Sources: ${e.sources.length > 0 ? e.sources.join(", ") : "none cited"}`);
    }
  }
  out.push("", "Sources:");
  for (const s of d.sources) {
    out.push("", `  [${s.id}] ${s.title}${s.publisher ? ` (${s.publisher})` : ""}`);
    out.push(`    ${s.url}`, `    ${s.checked}`);
    if (s.note) out.push(`    Note: ${oneLine(s.note)}`);
  }
  return `${out.join("\n")}\n`;
}

function renderMarkdown(d: PathwayDescription): string {
  const out = [`# ${escapeMarkdown(d.title)}`, "", ...header(d)];
  if (d.summary) out.push("", oneLine(d.summary));
  for (const [key, name] of sections) {
    out.push("", `## ${name}`);
    for (const e of d[key]) out.push("", ...entityMarkdown(e));
  }
  out.push("", "## Sources", "");
  for (const s of d.sources) out.push(...sourceMarkdown(s));
  return `${out.join("\n")}\n`;
}

function entityMarkdown(e: EntityDescription): string[] {
  const out = [`### ${escapeMarkdown(e.title)}`, "", `\`${e.kind}:${e.id}\``, ""];
  if (e.summary) out.push(`> ${oneLine(e.summary)}`, "");
  for (const s of e.sentences) out.push(`- ${s}`);
  const cited = e.sources.map((id) => `[${id}](#source-${id})`).join(", ");
  out.push("", `Sources: ${cited || "none cited"}.`);
  return out;
}

function sourceMarkdown(s: SourceDescription): string[] {
  const by = s.publisher ? `, ${escapeMarkdown(s.publisher)}` : "";
  const note = s.note ? ` ${oneLine(s.note)}` : "";
  return [
    `- <a id="source-${s.id}"></a>**${s.id}**: [${escapeMarkdown(s.title)}](${s.url})${by}. ${s.checked}${note}`,
  ];
}

function oneLine(text: string): string {
  return text.replace(/\s+/g, " ").trim();
}

function escapeMarkdown(text: string): string {
  return text.replace(/([\\`*_[\]<>])/g, "\\$1");
}
