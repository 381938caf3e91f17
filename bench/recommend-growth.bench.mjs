// How `recommendSteps` grows, in two dimensions, each with one person and medians of interleaved
// rounds (every size in each round, so a slow moment of the machine touches all of them alike),
// and the log-log exponent between sizes (1 is linear, 2 quadratic):
// - with the pathway: generated pathways (bench/corpus.mjs) of 50, 500 and 5,000 steps;
// - with the person's history: 1, 100 and 500 jobs (the most a profile may list,
//   `profileLimits.history`) on the generated pathway of 500 steps.
// With PATHWISE_BASELINE set to another build's core entry (say `/tmp/baseline/dist/index.js`,
// built from an earlier commit), each round runs that build and this one one after the other
// (A B A B), each table gains their ratio, and the answers of the two must be identical.
// PATHWISE_BENCH_QUICK=1: one round and the two smallest sizes of each table, same output format.
// Goal (issue 15): exponent at most 1.1, and at most 50 ms for 5,000 steps.
import { generatePathway } from "./corpus.mjs";

const today = "2026-11-24";
const quick = process.env.PATHWISE_BENCH_QUICK === "1";
const current = await import("../packages/core/dist/index.js");
const baselinePath = process.env.PATHWISE_BASELINE;
const baseline = baselinePath ? await import(baselinePath) : undefined;
const rounds = quick ? 1 : Number(process.env.PATHWISE_GROWTH_ROUNDS ?? (baseline ? 3 : 7));
const builds = baseline ? [baseline, current] : [current];
const pick = (sizes) => (quick ? sizes.slice(0, 2) : sizes);

/** A pathway of `steps` steps loaded by one build. */
function loadGenerated(lib, steps) {
  return lib.loadPathwayOrThrow(generatePathway({ roles: steps / 2, seed: 11 }), { today });
}

/** A person with `jobs` jobs: one after another since 2000 in the first 50 roles, the last open. */
function person(lib, pathway, jobs) {
  const history =
    jobs === 1
      ? [{ role: "role-0", from: "2020-01-06" }]
      : Array.from({ length: jobs }, (_, i) => {
          const from = new Date(Date.UTC(2000, 0, 3) + i * 14 * 86_400_000);
          const to = new Date(from.getTime() + 13 * 86_400_000);
          return {
            role: `role-${i % 50}`,
            from: from.toISOString().slice(0, 10),
            ...(i === jobs - 1 ? {} : { to: to.toISOString().slice(0, 10) }),
            ...(i % 3 === 0 ? { setting: "lab" } : {}),
          };
        });
  const checked = lib.validateProfile(
    { pathwise: 1, pathway: pathway.id, role: "role-0", history, goals: [{ role: "role-5" }] },
    { pathway, today },
  );
  if (!checked.ok) throw new Error(JSON.stringify(checked.diagnostics));
  return checked.value;
}

function timeOnce({ lib, pathway, profile }) {
  const t = performance.now();
  const answer = lib.recommendSteps(pathway, profile, { date: today });
  return { ms: performance.now() - t, answer };
}

const median = (list) => [...list].sort((a, b) => a - b)[Math.floor(list.length / 2)];

/**
 * Medians per size and build of interleaved rounds, after one warm-up call each (it builds the
 * per-pathway caches, as the first profile of a batch does); and whether the builds agree.
 */
function measure(sizes, setUp) {
  const cases = sizes.map((size) => builds.map((lib) => ({ lib, ...setUp(lib, size) })));
  let agree = true;
  for (const runs of cases) {
    const answers = runs.map((run) => JSON.stringify(timeOnce(run).answer));
    if (answers.some((a) => a !== answers[0])) agree = false;
  }
  const times = cases.map(() => builds.map(() => []));
  for (let round = 0; round < rounds; round++) {
    cases.forEach((runs, i) => {
      runs.forEach((run, b) => {
        times[i][b].push(timeOnce(run).ms);
      });
    });
  }
  return { medians: times.map((perBuild) => perBuild.map(median)), agree };
}

/** Prints one table: its caption, a row per size, and the exponent over the whole range. */
function report({ caption, unit, headers, sizes, medians, agree, goal }) {
  const exponent = (a, b, i, j) => Math.log(b / a) / Math.log(sizes[j] / sizes[i]);
  const last = builds.length - 1;
  console.log(
    `${caption}, median of ${rounds} interleaved rounds${baseline ? `; A = ${baselinePath}, B = this build; answers ${agree ? "identical" : "DIFFER"}` : ""}.\n`,
  );
  console.log(baseline ? headers.ab : headers.one);
  console.log(baseline ? "|---|---|---|---|---|---|" : "|---|---|---|");
  sizes.forEach((size, i) => {
    const m = medians[i];
    const slope = (b) => (i === 0 ? "" : exponent(medians[i - 1][b], m[b], i - 1, i).toFixed(2));
    const ms = (v) => `${v.toFixed(1)} ms`;
    console.log(
      baseline
        ? `| ${size} | ${ms(m[0])} | ${ms(m[1])} | ${(m[0] / m[1]).toFixed(1)}× | ${slope(1)} | ${slope(0)} |`
        : `| ${size} | ${ms(m[0])} | ${slope(0)} |`,
    );
  });
  const end = sizes.length - 1;
  const overall = exponent(medians[0][last], medians[end][last], 0, end);
  console.log(
    `\nExponent from ${sizes[0]} to ${sizes[end]} ${unit}: ${overall.toFixed(2)} (goal ≤ 1.1); ${sizes[end]} ${unit}: ${medians[end][last].toFixed(1)} ms${goal}.`,
  );
  if (!agree) process.exitCode = 1;
}

const steps = pick([50, 500, 5000]);
report({
  caption: "recommendSteps on generated pathways, one person",
  unit: "steps",
  headers: {
    ab: "| steps | A median | B median | A / B | B exponent from the size before | A exponent |",
    one: "| steps | median | exponent from the size before |",
  },
  sizes: steps,
  goal: " (goal ≤ 50 ms at 5000 steps)",
  ...measure(steps, (lib, size) => {
    const pathway = loadGenerated(lib, size);
    return { pathway, profile: person(lib, pathway, 1) };
  }),
});

console.log("");
const jobs = pick([1, 100, current.profileLimits.history]);
const fixed = new Map(builds.map((lib) => [lib, loadGenerated(lib, 500)]));
report({
  caption: "recommendSteps against the person's work history, generated pathway of 500 steps",
  unit: "jobs",
  headers: {
    ab: "| jobs | A median | B median | A / B | B exponent from the size before | A exponent |",
    one: "| jobs | median | exponent from the size before |",
  },
  sizes: jobs,
  goal: "",
  ...measure(jobs, (lib, size) => {
    const pathway = fixed.get(lib);
    return { pathway, profile: person(lib, pathway, size) };
  }),
});
