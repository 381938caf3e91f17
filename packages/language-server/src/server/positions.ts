// Position conversion, written once: the service speaks in offsets into a document's analysed
// text, the core in 1-based lines and columns, LSP in 0-based lines and UTF-16 characters.
import type { Position as CorePosition, Range as CoreRange } from "@pathwise/core";
import type { Position, Range } from "vscode-languageserver";
import type { TextDocument } from "vscode-languageserver-textdocument";
import type { AnalysedDocument } from "../service/analysed-document.js";
import type { Span } from "../service/span.js";

/** A core position (1-based) as an LSP position (0-based). */
export const lspPosition = (p: CorePosition): Position => ({
  line: p.line - 1,
  character: p.column - 1,
});

/** A core range as an LSP range; a diagnostic without one points at the top of the file. */
export const lspRangeOf = (range: CoreRange | undefined): Range =>
  range
    ? { start: lspPosition(range.start), end: lspPosition(range.end) }
    : { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } };

/** A span of an analysed document as an LSP range. */
export const lspRange = (doc: AnalysedDocument, span: Span): Range => ({
  start: lspPosition(doc.analysis.position(span.start)),
  end: lspPosition(doc.analysis.position(span.end)),
});

/** The offset of an LSP position in an open document. */
export const offsetAt = (text: TextDocument, position: Position): number => text.offsetAt(position);

/** An LSP range of an open document as a span of offsets. */
export const spanAt = (text: TextDocument, range: Range): Span => ({
  start: text.offsetAt(range.start),
  end: text.offsetAt(range.end),
});
