// The HTTP API under a bounded loopback load, started as its README says
// (`node examples/api/dist/main.js`): a fixed number of clients, each sending its next request
// when the last is answered, for a fixed number of requests; one request in ten is invalid
// (malformed JSON, a bad profile, a far-future date, an oversized history). Reports throughput,
// latency percentiles per kind, and the count of 5xx answers, which must be 0.
import { spawn } from "node:child_process";
import { readdirSync, readFileSync } from "node:fs";
import { availableParallelism, loadavg } from "node:os";
import { fileURLToPath } from "node:url";
import { parse } from "../packages/core/node_modules/yaml/dist/index.js";
import { quick } from "./_support.mjs";

const root = fileURLToPath(new URL("../", import.meta.url));
const clients = Number(process.env.BENCH_API_CLIENTS ?? 8);
const total = Number(process.env.BENCH_API_REQUESTS ?? (quick ? 100 : 3000));

const profiles = readdirSync(`${root}pathways/profiles`)
  .filter((f) => f.endsWith(".profile.yaml"))
  .sort()
  .map((f) => parse(readFileSync(`${root}pathways/profiles/${f}`, "utf8")));
const jobs = Array.from({ length: 3700 }, () => ({
  role: "pharmacy-technician",
  from: "2020-01-01",
  to: "2024-01-01",
}));
const invalid = [
  ["invalid JSON", "/next", '{"profile": {"pathwise": 1,'],
  ["unknown id", "/next", JSON.stringify({ profile: { ...profiles[0], role: "pharmacist-x" } })],
  ["far-future date", "/plan", JSON.stringify({ profile: profiles[0], date: "9999-12-31" })],
  ["oversized history", "/next", JSON.stringify({ profile: { ...profiles[0], history: jobs } })],
];
const valid = profiles.flatMap((profile) => [
  ["valid", "/next", JSON.stringify({ profile })],
  ["valid", "/plan", JSON.stringify({ profile })],
]);

const loadBefore = loadavg()[0];
const child = spawn(process.execPath, ["examples/api/dist/main.js"], {
  cwd: root,
  env: { PATH: process.env.PATH ?? "", PORT: "0" },
  stdio: ["ignore", "pipe", "inherit"],
});
let url = "";
let out = "";
for await (const chunk of child.stdout) {
  out += String(chunk);
  const match = /Pathwise API on (http:\/\/\S+)/.exec(out);
  if (match) {
    url = match[1];
    break;
  }
}
if (!url) throw new Error("the API did not start");

const latencies = new Map();
const statuses = new Map();
let next = 0;
async function client() {
  while (next < total) {
    const i = next++;
    // One request in ten is invalid, spread evenly.
    const [kind, path, body] =
      i % 10 === 9 ? invalid[((i / 10) % invalid.length) | 0] : valid[i % valid.length];
    const start = performance.now();
    const response = await fetch(`${url}${path}`, {
      method: "POST",
      headers: { "content-type": "application/json" },
      body,
    });
    await response.arrayBuffer();
    const ms = performance.now() - start;
    if (!latencies.has(kind)) latencies.set(kind, []);
    latencies.get(kind).push(ms);
    statuses.set(response.status, (statuses.get(response.status) ?? 0) + 1);
  }
}

const started = performance.now();
await Promise.all(Array.from({ length: clients }, client));
const seconds = (performance.now() - started) / 1000;
child.kill("SIGTERM");

const pct = (sorted, p) =>
  sorted[Math.min(sorted.length - 1, Math.floor((sorted.length * p) / 100))];
const all = [...latencies.values()].flat().sort((a, b) => a - b);
console.log(
  `${total} requests from ${clients} loopback clients in ${seconds.toFixed(1)} s: ${(total / seconds).toFixed(0)} requests/s; statuses ${[
    ...statuses,
  ]
    .sort()
    .map(([s, n]) => `${s}×${n}`)
    .join(", ")}.`,
);
console.log("");
console.log("| requests | count | p50 | p99 | max |");
console.log("|---|---|---|---|---|");
for (const [kind, times] of [["all", all], ...latencies]) {
  const sorted = [...times].sort((a, b) => a - b);
  console.log(
    `| ${kind} | ${sorted.length} | ${pct(sorted, 50).toFixed(1)} ms | ${pct(sorted, 99).toFixed(1)} ms | ${sorted.at(-1).toFixed(1)} ms |`,
  );
}
console.log("");
console.log(
  `Load average (1 min) before the bench: ${loadBefore.toFixed(1)} on ${availableParallelism()} cores.`,
);
const errors = [...statuses].filter(([s]) => s >= 500).reduce((n, [, c]) => n + c, 0);
if (errors > 0) {
  console.error(`${errors} answers were 5xx; the API must answer every request without one.`);
  process.exit(1);
}
