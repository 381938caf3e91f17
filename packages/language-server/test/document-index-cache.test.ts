// The id index of a pathway analysed with a parse cache (as the server does on every edit)
// reuses the occurrences of unchanged entries, moved with them: it must always equal the index
// of a cold analysis of the same text.
import { createParseCache } from "@pathwise/core";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { generatePathway } from "../../../bench/corpus.mjs";
import { createLanguageService } from "../src/index.js";

const service = createLanguageService({ today: "2026-11-24" });
const base = generatePathway({ roles: 6, seed: 5 })
  .replace("    settings: [clinic]\n", '    settings: ["clinic"]\n')
  .replace("advances: [role:role-4]", "advances: ['role:role-4']");

const inserts = [
  "",
  "x",
  "\n",
  "    title: Extra\n",
  "  role-new:\n    title: New\n    settings: [lab]\n",
  "'",
  "role:",
  "{ credential: cred-1 }, ",
];

const occurrences = (text: string, cache?: ReturnType<typeof createParseCache>) =>
  service.analyze(text, cache).index.occurrences.map((o) => ({ ...o }));

describe("the document index through a parse cache", () => {
  it("equals the index of a cold analysis through random edits", () => {
    const edit = fc.record({
      at: fc.nat(),
      remove: fc.integer({ min: 0, max: 6 }),
      insert: fc.constantFrom(...inserts),
    });
    fc.assert(
      fc.property(fc.array(edit, { minLength: 1, maxLength: 8 }), (edits) => {
        const cache = createParseCache();
        let text = base;
        expect(occurrences(text, cache)).toEqual(occurrences(text));
        for (const e of edits) {
          // Edits at line starts keep most entries parseable, so most pieces are reused.
          const lines = [...text.matchAll(/\n/g)];
          const at = ((lines[e.at % lines.length]?.index ?? 0) + 1) % (text.length + 1);
          text = text.slice(0, at) + e.insert + text.slice(at + e.remove);
          expect(occurrences(text, cache)).toEqual(occurrences(text));
        }
      }),
      { numRuns: Number(process.env.FC_RUNS ?? 60) },
    );
  });

  it("moves an unchanged entry's occurrences with it", () => {
    const cache = createParseCache();
    const before = service.analyze(base, cache).index.occurrencesOf("setting", "lab");
    const edited = base.replace("title: Credential 0\n", "title: Credential zero, longer\n");
    const after = service.analyze(edited, cache).index.occurrencesOf("setting", "lab");
    expect(after.length).toBe(before.length);
    for (const o of after) expect(edited.slice(o.start, o.end)).toBe("lab");
    expect(after).toEqual(service.analyze(edited).index.occurrencesOf("setting", "lab"));
  });
});
