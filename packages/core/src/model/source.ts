import * as z from "zod/mini";
import { title } from "./_fields.js";
import { doc, meta } from "./_meta.js";
import { IsoDate } from "./id.js";

/**
 * What `archived` says when a source was read from an archived copy whose date is not shown.
 *
 * @example
 * const archived = Object.values(pathway.sources).filter((s) => s.archived === undatedCopy);
 */
export const undatedCopy = "undated" as const;

const label = "[A-Za-z0-9](?:[A-Za-z0-9-]*[A-Za-z0-9])?";
const pathChar = "(?:[A-Za-z0-9._~!$&'()*+,;=:@-]|%[0-9A-Fa-f]{2})";
const queryChar = "(?:[A-Za-z0-9._~!$&'()*+,;=:@/?-]|%[0-9A-Fa-f]{2})";

/**
 * An http or https URL as RFC 3986 writes it: a host name of letters, digits and hyphens, an
 * optional port, then path, query and fragment in URI characters (anything else, such as a
 * space or `ä`, percent-encoded). One pattern for the core and the JSON Schema, so both give one
 * verdict: a WHATWG URL parser would accept, and quietly encode, `https://example.org/a b`.
 * Every URL this pattern accepts is also a JSON Schema `uri`, which editors check as well.
 */
export const httpUrlPattern = new RegExp(
  `^https?://${label}(?:\\.${label})*(?::\\d{1,5})?(?:/${pathChar}*)*(?:\\?${queryChar}*)?(?:#${queryChar}*)?$`,
);

/**
 * Where a fact comes from.
 *
 * @example
 * const sources: Record<string, Source> = pathway.sources;
 * for (const s of Object.values(sources)) console.log(s.title, s.url);
 */
export const Source = doc(
  z.strictObject({
    title,
    url: doc(
      z.string().check(z.regex(httpUrlPattern)),
      "Where the source can be read: an `http` or `https` URL, with any space or other character outside URIs percent-encoded (`%20`).",
      { jsonSchema: { format: "uri" } },
    ),
    publisher: doc(z.optional(z.string().check(z.maxLength(200))), "Who published the source."),
    accessed: doc(IsoDate, "When the source was last read and checked, as `YYYY-MM-DD`."),
    archived: meta(z.optional(z.union([IsoDate, z.literal(undatedCopy)])), {
      description:
        "When the facts were read from an archived copy of the page rather than the live page: the date the copy was taken, as YYYY-MM-DD, or undated when the copy shows no date. Absent means the live page was read on accessed.",
      markdownDescription:
        "When the facts were read from an **archived copy** of the page rather than the live page: the date the copy was taken, as `YYYY-MM-DD`, or `undated` when the copy shows no date. Absent means the live page was read on `accessed`.",
      examples: ["2025-03-10", undatedCopy],
    }),
    note: doc(
      z.optional(z.string().check(z.maxLength(1000))),
      "How the source was read, or what to re-check.",
    ),
  }),
  "A source that facts cite: title, URL, when it was last checked, and whether an archived copy was read.",
  {
    defaultSnippets: [
      { label: "New source", body: { title: "$1", url: "https://$2", accessed: "$3" } },
    ],
  },
);

export type Source = z.infer<typeof Source>;
