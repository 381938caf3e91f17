// `recommendSteps` per profile on the flagship: the example profiles of pathways/profiles/, 20
// calls each per round, median of 21 rounds after 5 warm-up rounds (see `interleave` in
// _support.mjs: the steady state of a long-running process, no forced collections). With
// PATHWISE_BASELINE set to another build's core entry (see recommend-growth.bench.mjs), each
// round runs that build and this one in turn (A B A B), and the two must answer identically.
// PATHWISE_BENCH_QUICK=1: one round of one call each, same output format. Goal (issue 15): at
// most 0.5 ms a profile. Then the memory each call allocates, from V8's sampling allocation
// profiler over one more pass (objects collected since counted too): unlike time, it does not
// move with the load on a shared machine.
import { readdirSync, readFileSync } from "node:fs";
import { Session } from "node:inspector/promises";
import { interleave } from "./_support.mjs";

const today = "2026-11-24";
const dir = new URL("../pathways/", import.meta.url);
const baselinePath = process.env.PATHWISE_BASELINE;
const quick = process.env.PATHWISE_BENCH_QUICK === "1";
const rounds = quick ? 1 : 21;
const warmUp = quick ? 0 : 5;
const calls = quick ? 1 : 20;
const builds = [
  ...(baselinePath ? [await import(baselinePath)] : []),
  await import("../packages/core/dist/index.js"),
];
const files = readdirSync(new URL("profiles/", dir)).filter((f) => f.endsWith(".profile.yaml"));

const setUps = builds.map((lib) => {
  const pathway = lib.loadPathwayOrThrow(
    readFileSync(new URL("pharmacy-technician.pathway.yaml", dir)),
    { today },
  );
  const profiles = files
    .map((f) => lib.loadProfile(readFileSync(new URL(`profiles/${f}`, dir)), { pathway, today }))
    .filter((r) => r.ok)
    .map((r) => r.value);
  return { lib, pathway, profiles };
});
const answer = ({ lib, pathway, profiles }) =>
  JSON.stringify(profiles.map((p) => lib.recommendSteps(pathway, p, { date: today })));
const agree = setUps.every((s) => answer(s) === answer(setUps[0]));

const perRound = calls * setUps[0].profiles.length;
const timed = await interleave(
  rounds,
  Object.fromEntries(
    setUps.map((s, i) => [
      i,
      () => {
        for (let k = 0; k < calls; k++)
          for (const p of s.profiles) s.lib.recommendSteps(s.pathway, p, { date: today });
      },
    ]),
  ),
  { warmUp },
);
const [a, b] = setUps.map((_, i) => timed[i] / perRound);

/** KB allocated per call, sampled every 1 KB over `calls` calls on each profile. */
async function allocatedPerCall({ lib, pathway, profiles }) {
  const session = new Session();
  session.connect();
  await session.post("HeapProfiler.startSampling", {
    samplingInterval: 1024,
    includeObjectsCollectedByMajorGC: true,
    includeObjectsCollectedByMinorGC: true,
  });
  for (let k = 0; k < calls; k++)
    for (const p of profiles) lib.recommendSteps(pathway, p, { date: today });
  const { profile } = await session.post("HeapProfiler.stopSampling");
  session.disconnect();
  let bytes = 0;
  const pending = [profile.head];
  while (pending.length > 0) {
    const node = pending.pop();
    bytes += node.selfSize;
    for (const child of node.children) pending.push(child);
  }
  return bytes / 1024 / (calls * profiles.length);
}
const allocated = [];
for (const s of setUps) allocated.push(await allocatedPerCall(s));
console.log(
  `recommendSteps on the flagship, ${setUps[0].profiles.length} example profiles, median of ${rounds} rounds after ${warmUp} warm-up rounds${baselinePath ? `; A = ${baselinePath}, B = this build; answers ${agree ? "identical" : "DIFFER"}` : ""}.\n`,
);
const kb = (x) => `${Math.round(x)} KB`;
if (baselinePath) {
  console.log("| A per profile | B per profile | A / B | A allocates | B allocates |");
  console.log("|---|---|---|---|---|");
  console.log(
    `| ${a.toFixed(3)} ms | ${b.toFixed(3)} ms | ${(a / b).toFixed(2)}× | ${kb(allocated[0])} | ${kb(allocated[1])} |`,
  );
} else {
  console.log(`Per profile: ${a.toFixed(3)} ms (goal ≤ 0.5 ms).`);
  console.log(`Allocated per profile: ${kb(allocated[0])}.`);
}
if (!agree) process.exitCode = 1;
