// Lines of a text stream, ended by LF, CRLF or a lone CR (old Mac files, and some exports),
// without the byte-order mark a first line may carry. `readline` knows LF and CRLF only: a file
// with lone CRs would reach it as one long line.

/** Yields each line of `input` (a stream of text or bytes, read as UTF-8), without its line end. */
export async function* readLines(
  input: AsyncIterable<string | Uint8Array>,
): AsyncGenerator<string> {
  const decoder = new TextDecoder("utf-8");
  let pending = "";
  let first = true;
  let afterCr = false;
  const take = (line: string) => {
    if (first) {
      first = false;
      return line.charCodeAt(0) === 0xfeff ? line.slice(1) : line;
    }
    return line;
  };
  for await (const chunk of input) {
    let text = typeof chunk === "string" ? chunk : decoder.decode(chunk, { stream: true });
    // A CRLF split across two chunks: the LF belongs to the line the CR already ended.
    if (afterCr && text.startsWith("\n")) text = text.slice(1);
    afterCr = false;
    let start = 0;
    for (let i = 0; i < text.length; i++) {
      const c = text.charCodeAt(i);
      if (c !== 10 && c !== 13) continue;
      yield take(pending + text.slice(start, i));
      pending = "";
      if (c === 13) {
        if (i + 1 < text.length) {
          if (text.charCodeAt(i + 1) === 10) i++;
        } else afterCr = true;
      }
      start = i + 1;
    }
    pending += text.slice(start);
  }
  pending += decoder.decode();
  if (pending !== "") yield take(pending);
}
