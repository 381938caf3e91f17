import { type DraftDiagnostic, makeDiagnostic } from "../diagnostics/make-diagnostic.js";
import type { HistoryEntry } from "../model/profile.js";

/** The end of an open job, for comparing periods: later than any date a profile can hold. */
const openEnd = "9999-12-31";

/**
 * Finds jobs that overlap an earlier-starting one, reporting each job at most once (against
 * the earlier job that runs longest), so that a history of n jobs all held at once yields n - 1
 * warnings, not n²/2. One sort and one sweep: O(n log n).
 */
export function checkOverlaps(history: readonly HistoryEntry[]): DraftDiagnostic[] {
  const out: DraftDiagnostic[] = [];
  const order = history.map((_, i) => i);
  order.sort((a, b) => {
    const x = history[a] as HistoryEntry;
    const y = history[b] as HistoryEntry;
    return x.from < y.from ? -1 : x.from > y.from ? 1 : a - b;
  });
  let longest: number | undefined;
  let longestEnd = "";
  for (const i of order) {
    const job = history[i] as HistoryEntry;
    const end = job.to ?? openEnd;
    if (longest !== undefined && job.from <= longestEnd) {
      const other = history[longest] as HistoryEntry;
      out.push(
        makeDiagnostic(
          "overlapping-history",
          `Expected jobs one after another, found this one overlapping job ${longest + 1} (${other.role}); the overlap counts once.`,
          ["history", i],
          { target: "key", data: { with: longest } },
        ),
      );
    }
    if (longest === undefined || end > longestEnd) {
      longest = i;
      longestEnd = end;
    }
  }
  return out;
}
