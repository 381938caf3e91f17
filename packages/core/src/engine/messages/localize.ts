import { englishMessages } from "./en.js";
import { formatMessage } from "./format.js";
import type { MessageCatalog, MessageOptions } from "./types.js";

// Answers are built with their English sentences; with a catalog, every sentence is rendered
// again from its code and data. The walk visits each node of the answer once (answers are trees
// of plain data), so it is linear in the answer's size.

/** Fields that hold pathway content or conditions, never engine sentences: not walked. */
const content = new Set(["condition", "requirement", "goal", "effort", "totals"]);

/**
 * The catalog `options.messages` asks for: English with those entries replaced, or undefined
 * when there are none (the answers keep their English sentences). @internal
 */
export function catalogOf(options: MessageOptions | undefined): MessageCatalog | undefined {
  const messages = options?.messages;
  return messages ? { ...englishMessages, ...messages } : undefined;
}

/**
 * An answer with every sentence rendered from its code and data with `catalog`: each `message`,
 * each plan item's `title` and `because`, each plan's `assumptions`. Codes missing from the
 * catalog render as `[code]`.
 *
 * @example
 * const es = localizeAnswer(recommendSteps(pathway, profile, { date }), spanishMessages);
 */
export function localizeAnswer<T>(answer: T, catalog: Partial<MessageCatalog>): T {
  return walk(answer, { ...englishMessages, ...catalog }) as T;
}

/** The answer in the words `options.messages` asks for, or as it is. @internal */
export function localized<T>(answer: T, options: MessageOptions | undefined): T {
  const catalog = catalogOf(options);
  return catalog ? (walk(answer, catalog) as T) : answer;
}

function walk(value: unknown, catalog: MessageCatalog): unknown {
  if (Array.isArray(value)) return value.map((v) => walk(v, catalog));
  if (typeof value !== "object" || value === null) return value;
  const out: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(value)) out[k] = content.has(k) ? v : walk(v, catalog);
  if (typeof out.code === "string" && typeof out.data === "object" && out.data !== null) {
    const text = formatMessage(catalog, out.code, out.data);
    if ("message" in out) out.message = text;
    if ("purpose" in out && "title" in out) {
      out.title = text;
      out.because = (out.purpose as { message: string }).message;
    }
  }
  if (Array.isArray(out.assumed)) {
    out.assumptions = (out.assumed as { message: string }[]).map((a) => a.message);
  }
  return out;
}
