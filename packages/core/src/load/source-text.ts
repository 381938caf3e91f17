import { type DraftDiagnostic, makeDiagnostic } from "../diagnostics/make-diagnostic.js";

/** Text ready for parsing, or the reason it cannot be read as text. */
export type DecodedText =
  | { ok: true; text: string }
  | { ok: false; diagnostic: DraftDiagnostic /** Lossy text, for positions. */; text: string };

/**
 * Turns bytes or a string into parseable text: decodes strict UTF-8, drops a byte-order mark,
 * reads a lone CR as a line end, and refuses NUL bytes (a sign of a binary file). Positions are then counted in the text
 * without the mark, as editors count them.
 */
export function decodeSourceText(source: string | Uint8Array): DecodedText {
  let text: string;
  if (typeof source === "string") {
    text = source;
  } else {
    try {
      text = new TextDecoder("utf-8", { fatal: true }).decode(source);
    } catch {
      const at = firstInvalidUtf8(source);
      const before = new TextDecoder("utf-8").decode(source.subarray(0, at));
      const lossy = new TextDecoder("utf-8").decode(source);
      const skip = before.charCodeAt(0) === 0xfeff ? 1 : 0;
      return {
        ok: false,
        text: skip ? lossy.slice(1) : lossy,
        diagnostic: makeDiagnostic(
          "invalid-encoding",
          `Expected UTF-8 text, found an invalid byte sequence at byte ${at}.`,
          [],
          { data: { byteOffset: at }, at: before.length - skip, end: before.length - skip + 1 },
        ),
      };
    }
  }
  if (text.charCodeAt(0) === 0xfeff) text = text.slice(1);
  // A lone CR ends a line for editors (LSP counts it) but not for the YAML parser, which would
  // read a classic Mac file as one line. One character for one keeps every offset in place.
  if (text.includes("\r")) text = text.replace(/\r(?!\n)/g, "\n");
  const nul = text.indexOf("\u0000");
  if (nul !== -1) {
    return {
      ok: false,
      text,
      diagnostic: makeDiagnostic(
        "invalid-encoding",
        "Expected text, found a NUL byte (is this a binary file?).",
        [],
        {
          data: { offset: nul },
          at: nul,
          end: nul + 1,
        },
      ),
    };
  }
  return { ok: true, text };
}

function firstInvalidUtf8(bytes: Uint8Array): number {
  // Scan in growing prefixes would be quadratic; decode in one pass, byte-wise, instead.
  let i = 0;
  while (i < bytes.length) {
    const b = bytes[i] as number;
    const need =
      b < 0x80
        ? 0
        : b >= 0xc2 && b < 0xe0
          ? 1
          : b >= 0xe0 && b < 0xf0
            ? 2
            : b >= 0xf0 && b < 0xf5
              ? 3
              : -1;
    if (need < 0) return i;
    for (let k = 1; k <= need; k++) {
      const c = bytes[i + k];
      if (c === undefined || (c & 0xc0) !== 0x80) return i;
    }
    i += need + 1;
  }
  return i;
}
