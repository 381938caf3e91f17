import type { Diagnostic, PathSegment } from "@pathwise/core";

/** One old id in a profile and the current id it becomes. */
export interface IdChange {
  /** 1-based line and column of the old id in the text. */
  readonly line: number;
  readonly column: number;
  readonly from: string;
  readonly to: string;
  /** Where the id is in the profile's data. */
  readonly path: readonly PathSegment[];
}

/**
 * The profile text with every old id that a `renamed-id` diagnostic points at replaced by the
 * current id, touching nothing else: comments, quoting, flow or block style and line endings
 * stay as they were. The diagnostics must carry ranges into `text`.
 */
export function rewriteRenamedIds(
  text: string,
  diagnostics: readonly Diagnostic[],
): { text: string; changes: IdChange[] } {
  const changes: IdChange[] = [];
  const edits: { start: number; end: number; text: string }[] = [];
  for (const d of diagnostics) {
    const to = d.suggestions?.[0];
    const from = d.data?.id;
    if (d.code !== "renamed-id" || !d.range || to === undefined || typeof from !== "string")
      continue;
    const { start, end } = d.range;
    const slice = text.slice(start.offset, end.offset);
    // The range is the scalar, with its quotes when it has them; an id needs no escaping, so
    // the old id inside it is replaced as written. A scalar spelt with escapes is rewritten whole.
    const inner = slice.indexOf(from);
    const replacement =
      inner >= 0
        ? { start: start.offset + inner, end: start.offset + inner + from.length, text: to }
        : {
            start: start.offset,
            end: end.offset,
            text: /^["']/.test(slice) ? `${slice[0]}${to}${slice[0]}` : to,
          };
    edits.push(replacement);
    changes.push({ line: start.line, column: start.column, from, to, path: d.path });
  }
  let out = text;
  for (const e of edits.sort((a, b) => b.start - a.start)) {
    out = out.slice(0, e.start) + e.text + out.slice(e.end);
  }
  return { text: out, changes: changes.sort((a, b) => a.line - b.line || a.column - b.column) };
}
