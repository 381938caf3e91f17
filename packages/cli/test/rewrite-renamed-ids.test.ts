import { readFileSync } from "node:fs";
import { analyzeProfile, loadPathwayOrThrow } from "@pathwise/core";
import { describe, expect, it } from "vitest";
import { rewriteRenamedIds } from "../src/migrate/rewrite-renamed-ids.js";

const pathway = loadPathwayOrThrow(
  readFileSync(
    new URL("../../core/test/profile-fixtures/demo.pathway.yaml", import.meta.url),
    "utf8",
  ),
);

function rewrite(text: string) {
  const analysis = analyzeProfile(text, { pathway });
  return rewriteRenamedIds(analysis.text, analysis.result.diagnostics);
}

describe("rewriteRenamedIds", () => {
  it("replaces plain, quoted and flow ids, and nothing else", () => {
    const text =
      "pathwise: 1\npathway: demo\nrole: helper # helper\nhistory:\n  - { role: \"aide\", from: 2024-01-01 }\ngoals: [{ credential: 'basic-certificate' }]\n";
    const out = rewrite(text);
    expect(out.text).toBe(
      "pathwise: 1\npathway: demo\nrole: assistant # helper\nhistory:\n  - { role: \"assistant\", from: 2024-01-01 }\ngoals: [{ credential: 'basic-cert' }]\n",
    );
    expect(out.changes.map((c) => [c.line, c.column, c.from, c.to])).toEqual([
      [3, 7, "helper", "assistant"],
      [5, 13, "aide", "assistant"],
      [6, 23, "basic-certificate", "basic-cert"],
    ]);
  });

  it("rewrites a scalar spelt with escapes whole, keeping its quotes", () => {
    const out = rewrite('{ "pathwise": 1, "pathway": "demo", "role": "\\u0068elper" }');
    expect(out.text).toBe('{ "pathwise": 1, "pathway": "demo", "role": "assistant" }');
  });

  it("leaves a profile without renamed ids as it is", () => {
    const text = "pathwise: 1\npathway: demo\nrole: assistant\n";
    expect(rewrite(text)).toEqual({ text, changes: [] });
  });
});
