// The batch example (examples/batch) on a generated input of a few thousand profiles: profiles
// per second on one thread with a plain loop (what a user would write first), then through the
// worker pool with 1 and 2 workers, and the speed-up of 2 workers over 1 (goal ≥ 1.8× on two
// cores). Pools are warmed first, so the figures are steady-state throughput; the pool's
// start-up time is reported on its own. The three run in turn in each round (A B C A B C); the
// figures are medians.
import { readFileSync } from "node:fs";
import { availableParallelism, loadavg } from "node:os";
import { Worker } from "node:worker_threads";
import { createPool, recommendForLine, runBatch } from "../examples/batch/dist/index.js";
import { loadPathway } from "../packages/core/dist/index.js";
import { median, quick, roundsOf } from "./_support.mjs";

// Read first: the bench's own work would count in it later.
const loadBefore = loadavg()[0];
const today = "2026-11-24";
const count = quick ? 60 : 2000;
const runs = roundsOf(15);
const pathway = loadPathway(
  readFileSync(new URL("../pathways/pharmacy-technician.pathway.yaml", import.meta.url)),
  { today },
).value;

/** Deterministic profiles across the pathway's roles, settings, credentials and goals. */
function generateProfiles(n, seed = 7) {
  let s = seed;
  const rand = (k) => {
    s = (s * 1103515245 + 12345) % 2147483648;
    return s % k;
  };
  const pick = (list) => list[rand(list.length)];
  const roles = Object.keys(pathway.roles);
  const settings = Object.keys(pathway.settings);
  const credentials = Object.keys(pathway.credentials);
  const date = (year) =>
    `${year}-${String(1 + rand(12)).padStart(2, "0")}-${String(1 + rand(28)).padStart(2, "0")}`;
  const lines = [];
  for (let i = 0; i < n; i++) {
    const role = pick(roles);
    const held = [...new Set(Array.from({ length: rand(3) }, () => pick(credentials)))];
    const profile = {
      pathwise: 1,
      pathway: pathway.id,
      role,
      setting: pick(settings),
      history: [{ role, from: date(2018 + rand(8)), hoursPerWeek: 20 + rand(21) }],
      ...(held.length
        ? { credentials: held.map((id) => ({ id, earned: date(2019 + rand(6)) })) }
        : {}),
      goals: [{ role: pick(roles) }, ...(rand(2) ? [{ credential: pick(credentials) }] : [])],
      preferences: {
        budget: { amount: 100 + rand(400), currency: "USD" },
        hoursPerWeek: 2 + rand(8),
      },
    };
    lines.push(JSON.stringify({ id: `p-${i + 1}`, profile }));
  }
  return lines;
}

const lines = generateProfiles(count);
/** The lines `passes` times over, as one stream. */
async function* iterate(list, passes = 1) {
  for (let p = 0; p < passes; p++) yield* list;
}

// A sanity check, so that the bench measures answers rather than error records.
const failing = lines.filter(
  (text, i) => !recommendForLine(pathway, { line: i + 1, text }, { format: "ndjson", today }).ok,
);
if (failing.length > count / 10) throw new Error(`bench input: ${failing.length} invalid lines`);

async function startPool(workers) {
  const t = performance.now();
  const pool = createPool(pathway, workers);
  // Warm-up: start every thread and let its JIT settle before timing. Each worker answers about
  // the whole input (the pool gets it once per worker): with a shorter warm-up, a pool of two
  // workers, whose threads see half the lines each, was still warming up in its first timed
  // rounds while the pool of one had settled.
  await runBatch({
    pool,
    lines: quick ? iterate(lines.slice(0, 10)) : iterate(lines, workers),
    format: "ndjson",
    options: { today },
    write: () => {},
  });
  return { pool, startup: performance.now() - t };
}

/** Cores busy while a pool ran: the process's CPU time (all its threads) over the wall time. */
const coresUsed = { 1: [], 2: [] };

async function timePool(pool) {
  const cpu = process.cpuUsage();
  const t = performance.now();
  const summary = await runBatch({
    pool,
    lines: iterate(lines),
    format: "ndjson",
    options: { today },
    write: () => {},
  });
  const ms = performance.now() - t;
  if (summary.records !== count)
    throw new Error(`expected ${count} records, got ${summary.records}`);
  const used = process.cpuUsage(cpu);
  coresUsed[pool.options.maxThreads].push((used.user + used.system) / 1000 / ms);
  return ms;
}

/** One thread, no pool: the same pure function in a loop, serialised as the pool's output is. */
function timeLoop() {
  const t = performance.now();
  let out = "";
  lines.forEach((text, i) => {
    out += `${JSON.stringify(recommendForLine(pathway, { line: i + 1, text }, { format: "ndjson", today }))}\n`;
  });
  return out.length > 0 ? performance.now() - t : 0;
}

