/** A piece of a pathway's text: a top-level key, or an entry of a block id collection. */
export interface Chunk {
  readonly start: number;
  readonly end: number;
  /** The collection an entry chunk belongs to; undefined for a top-level chunk. */
  readonly collection?: string;
}

const topKeyLine = /^([A-Za-z_][A-Za-z0-9_-]*)[ ]*:[ ]*(?:#.*)?\r?$/;

/** Splits at top-level keys and at the entries of block id collections; `undefined` if unsure. */
export function splitChunks(text: string, collections: ReadonlySet<string>): Chunk[] | undefined {
  const chunks: Chunk[] = [];
  let open: { start: number; collection?: string } | undefined;
  let inCollection: string | undefined;
  let sawTop = false;
  for (let start = 0; start < text.length; ) {
    const nl = text.indexOf("\n", start);
    const end = nl === -1 ? text.length : nl + 1;
    const first = text[start] as string;
    if (first !== " " && first !== "#" && first !== "\n" && first !== "\r") {
      // A top-level line: only plain `key:` lines are understood here.
      if (!/[A-Za-z_]/.test(first)) return undefined;
      const line = text.slice(start, end);
      const colon = line.indexOf(":");
      if (colon < 1) return undefined;
      if (open) chunks.push({ ...open, end: start });
      open = { start: sawTop ? start : 0 };
      sawTop = true;
      const header = topKeyLine.exec(line.replace(/\n$/, ""));
      inCollection = header && collections.has(header[1] as string) ? header[1] : undefined;
    } else if (
      inCollection &&
      first === " " &&
      text[start + 1] === " " &&
      /[A-Za-z0-9_]/.test(text[start + 2] ?? " ")
    ) {
      if (open) chunks.push({ ...open, end: start });
      open = { start, collection: inCollection };
    }
    start = end;
  }
  if (!open || !sawTop) return undefined;
  chunks.push({ ...open, end: text.length });
  return chunks;
}
