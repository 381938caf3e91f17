// How `recommendSteps` grows with the pathway: generated pathways (bench/corpus.mjs) of 50, 500
// and 5,000 steps, one person, medians of interleaved rounds (every size in each round, so a
// slow moment of the machine touches all of them alike), and the log-log exponent between sizes
// (1 is linear, 2 quadratic). With PATHWISE_BASELINE set to another build's core entry (say
// `/tmp/baseline/dist/index.js`, built from an earlier commit), each round runs that build and
// this one one after the other (A B A B) and the table gains their ratio.
// Goal (issue 15): exponent at most 1.1, and at most 50 ms for 5,000 steps.
import { generatePathway } from "./corpus.mjs";

const today = "2026-11-24";
const current = await import("../packages/core/dist/index.js");
const baselinePath = process.env.PATHWISE_BASELINE;
const baseline = baselinePath ? await import(baselinePath) : undefined;
const rounds = Number(process.env.PATHWISE_GROWTH_ROUNDS ?? (baseline ? 3 : 7));
const sizes = [50, 500, 5000];

/** A pathway of `steps` steps loaded by one build, and the person to recommend for. */
function setUp(lib, steps) {
  const pathway = lib.loadPathwayOrThrow(generatePathway({ roles: steps / 2, seed: 11 }), {
    today,
  });
  const person = lib.validateProfile(
    {
      pathwise: 1,
      pathway: pathway.id,
      role: "role-0",
      history: [{ role: "role-0", from: "2020-01-06" }],
      goals: [{ role: "role-5" }],
    },
    { pathway, today },
  ).value;
  return { lib, pathway, person };
}

function timeOnce({ lib, pathway, person }) {
  globalThis.gc?.();
  const t = performance.now();
  const answer = lib.recommendSteps(pathway, person, { date: today });
  return { ms: performance.now() - t, answer };
}

const median = (list) => [...list].sort((a, b) => a - b)[Math.floor(list.length / 2)];
const builds = baseline ? [baseline, current] : [current];
const cases = sizes.map((steps) => ({ steps, runs: builds.map((lib) => setUp(lib, steps)) }));
const times = cases.map(() => builds.map(() => []));
let agree = true;

// One warm-up call each (it builds the per-pathway caches, as the first profile of a batch
// does), then the rounds.
cases.forEach((c) => {
  const answers = c.runs.map((run) => JSON.stringify(timeOnce(run).answer));
  if (answers.some((a) => a !== answers[0])) agree = false;
});
for (let round = 0; round < rounds; round++) {
  cases.forEach((c, i) => {
    c.runs.forEach((run, b) => {
      times[i][b].push(timeOnce(run).ms);
    });
  });
}

const exponent = (a, b, i, j) => Math.log(b / a) / Math.log(sizes[j] / sizes[i]);
const medians = times.map((perBuild) => perBuild.map(median));
const last = builds.length - 1;
console.log(
  `recommendSteps on generated pathways, one person, median of ${rounds} interleaved rounds${baseline ? `; A = ${baselinePath}, B = this build; answers ${agree ? "identical" : "DIFFER"}` : ""}.\n`,
);
console.log(
  baseline
    ? "| steps | A median | B median | A / B | B exponent from the size before | A exponent |"
    : "| steps | median | exponent from the size before |",
);
console.log(baseline ? "|---|---|---|---|---|---|" : "|---|---|---|");
cases.forEach((c, i) => {
  const m = medians[i];
  const slope = (b) => (i === 0 ? "" : exponent(medians[i - 1][b], m[b], i - 1, i).toFixed(2));
  const ms = (v) => `${v.toFixed(1)} ms`;
  console.log(
    baseline
      ? `| ${c.steps} | ${ms(m[0])} | ${ms(m[1])} | ${(m[0] / m[1]).toFixed(1)}× | ${slope(1)} | ${slope(0)} |`
      : `| ${c.steps} | ${ms(m[0])} | ${slope(0)} |`,
  );
});
const overall = exponent(medians[0][last], medians[2][last], 0, 2);
console.log(
  `\nExponent from ${sizes[0]} to ${sizes[2]} steps: ${overall.toFixed(2)} (goal ≤ 1.1); ${sizes[2]} steps: ${medians[2][last].toFixed(1)} ms (goal ≤ 50 ms).`,
);
if (!agree) process.exitCode = 1;
