// Fuzzing the loaders (issue 14): for mutated pathways and profiles, arbitrary text and raw
// bytes, loading never throws, every diagnostic has a range inside the text with the right line
// and column, and an editor's parse cache gives the same answer as a fresh parse.
// See budget.ts for the run counts and how to run 100,000+ inputs locally.
import { readFileSync } from "node:fs";
import fc from "fast-check";
import { afterAll, describe, it } from "vitest";
import {
  analyzePathway,
  analyzeProfile,
  createParseCache,
  loadPathway,
  loadPathwayOrThrow,
} from "../../src/index.js";
import { runsFor, seed, slowest, timed, timeoutFor } from "./budget.js";
import { expectRangesInside } from "./check-ranges.js";
import { mutationsOf, noise } from "./mutate.js";

const read = (path: string) => readFileSync(new URL(path, import.meta.url), "utf8");
const valid = read("../fixtures/valid/input.yaml");
const profileBase = read("../profile-fixtures/overlapping-history/profile.yaml");
const demo = loadPathwayOrThrow(read("../profile-fixtures/demo.pathway.yaml"));
const today = "2026-11-24";

afterAll(() => {
  const times = [...slowest].map(([name, ms]) => `${name} ${ms.toFixed(0)} ms`).join(", ");
  console.log(`fuzz (seed ${seed}) slowest input: ${times}`);
});

describe("loading fuzzed input never throws and positions every diagnostic", () => {
  it(
    "pathways: mutations of a valid one, with and without the parse cache",
    () => {
      const cache = createParseCache();
      loadPathway(valid, { cache, today });
      fc.assert(
        fc.property(mutationsOf(valid), (text) => {
          const analysis = timed("pathway", () => analyzePathway(text, { today }));
          expectRangesInside(analysis.result.diagnostics, analysis.text, analysis.position);
          const cached = loadPathway(text, { cache, today });
          if (JSON.stringify(cached) !== JSON.stringify(analysis.result))
            throw new Error("the parse cache changed the result");
        }),
        { seed, numRuns: runsFor(0.3) },
      );
    },
    timeoutFor(0.3),
  );

  it(
    "profiles: mutations of one, checked against its pathway",
    () => {
      fc.assert(
        fc.property(mutationsOf(profileBase), (text) => {
          const analysis = timed("profile", () => analyzeProfile(text, { pathway: demo, today }));
          expectRangesInside(analysis.result.diagnostics, analysis.text, analysis.position);
        }),
        { seed, numRuns: runsFor(0.45) },
      );
    },
    timeoutFor(0.45),
  );

  it(
    "arbitrary text and bytes, as pathways and as profiles",
    () => {
      fc.assert(
        fc.property(noise, (source) => {
          const pathway = timed("noise", () => analyzePathway(source));
          expectRangesInside(pathway.result.diagnostics, pathway.text, pathway.position);
          const profile = analyzeProfile(source, { pathway: demo, today });
          expectRangesInside(profile.result.diagnostics, profile.text, profile.position);
        }),
        { seed, numRuns: runsFor(0.16) },
      );
    },
    timeoutFor(0.16),
  );
});