// The machine may be shared: the three ways run in turn within each round, so that a busy
// moment slows all of them rather than skewing one ratio.
const pools = { 1: await startPool(1), 2: await startPool(2) };
// The loop's warm-up, as the pools had theirs. No collection is forced between runs (see
// `interleave` in _support.mjs).
timeLoop();
const times = { loop: [], 1: [], 2: [] };
for (let r = 0; r < runs; r++) {
  times.loop.push(timeLoop());
  times[1].push(await timePool(pools[1].pool));
  times[2].push(await timePool(pools[2].pool));
}
await Promise.all([pools[1].pool.destroy(), pools[2].pool.destroy()]);
const loop = median(times.loop);
const one = { startup: pools[1].startup, time: median(times[1]) };
const two = { startup: pools[2].startup, time: median(times[2]) };
const rate = (ms) => Math.round((count / ms) * 1000);

console.log(
  `${count} generated profiles (${failing.length} invalid), flagship pathway, ${availableParallelism()} cores; median of ${runs} interleaved rounds.\n`,
);
console.log("| how | time | profiles/s | ÷ plain loop | pool start-up + warm-up |");
console.log("|---|---|---|---|---|");
console.log(`| plain loop, one thread | ${loop.toFixed(0)} ms | ${rate(loop)} | 1.00× | |`);
for (const [workers, m] of [
  [1, one],
  [2, two],
]) {
  console.log(
    `| pool, ${workers} worker${workers > 1 ? "s" : ""} | ${m.time.toFixed(0)} ms | ${rate(m.time)} | ${(loop / m.time).toFixed(2)}× | ${m.startup.toFixed(0)} ms |`,
  );
}
// Each round's own ratio too: how far a single round can stray on a shared machine.
const speedUps = times[1].map((t, r) => t / times[2][r]);
console.log(
  `\nSpeed-up of 2 workers over 1: ${(one.time / two.time).toFixed(2)}× (goal ≥ 1.8× on 2 cores); single rounds ${Math.min(...speedUps).toFixed(2)}× to ${Math.max(...speedUps).toFixed(2)}×.`,
);
// Where a speed-up below 2× goes: cores left idle, or each core doing less while both run.
const cores = { 1: median(coresUsed[1]), 2: median(coresUsed[2]) };
console.log(
  `Cores busy (CPU time of all threads ÷ wall time): 1 worker ${cores[1].toFixed(2)}, 2 workers ${cores[2].toFixed(2)}; profiles per CPU second, 2 workers against 1: ${((one.time * cores[1]) / (two.time * cores[2])).toFixed(2)}×.`,
);

// What two threads can get out of this machine, whatever the engine: the same fixed work on one
// thread, then on two at once (throughput of two over one; 2.00× is two free cores). Arithmetic
// touches no memory; streaming reads and writes a 64 MB array, as allocating does, so it shows
// how much the cores share of the memory bus and last-level cache. A thread says it is ready and
// starts when told, so that two threads run at the same time.
const probe = (kind) => `
  const { parentPort } = require("node:worker_threads");
  parentPort.once("message", () => {
    const t = performance.now();
    let x = 0;
    if (${JSON.stringify(kind)} === "arithmetic") for (let i = 0; i < ${quick ? 1e6 : 2e8}; i++) x = (x * 31 + i) | 0;
    else { const a = new Float64Array(8e6); for (let r = 0; r < ${quick ? 1 : 24}; r++) for (let i = 0; i < a.length; i++) a[i] += i * r; x = a[7]; }
    parentPort.postMessage([performance.now() - t, x]);
  });
  parentPort.postMessage("ready");`;
/** The longest time, measured inside each thread, of `n` threads doing the same work at once. */
async function threads(kind, n) {
  const workers = Array.from({ length: n }, () => new Worker(probe(kind), { eval: true }));
  const next = (w) =>
    new Promise((resolve, reject) => {
      w.once("message", resolve);
      w.once("error", reject);
    });
  await Promise.all(workers.map(next));
  const done = workers.map(next);
  for (const w of workers) w.postMessage("go");
  const times = (await Promise.all(done)).map(([ms]) => ms);
  await Promise.all(workers.map((w) => w.terminate()));
  return Math.max(...times);
}
// Each probe runs on one thread then on two, three times over; its figure is the median.
const scaling = {};
for (const kind of ["arithmetic", "streaming memory"]) {
  const ratios = [];
  for (let r = 0; r < (quick ? 1 : 3); r++) {
    const single = await threads(kind, 1);
    const double = await threads(kind, 2);
    ratios.push((2 * single) / double);
  }
  scaling[kind] = median(ratios).toFixed(2);
}
console.log(
  `Two threads on this machine, against one: arithmetic ${scaling.arithmetic}×, streaming memory ${scaling["streaming memory"]}× (2.00× when the cores share nothing).`,
);
// Two workers can only beat one when a second core is free: say how busy the machine was before
// the bench started (its own work would count afterwards).
console.log(
  `Load average (1 min) before the bench: ${loadBefore.toFixed(1)} on ${availableParallelism()} cores${loadBefore >= 0.5 ? "; other work was running, so the speed-up may be understated" : ""}.`,
);
