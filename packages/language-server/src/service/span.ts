/**
 * A span of the document, as offsets into its analysed text (the server turns them into lines).
 *
 * @example
 * const span: Span = { start: 0, end: text.length };
 * const service = createLanguageService();
 * const hints = service.inlayHints(service.analyze(text), span);
 */
export interface Span {
  readonly start: number;
  readonly end: number;
}

/**
 * A text edit of one document: replace the span with `newText`.
 *
 * @example
 * const apply = (text: string, edits: readonly Edit[]) =>
 *   [...edits].sort((a, b) => b.start - a.start).reduce((t, e) => t.slice(0, e.start) + e.newText + t.slice(e.end), text);
 * const service = createLanguageService();
 * const formatted = apply(text, service.format(service.analyze(text)));
 */
export interface Edit extends Span {
  readonly newText: string;
}

/** Whether `offset` lies in `span`, ends included (a cursor right after an id is on it). */
export const within = (span: Span | undefined, offset: number): boolean =>
  span !== undefined && offset >= span.start && offset <= span.end;

/** The span of a YAML node's value (`range[0]` to `range[1]`), if it has one. */
export const spanOf = (node: { range?: readonly number[] | null } | null | undefined) =>
  node?.range ? { start: node.range[0] as number, end: node.range[1] as number } : undefined;
