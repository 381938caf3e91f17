import type { englishMessages } from "./en.js";

/** A key of the message catalog: an answer's code, or a `format.`/`render.`/helper entry. */
export type MessageKey = keyof typeof englishMessages;

/**
 * A message catalog: a template for every key (see `docs/engine.md`, "Messages"). Pass a full or
 * partial one as the `messages` option; missing keys fall back to English.
 */
export type MessageCatalog = { readonly [K in MessageKey]: string };

/** Locales with a shipped catalog. */
export type Locale = "en" | "es";

/** Options that choose the engine's words. */
export interface MessageOptions {
  /**
   * Templates overriding the catalog of `locale` (English by default), by key; a partial catalog
   * keeps the other entries.
   */
  readonly messages?: Partial<MessageCatalog>;
}
