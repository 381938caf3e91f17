import { lowerFirst } from "../../internal/text.js";
import { parseTemplate, type TemplateNode } from "./template.js";
import type { MessageCatalog } from "./types.js";

// Renders a catalog entry with its data. Values render by kind: a nested answer (an object with
// `code` and `data`) through its own entry, money and dates through the catalog's `format.*`
// entries, lists joined, everything else as text. Nesting is capped, so a catalog whose entries
// include each other in a circle renders a marker instead of looping.

/** Entries included in each other (`{@key}` and nested answers) at most this deep. */
const maxDepth = 16;
/** Compiled templates kept at most; past that the cache starts again (catalogs are small). */
const maxCached = 2000;
const compiled = new Map<string, Render>();

/**
 * A template compiled once into a function of its data: rendering a sentence is a few string
 * concatenations, without walking the parsed template again. `hash` is the number `#` stands for.
 */
type Render = (
  catalog: MessageCatalog,
  data: Record<string, unknown>,
  depth: number,
  hash: number | undefined,
) => string;

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
  let render = compiled.get(template);
  if (!render) {
    if (compiled.size >= maxCached) compiled.clear();
    render = compileNodes(parseTemplate(template));
    compiled.set(template, render);
  }
  return render(catalog, data, depth, undefined);
}

const empty: Render = () => "";

function compileNodes(nodes: readonly TemplateNode[]): Render {
  const parts = nodes.map(compileNode);
  if (parts.length === 0) return empty;
  if (parts.length === 1) return parts[0] as Render;
  return (catalog, data, depth, hash) => {
    let out = "";
    for (const part of parts) out += part(catalog, data, depth, hash);
    return out;
  };
}

function compileNode(n: TemplateNode): Render {
  if (n.t === "text") {
    const text = n.v;
    return () => text;
  }
  if (n.t === "hash") return (_c, _d, _depth, hash) => (hash === undefined ? "#" : String(hash));
  if (n.t === "ref") {
    const key = n.key;
    return (catalog, data, depth) => renderEntry(catalog, key, data, depth + 1);
  }
  return compileArg(n);
}

function compileArg(n: Extract<TemplateNode, { t: "arg" }>): Render {
  const { name, format, item } = n;
  const options = new Map([...n.options].map(([k, nodes]) => [k, compileNodes(nodes)]));
  if (format === "plural") {
    return (catalog, data, depth) => {
      const count = Number(data[name]);
      const branch =
        options.get(`=${count}`) ?? options.get(count === 1 ? "one" : "other") ?? empty;
      return branch(catalog, data, depth, count);
    };
  }
  if (format === "select") {
    return (catalog, data, depth, hash) => {
      const branch = options.get(selectKey(data[name])) ?? options.get("other") ?? empty;
      return branch(catalog, data, depth, hash);
    };
  }
  if (format === "join") {
    const sep = options.get("sep") ?? empty;
    return (catalog, data, depth, hash) => {
      const value = data[name];
      const items = Array.isArray(value) ? value : [];
      const between = sep(catalog, data, depth, hash);
      let out = "";
      for (let i = 0; i < items.length; i++) {
        out += (i > 0 ? between : "") + formatValue(items[i], item, catalog, depth);
      }
      return out;
    };
  }
  return (catalog, data, depth) => formatValue(data[name], format, catalog, depth);
}

function formatValue(
  value: unknown,
  format: string,
  catalog: MessageCatalog,
  depth: number,
): string {
  if (format === "date" && typeof value === "string") {
    const [year, month, day] = value.split("-");
    return renderEntry(catalog, "format.date", { year, month, day }, depth + 1);
  }
  const text = plain(value, catalog, depth);
  if (format === "lower") return lowerFirst(text);
  if (format === "clause") return lowerFirst(text).replace(/\.$/, "");
  return text;
}

function plain(value: unknown, catalog: MessageCatalog, depth: number): string {
  if (value === undefined || value === null) return "";
  if (typeof value !== "object") return String(value);
  if (Array.isArray(value)) return value.map((v) => plain(v, catalog, depth)).join(", ");
  const o = value as Record<string, unknown>;
  if (typeof o.code === "string" && typeof o.data === "object" && o.data !== null) {
    return renderEntry(catalog, o.code, o.data as Record<string, unknown>, depth + 1);
  }
  if (typeof o.amount === "number" && typeof o.currency === "string") {
    const key = catalog[`format.money.${o.currency}` as "format.money"]
      ? `format.money.${o.currency}`
      : "format.money";
    return renderEntry(catalog, key, o, depth + 1);
  }
  return String(value);
}

function selectKey(value: unknown): string {
  if (value === undefined || value === null || value === "") return "none";
  if (Array.isArray(value)) return value.length === 0 ? "none" : "other";
  if (typeof value === "object") return "other";
  return String(value);
}
