import type { Diagnostic, Position } from "../../src/index.js";

/**
 * Throws unless every diagnostic has a range (the loader always has the text), inside the text,
 * with `start <= end`, and with the line and column of its offset. Plain checks rather than
 * `expect`, which costs more than the load itself at 20,000 inputs.
 */
export function expectRangesInside(
  diagnostics: readonly Diagnostic[],
  text: string,
  position: (offset: number) => Position,
): void {
  for (const d of diagnostics) {
    const fail = (why: string): never => {
      throw new Error(`${d.code} (${d.message}): ${why}, ${JSON.stringify(d.range)}`);
    };
    const { start, end } = d.range ?? fail("no range");
    if (!(start.offset >= 0 && start.offset <= end.offset && end.offset <= text.length))
      fail(`range outside the text of ${text.length} characters`);
    const [s, e] = [position(start.offset), position(end.offset)];
    if (s.line !== start.line || s.column !== start.column) fail("start line or column wrong");
    if (e.line !== end.line || e.column !== end.column) fail("end line or column wrong");
  }
}
