import { lowerFirst } from "../../internal/text.js";
import { parseTemplate, type TemplateNode } from "./template.js";
import type { MessageCatalog } from "./types.js";

// Renders a catalog entry with its data. Values render by kind: a nested answer (an object with
// `code` and `data`) through its own entry, money and dates through the catalog's `format.*`
// entries, lists joined, everything else as text. Nesting is capped, so a catalog whose entries
// include each other in a circle renders a marker instead of looping.

/** Entries included in each other (`{@key}` and nested answers) at most this deep. */
const maxDepth = 16;
/** Parsed templates kept at most; past that the cache starts again (catalogs are small). */
const maxCached = 2000;
const parsed = new Map<string, readonly TemplateNode[]>();

/**
 * Renders the catalog entry `code` with `data`. A code missing from the catalog renders as the
 * code itself in brackets, so a partial catalog never throws.
 *
 * @example
 * formatMessage(englishMessages, "goal-advances", { goal: "role:lead", title: "Lead technician" });
 * // "It helps toward Lead technician."
 */
export function formatMessage(catalog: MessageCatalog, code: string, data: object): string {
  return renderEntry(catalog, code, data as Record<string, unknown>, 0);
}

function renderEntry(
  catalog: MessageCatalog,
  code: string,
  data: Record<string, unknown>,
  depth: number,
): string {
  const template = (catalog as Record<string, string | undefined>)[code];
  if (template === undefined || depth > maxDepth) return `[${code}]`;
  let nodes = parsed.get(template);
  if (!nodes) {
    if (parsed.size >= maxCached) parsed.clear();
    nodes = parseTemplate(template);
    parsed.set(template, nodes);
  }
  return renderNodes(nodes, { catalog, data, depth, hash: undefined });
}

interface Frame {
  readonly catalog: MessageCatalog;
  readonly data: Record<string, unknown>;
  readonly depth: number;
  readonly hash: number | undefined;
}

function renderNodes(nodes: readonly TemplateNode[], f: Frame): string {
  let out = "";
  for (const n of nodes) {
    if (n.t === "text") out += n.v;
    else if (n.t === "hash") out += f.hash === undefined ? "#" : String(f.hash);
    else if (n.t === "ref") out += renderEntry(f.catalog, n.key, f.data, f.depth + 1);
    else out += renderArg(n, f);
  }
  return out;
}

function renderArg(n: Extract<TemplateNode, { t: "arg" }>, f: Frame): string {
  const value = f.data[n.name];
  if (n.format === "plural") {
    const count = Number(value);
    const branch = n.options.get(`=${count}`) ?? n.options.get(count === 1 ? "one" : "other") ?? [];
    return renderNodes(branch, { ...f, hash: count });
  }
  if (n.format === "select") {
    const branch = n.options.get(selectKey(value)) ?? n.options.get("other") ?? [];
    return renderNodes(branch, f);
  }
  if (n.format === "join") {
    const sep = renderNodes(n.options.get("sep") ?? [], f);
    const items = Array.isArray(value) ? value : [];
    return items.map((v) => formatValue(v, n.item, f)).join(sep);
  }
  return formatValue(value, n.format, f);
}

function formatValue(value: unknown, format: string, f: Frame): string {
  if (format === "date" && typeof value === "string") {
    const [year, month, day] = value.split("-");
    return renderEntry(f.catalog, "format.date", { year, month, day }, f.depth + 1);
  }
  const text = plain(value, f);
  if (format === "lower") return lowerFirst(text);
  if (format === "clause") return lowerFirst(text).replace(/\.$/, "");
  return text;
}

function plain(value: unknown, f: Frame): string {
  if (value === undefined || value === null) return "";
  if (typeof value !== "object") return String(value);
  if (Array.isArray(value)) return value.map((v) => plain(v, f)).join(", ");
  const o = value as Record<string, unknown>;
  if (typeof o.code === "string" && typeof o.data === "object" && o.data !== null) {
    return renderEntry(f.catalog, o.code, o.data as Record<string, unknown>, f.depth + 1);
  }
  if (typeof o.amount === "number" && typeof o.currency === "string") {
    const key = f.catalog[`format.money.${o.currency}` as "format.money"]
      ? `format.money.${o.currency}`
      : "format.money";
    return renderEntry(f.catalog, key, o, f.depth + 1);
  }
  return String(value);
}

function selectKey(value: unknown): string {
  if (value === undefined || value === null || value === "") return "none";
  if (Array.isArray(value)) return value.length === 0 ? "none" : "other";
  if (typeof value === "object") return "other";
  return String(value);
}
