import { englishMessages } from "./en.js";
import { formatMessage } from "./format.js";
import type { MessageKey } from "./types.js";

/**
 * A piece of an answer as data: a machine `code` (a key of the message catalog), the `data` its
 * sentence is rendered from, and the sentence itself, in English unless a catalog was given.
 *
 * @example
 * const [status] = credentialStatuses(pathway, profile, { date: "2026-11-24" });
 * const piece: CodedMessage | undefined = status && { code: status.code, data: status.data, message: status.message };
 * if (piece) console.log(formatMessage(spanishMessages, piece.code, piece.data));
 */
export interface CodedMessage<
  C extends string = MessageKey,
  D extends object = Readonly<Record<string, unknown>>,
> {
  readonly code: C;
  readonly data: D;
  readonly message: string;
}

/** An answer piece with its English sentence rendered from the default catalog. @internal */
export function coded<C extends MessageKey, D extends object>(
  code: C,
  data: D,
): CodedMessage<C, D> {
  return { code, data, message: formatMessage(englishMessages, code, data) };
}

/**
 * A piece with its code and data and an empty sentence, for what is worked out more often than
 * it is shown (reasons of steps not shown, routes a plan drops): the sentence is rendered
 * (`coded`) for what is returned. @internal
 */
export function unworded<C extends string, D extends object>(code: C, data: D): CodedMessage<C, D> {
  return { code, data, message: "" };
}

/** Data without its undefined fields, so answers serialise as they compare. @internal */
export function defined<D extends object>(data: D): D {
  const out: Record<string, unknown> = {};
  const from = data as Record<string, unknown>;
  // Data are plain object literals: their keys are their own, in the order written.
  for (const k in from) {
    const v = from[k];
    if (v !== undefined) out[k] = v;
  }
  return out as D;
}
