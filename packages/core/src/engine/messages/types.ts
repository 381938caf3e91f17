import type { englishMessages } from "./en.js";

/**
 * A key of the message catalog: an answer's code, or a `format.`/`render.`/helper entry.
 *
 * @example
 * const key: MessageKey = "render.next-steps";
 * console.log(formatMessage(spanishMessages, key, { date: "2026-11-24" }));
 */
export type MessageKey = keyof typeof englishMessages;

/**
 * A message catalog: a template for every key (see `docs/engine.md`, "Messages"). Pass a full or
 * partial one as the `messages` option; missing keys fall back to English.
 *
 * @example
 * const catalog: MessageCatalog = { ...englishMessages, "render.next-steps": "What to do next ({date}):" };
 * const next = recommendSteps(pathway, profile, { date: "2026-11-24", messages: catalog });
 */
export type MessageCatalog = { readonly [K in MessageKey]: string };

/**
 * Locales with a shipped catalog.
 *
 * @example
 * const locale: Locale = "es";
 * const next = recommendSteps(pathway, profile, { date: "2026-11-24", messages: messagesFor(locale) });
 */
export type Locale = "en" | "es";

/**
 * Options that choose the engine's words.
 *
 * @example
 * const words: MessageOptions = { messages: spanishMessages };
 * const plan = planRoute(pathway, profile, { role: "lead-technician" }, { date: "2026-11-24", ...words });
 */
export interface MessageOptions {
  /**
   * Templates overriding the catalog of `locale` (English by default), by key; a partial catalog
   * keeps the other entries.
   */
  readonly messages?: Partial<MessageCatalog>;
}
