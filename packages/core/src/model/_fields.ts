import * as z from "zod/mini";
import { doc } from "./_meta.js";
import { ref } from "./id.js";

// Fields several entities share, documented once.

/** A short human title. @internal */
export const title = doc(
  z.string().check(z.minLength(1), z.maxLength(200)),
  "A short human title.",
);
/** A few sentences for people. @internal */
export const summary = doc(
  z.optional(z.string().check(z.maxLength(5000))),
  "A few sentences for people reading the pathway (Markdown).",
);
/** Ids of the sources an entry cites. @internal */
export const sourceRefs = doc(
  z.optional(z.array(ref("source", "ptcb-recertify"))),
  "Ids of the sources (under `sources`) that back this entry's facts.",
);
