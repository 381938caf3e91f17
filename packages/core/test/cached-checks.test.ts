// An editor's re-analysis with a parse cache reuses, for the entries an edit left unchanged, the
// findings of the checks that look at one entry alone (its references, its impossible
// conditions, its reserved keys). Whatever the edits, the verdict (model, diagnostics, their
// positions) must stay exactly that of a cold analysis of the same text.
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { generatePathway } from "../../../bench/corpus.mjs";
import { analyzePathway, createParseCache } from "../src/index.js";

const today = "2026-11-24";

function verdict(text: string, options: Record<string, unknown>) {
  const { result } = analyzePathway(text, options);
  return { diagnostics: result.diagnostics, value: result.ok ? result.value : undefined };
}

const base = generatePathway({ roles: 6, seed: 5 }).replace(
  "  role-0:\n    title: Role 0\n    settings: [clinic]\n",
  "  role-0:\n    title: Role 0\n    settings: &where [clinic]\n",
);

// Edits that add and remove per-entry findings, move unchanged entry bodies to other ids, and
// share one entry's whole data between two ids.
const rewrites: readonly (readonly [string, string])[] = [
  ["atLeast: 1", "atLeast: 3"],
  ["atLeast: 3", "atLeast: 1"],
  ["[{ credential: cred-0 },", "[{ credential: cred-0 }, { not: { credential: cred-0 } },"],
  [", { not: { credential: cred-0 } }", ""],
  ["settings: [clinic]", "settings: [clinc]"],
  ["settings: [clinc]", "settings: [clinic]"],
  ["settings: [clinic]", "settings: *where"],
  ["strategy: learn", "strategy: lern"],
  ["{ step: step-4 }", "{ step: step-40 }"],
  ["  role-3:\n", "  role-3b:\n"],
  ["  role-3b:\n", "  role-3:\n"],
  ["  role-1:\n", "  role-2:\n"],
  ["  role-2:\n", "  role-1:\n"],
  ["  step-4:\n", "  step-4x:\n"],
  ["  lab: { title: Setting lab }\n", ""],
  ["  remote: { title", "  lab: { title: Setting lab }\n  remote: { title"],
  ["  role-5:\n", "  role-5: &whole\n"],
  ["steps:\n  step-0:", "  role-copy: *whole\nsteps:\n  step-0:"],
  ["  role-copy: *whole\n", ""],
  ["title: Role 4\n", "title: Role four\n"],
  ["{ years: 2 }", "{ years: 3 }"],
];

function rewrite(text: string, which: number, nth: number): string {
  const [from, to] = rewrites[which % rewrites.length] as readonly [string, string];
  const found = text.split(from).length - 1;
  if (found === 0) return text;
  let at = -1;
  for (let i = 0; i <= nth % found; i++) at = text.indexOf(from, at + 1);
  return text.slice(0, at) + to + text.slice(at + from.length);
}

describe("per-entry check results reused through the parse cache", () => {
  it("gives the cold verdict through random edits that add, remove and move findings", () => {
    const edit = fc.record({ which: fc.nat(), nth: fc.nat(5) });
    fc.assert(
      fc.property(fc.array(edit, { minLength: 1, maxLength: 12 }), (edits) => {
        const cache = createParseCache();
        let text = base;
        expect(verdict(text, { today, cache })).toEqual(verdict(text, { today }));
        for (const e of edits) {
          text = rewrite(text, e.which, e.nth);
          expect(verdict(text, { today, cache })).toEqual(verdict(text, { today }));
        }
      }),
      { numRuns: Number(process.env.FC_RUNS ?? 100) },
    );
  });

  it("places the finding of an unchanged entry under its new id after a rename", () => {
    const cache = createParseCache();
    const impossible = base.replace(
      "    requires: { all: [{ credential: cred-2 }, { experience: { years: 1, role: role-1 } }, { atLeast: 1,",
      "    requires: { all: [{ credential: cred-2 }, { experience: { years: 1, role: role-1 } }, { atLeast: 5,",
    );
    expect(impossible).not.toBe(base);
    const paths = (text: string) =>
      verdict(text, { today, cache })
        .diagnostics.filter((d) => d.code === "impossible-condition")
        .map((d) => d.path.slice(0, 2));
    expect(paths(impossible)).toEqual([["roles", "role-3"]]);
    const renamed = impossible.replace("  role-3:\n", "  role-3b:\n");
    expect(paths(renamed)).toEqual([["roles", "role-3b"]]);
    expect(verdict(renamed, { today, cache })).toEqual(verdict(renamed, { today }));
  });
});
