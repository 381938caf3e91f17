// A strict check of the LSP base protocol's framing on standard input, between the stream and
// the JSON-RPC reader. The reader of vscode-jsonrpc, given a malformed header (a non-numeric or
// negative Content-Length, LF-only separators, a duplicate header, binary bytes), reports an
// error and loses its place in the stream: the server keeps running and never answers again.
// No resynchronisation is safe after that, so the server names the problem on standard error
// and exits, and the client (VS Code restarts a crashed server) starts a fresh one.
// https://microsoft.github.io/language-server-protocol/specifications/base/0.9/specification/
import { PassThrough, type Readable } from "node:stream";

/** The longest header block accepted, in bytes; real clients send under 100. */
export const maxHeaderBytes = 8 * 1024;
/** The largest message accepted, in bytes (a 16 MiB document, escaped, with room to spare). */
export const maxMessageBytes = 64 * 1024 * 1024;

const knownHeaders = new Set(["content-length", "content-type"]);

/**
 * Passes `input` through unchanged while it is well framed; at the first framing error, stops
 * passing data on and calls `onViolation` with a one-sentence reason.
 */
export function guardFraming(input: Readable, onViolation: (reason: string) => void): Readable {
  const output = new PassThrough();
  let header: number[] = [];
  let bodyLeft = -1;
  let body: Buffer[] = [];
  let failed = false;
  let inValue = false;

  const fail = (reason: string) => {
    if (failed) return;
    failed = true;
    input.unpipe?.();
    onViolation(reason);
  };

  const readHeader = (block: string): string | number => {
    const seen = new Map<string, string>();
    for (const line of block.split("\r\n")) {
      const colon = line.indexOf(":");
      if (colon <= 0) return `Expected a header line \`Name: value\`, found ${show(line)}.`;
      const name = line.slice(0, colon).trim().toLowerCase();
      if (!knownHeaders.has(name))
        return `Expected Content-Length or Content-Type, found the header ${show(line.slice(0, colon))}.`;
      if (seen.has(name)) return `Expected one ${name} header, found two.`;
      seen.set(name, line.slice(colon + 1).trim());
    }
    const length = seen.get("content-length");
    if (length === undefined) return "Expected a Content-Length header, found none.";
    if (!/^\d{1,9}$/.test(length) || Number(length) > maxMessageBytes) {
      return `Expected Content-Length as a whole number of bytes up to ${maxMessageBytes}, found ${show(length)}.`;
    }
    return Number(length);
  };

  input.on("data", (chunk: Buffer) => {
    if (failed) return;
    let start = 0;
    while (start < chunk.length && !failed) {
      if (bodyLeft >= 0) {
        const take = Math.min(bodyLeft, chunk.length - start);
        body.push(chunk.subarray(start, start + take));
        bodyLeft -= take;
        start += take;
        if (bodyLeft === 0) {
          // The body goes on as it came: a well-framed message that is not JSON is the
          // reader's to answer (a parse error), and the stream stays in step.
          output.write(Buffer.concat(body));
          body = [];
          bodyLeft = -1;
        }
        continue;
      }
      const byte = chunk[start] as number;
      start++;
      header.push(byte);
      const n = header.length;
      // Separators are CRLF: a bare LF, or a CR followed by anything but LF, is malformed.
      if (byte === 10 && header[n - 2] !== 13)
        return fail("Expected header lines to end with CRLF, found a bare LF.");
      if (n >= 2 && header[n - 2] === 13 && byte !== 10)
        return fail("Expected header lines to end with CRLF, found a bare CR.");
      if (byte !== 10 && (byte < 32 || byte > 126) && byte !== 13)
        return fail("Expected a header of printable ASCII, found binary data.");
      // A header name is a token (letters, digits, hyphens) up to its colon: anything else there
      // means the stream is out of step (a wrong Content-Length), found without waiting for more.
      const nameEmpty = n === 1 || header[n - 2] === 10;
      if (byte === 58 && !inValue && !nameEmpty) inValue = true;
      else if (byte === 10) inValue = false;
      else if (!inValue && byte !== 13 && !isTokenByte(byte)) {
        return fail(
          `Expected a header line \`Name: value\`, found ${show(Buffer.from(header).toString("latin1"))}.`,
        );
      }
      if (n > maxHeaderBytes)
        return fail(`Expected a header of at most ${maxHeaderBytes} bytes, found more.`);
      if (
        n >= 4 &&
        header[n - 4] === 13 &&
        header[n - 3] === 10 &&
        header[n - 2] === 13 &&
        byte === 10
      ) {
        const block = Buffer.from(header.slice(0, n - 4)).toString("latin1");
        const raw = Buffer.from(header);
        header = [];
        const length = readHeader(block);
        if (typeof length === "string") return fail(length);
        output.write(raw);
        bodyLeft = length === 0 ? -1 : length;
      }
    }
  });
  input.on("end", () => output.end());
  input.on("error", (error) => output.destroy(error));
  return output;
}

function isTokenByte(byte: number): boolean {
  return (
    (byte >= 65 && byte <= 90) ||
    (byte >= 97 && byte <= 122) ||
    (byte >= 48 && byte <= 57) ||
    byte === 45
  );
}

function show(text: string): string {
  return JSON.stringify(text.length > 40 ? `${text.slice(0, 40)}…` : text);
}
