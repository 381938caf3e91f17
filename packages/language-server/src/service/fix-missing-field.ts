import type { Diagnostic } from "@pathwise/core";
import { isMap } from "yaml";
import type { AnalysedDocument } from "./analysed-document.js";
import type { QuickFix } from "./quick-fix.js";
import { appendField, nodeAt } from "./yaml-edits.js";

/** For a missing required field: the field's key added to the map, for its value to be typed. */
export function fixMissingField(doc: AnalysedDocument, d: Diagnostic): QuickFix[] {
  const field = d.data?.field;
  if (d.code !== "missing-field" || typeof field !== "string") return [];
  const map = nodeAt(doc.analysis.root, d.path);
  const edit = isMap(map) ? appendField(doc.text, map, field) : undefined;
  return edit
    ? [
        {
          title: `Add the required field \`${field}\``,
          diagnostic: d,
          edits: [edit],
          preferred: true,
        },
      ]
    : [];
}
