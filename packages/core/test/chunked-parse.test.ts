import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { generatePathway } from "../../../bench/corpus.mjs";
import { analyzePathway, createParseCache } from "../src/index.js";
import { fixtureToday, readFixtures } from "./fixtures.js";
import { entryPair } from "./yaml-entries.js";

const today = fixtureToday;
const decode = (bytes: Uint8Array) => new TextDecoder().decode(bytes);

/** The verdict and data, which must not depend on whether a cache was used. */
function verdict(text: string, options: Record<string, unknown>) {
  const { result } = analyzePathway(text, options);
  return { diagnostics: result.diagnostics, value: result.ok ? result.value : undefined };
}

describe("parsing with a cache of earlier versions", () => {
  it("gives exactly the whole-parse verdict on every golden fixture", () => {
    for (const fixture of readFixtures()) {
      const text = decode(fixture.bytes);
      const options = { ...fixture.options, today };
      expect(verdict(text, { ...options, cache: createParseCache() }), fixture.name).toEqual(
        verdict(text, options),
      );
    }
  });

  it("gives the whole-parse verdict through random edit sequences", () => {
    const base = readFixtures().find((f) => f.name === "valid") as { bytes: Uint8Array };
    const start = `${decode(base.bytes)}${
      generatePathway({ roles: 6, seed: 5 })
        .split("roles:\n")[1]
        ?.replace(/^steps:[\s\S]*/m, "") ?? ""
    }`;
    const edit = fc.record({
      at: fc.nat(),
      remove: fc.integer({ min: 0, max: 3 }),
      insert: fc.constantFrom(
        "",
        "x",
        " ",
        ":",
        "-",
        "\n",
        "\n  ",
        "\n  new-id:\n    title: N\n",
        "#",
        "[",
        "'",
        "&a",
        "*a",
        "!t",
      ),
    });
    fc.assert(
      fc.property(fc.array(edit, { minLength: 1, maxLength: 8 }), (edits) => {
        const cache = createParseCache();
        let text = start;
        verdict(text, { today, cache });
        for (const e of edits) {
          const at = e.at % (text.length + 1);
          text = text.slice(0, at) + e.insert + text.slice(at + e.remove);
          expect(verdict(text, { today, cache })).toEqual(verdict(text, { today }));
        }
      }),
      { numRuns: Number(process.env.FC_RUNS ?? 150) },
    );
  });

  it("reuses the entries an edit did not touch", () => {
    const text = generatePathway({ roles: 40, seed: 9 });
    const cache = createParseCache();
    const first = analyzePathway(text, { cache });
    const [untouched, touched] = [
      entryPair(first.root, "roles", "role-30"),
      entryPair(first.root, "roles", "role-3"),
    ];
    expect(untouched).toBeDefined();
    const edited = text.replace("title: Role 3\n", "title: Role three\n");
    const second = analyzePathway(edited, { cache });
    expect(entryPair(second.root, "roles", "role-30")).toBe(untouched);
    expect(entryPair(second.root, "roles", "role-3")).not.toBe(touched);
    expect(second.result.ok).toBe(true);
  });
});
