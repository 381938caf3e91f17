// The parse cache with YAML anchors and aliases: an editor's analysis must stay exactly the whole
// parse's (model, diagnostics and their positions) while entries tied by aliases are edited, and
// entries that an edit did not touch are still reused.
import { readFileSync } from "node:fs";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import type { YAMLMap } from "yaml";
import { generatePathway } from "../../../bench/corpus.mjs";
import { analyzePathway, createParseCache } from "../src/index.js";
import { entryPair } from "./yaml-entries.js";

const today = "2026-11-24";

function verdict(text: string, options: Record<string, unknown>) {
  const { result } = analyzePathway(text, options);
  return { diagnostics: result.diagnostics, value: result.ok ? result.value : undefined };
}

/** A generated pathway whose entries share values through anchors, within and across entries. */
function withAliases(): string {
  let text = generatePathway({ roles: 6, seed: 5 });
  let n = 0;
  text = text.replace(/ {4}renewal: (\{.*\})\n/g, (_m, value: string) =>
    n++ === 0 ? `    renewal: &renewal ${value}\n` : "    renewal: *renewal\n",
  );
  text = text.replace("    settings: [clinic]\n", "    settings: &where [clinic]\n");
  text = text.replace(/( {2}role-4:\n.*\n) {4}settings: \[\w+\]\n/, "$1    settings: *where\n");
  text = text.replace(
    "    effort: { weeks: 7, hours: 33 }\n",
    "    effort: &effort { weeks: 7, hours: 33 }\n    notes: [*effort]\n",
  );
  return text;
}

const base = withAliases();

describe("the parse cache with anchors and aliases", () => {
  it("starts from a pathway with aliases across entries that loads cleanly", () => {
    expect(base).toContain("*renewal");
    expect(base).toContain("*where");
    expect(verdict(base, { today }).diagnostics.filter((d) => d.severity === "error")).toEqual([]);
  });

  it("gives the whole-parse verdict through random edits in and around anchors and aliases", () => {
    const marks = fc.constantFrom("&renewal", "*renewal", "&where", "*where", "&effort", "*effort");
    const insert = fc.constantFrom(
      "",
      "x",
      " ",
      ":",
      "\n",
      "&renewal ",
      "*renewal",
      "&where ",
      "*where",
      "&fresh ",
      "*fresh",
      "*effort",
      "\n  new-id:\n    title: New\n    settings: *where\n",
      "{ every: { years: 3 } }",
    );
    const anywhere = fc.record({ at: fc.nat(), remove: fc.integer({ min: 0, max: 3 }), insert });
    // An edit next to (or on) an anchor or alias: deleting an anchor is `remove` over its name.
    const nearMark = fc.record({
      mark: marks,
      nth: fc.nat(3),
      delta: fc.integer({ min: -4, max: 24 }),
      remove: fc.integer({ min: 0, max: 10 }),
      insert,
    });
    const edit = fc.oneof(anywhere, nearMark);
    fc.assert(
      fc.property(fc.array(edit, { minLength: 1, maxLength: 8 }), (edits) => {
        const cache = createParseCache();
        let text = base;
        expect(verdict(text, { today, cache })).toEqual(verdict(text, { today }));
        for (const e of edits) {
          let at: number;
          if ("mark" in e) {
            const found = [...text.matchAll(new RegExp(`\\${e.mark}\\b`, "g"))];
            const hit = found[e.nth % Math.max(1, found.length)];
            at = Math.max(0, Math.min(text.length, (hit?.index ?? 0) + e.delta));
          } else at = e.at % (text.length + 1);
          text = text.slice(0, at) + e.insert + text.slice(at + e.remove);
          expect(verdict(text, { today, cache })).toEqual(verdict(text, { today }));
        }
      }),
      { numRuns: Number(process.env.FC_RUNS ?? 100) },
    );
  });

  it("reuses untouched entries with aliases, and re-reads an alias whose anchor changed", () => {
    const cache = createParseCache();
    const first = analyzePathway(base, { cache, today });
    const role4 = entryPair(first.root, "roles", "role-4");
    const cred3 = entryPair(first.root, "credentials", "cred-2");
    expect(role4).toBeDefined();
    // An edit far from every anchor: both aliasing entries are reused as they were.
    const retitled = base.replace("title: Step 9\n", "title: Step nine\n");
    const second = analyzePathway(retitled, { cache, today });
    expect(entryPair(second.root, "roles", "role-4")).toBe(role4);
    expect(entryPair(second.root, "credentials", "cred-2")).toBe(cred3);
    // Editing the anchored value: the entries aliasing it see the new value.
    const renewed = retitled.replace(
      "&renewal { every: { years: 2 }",
      "&renewal { every: { years: 3 }",
    );
    const third = analyzePathway(renewed, { cache, today });
    expect(entryPair(third.root, "roles", "role-4")).toBe(role4);
    expect(entryPair(third.root, "credentials", "cred-2")).not.toBe(cred3);
    const value = third.result.ok ? third.result.value : undefined;
    expect(value?.credentials["cred-2"]?.renewal?.every).toEqual({ years: 3 });
    expect(verdict(renewed, { today, cache })).toEqual(verdict(renewed, { today }));
  });

  it("reuses the flagship's entries, whose one alias is inside one credential", () => {
    const flagship = readFileSync(
      new URL("../../../pathways/pharmacy-technician.pathway.yaml", import.meta.url),
      "utf8",
    );
    expect(flagship).toContain("*certificates");
    const cache = createParseCache();
    const first = analyzePathway(flagship, { cache, today });
    const keys = (first.root as YAMLMap).items.map((p) => p.value);
    const edited = flagship.replace(/\ntitle: (.*)\n/, "\ntitle: $1 (draft)\n");
    expect(edited).not.toBe(flagship);
    const second = analyzePathway(edited, { cache, today });
    const reused = (second.root as YAMLMap).items.filter((p, i) => p.value === keys[i]);
    expect(reused.length).toBeGreaterThan(3);
    expect(verdict(edited, { today, cache })).toEqual(verdict(edited, { today }));
  });

  it("reports an alias bomb spread over entries where a whole parse does", () => {
    const entries = Array.from(
      { length: 6 },
      (_, i) => `  role-${i}:\n    title: Role ${i}\n    settings: [*s, *s, *s, *s]\n`,
    );
    const text = `pathwise: 1\nid: bomb\ntitle: Bomb\nreviewed: 2026-11-01\nsettings:\n  clinic: &s { title: Clinic }\nroles:\n${entries.join("")}`;
    const options = { today, maxAliasNodes: 40 };
    const whole = verdict(text, options);
    expect(whole.diagnostics.map((d) => d.code)).toContain("alias-limit");
    const cache = createParseCache();
    verdict(text, { today, cache });
    expect(verdict(text, { ...options, cache })).toEqual(whole);
    expect(verdict(text.replace("&s ", ""), { ...options, cache })).toEqual(
      verdict(text.replace("&s ", ""), options),
    );
  });
});
