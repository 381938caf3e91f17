import { PathwiseError } from "../../diagnostics/pathwise-error.js";
import { englishMessages } from "./en.js";
import { spanishMessages } from "./es.js";
import type { Locale, MessageCatalog } from "./types.js";

/**
 * The locales with a shipped catalog.
 *
 * @example
 * const menu = locales.map((locale) => ({ locale, catalog: messagesFor(locale) }));
 */
export const locales: readonly Locale[] = ["en", "es"];

/**
 * The shipped catalog of a locale (`en` or `es`); any other throws a {@link PathwiseError}
 * (`invalid-argument`) naming the locales there are.
 *
 * @example
 * const next = recommendSteps(pathway, profile, { date: "2026-11-24", messages: messagesFor("es") });
 */
export function messagesFor(locale: string): MessageCatalog {
  if (locale === "en") return englishMessages;
  if (locale === "es") return spanishMessages;
  throw new PathwiseError(
    "invalid-argument",
    `Expected a locale of ${locales.map((l) => `\`${l}\``).join(" or ")}, found \`${locale}\`.`,
  );
}
