import type { Diagnostic } from "@pathwise/core";
import type { Edit } from "./span.js";

/** A quick fix for a diagnostic. */
export interface QuickFix {
  readonly title: string;
  readonly diagnostic: Diagnostic;
  readonly edits: readonly Edit[];
  readonly preferred: boolean;
}
