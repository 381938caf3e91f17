// The `pathwise` command as CI runs it: a fresh process per run. Cold start of
// `pathwise validate` on one small file against `node -e 0` (goal ≤ 2.5×), then the flagship
// pathway and a generated corpus of files, next to the same validation in-process.
import { spawnSync } from "node:child_process";
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { loadPathway } from "../packages/core/dist/index.js";
import { quick, roundsOf } from "./_support.mjs";
import { generatePathway } from "./corpus.mjs";

const root = fileURLToPath(new URL("../", import.meta.url));
const cli = join(root, "packages/cli/dist/cli.js");
const small = join(root, "packages/core/test/fixtures/valid/input.yaml");
const flagship = join(root, "pathways/pharmacy-technician.pathway.yaml");

function medianSpawn(args, runs) {
  const times = [];
  for (let i = 0; i < roundsOf(runs); i++) {
    const t = performance.now();
    const r = spawnSync(process.execPath, args, { cwd: root, stdio: "ignore" });
    times.push(performance.now() - t);
    if (r.status !== 0) throw new Error(`${args.join(" ")} exited ${r.status}`);
  }
  times.sort((a, b) => a - b);
  return times[Math.floor(times.length / 2)];
}

function medianInProcess(fn, runs) {
  const times = [];
  for (let i = 0; i < roundsOf(runs); i++) {
    const t = performance.now();
    fn();
    times.push(performance.now() - t);
  }
  times.sort((a, b) => a - b);
  return times[Math.floor(times.length / 2)];
}

const work = mkdtempSync(join(tmpdir(), "pathwise-bench-"));
try {
  const corpus = join(work, "pathways");
  mkdirSync(corpus);
  const texts = Array.from({ length: quick ? 10 : 200 }, (_, i) =>
    generatePathway({ roles: 20, seed: i + 1 }).replace("id: generated", `id: generated-${i}`),
  );
  texts.forEach((t, i) => writeFileSync(join(corpus, `g${i}.pathway.yaml`), t));
  const flagshipText = readFileSync(flagship, "utf8");
  const today = ["--today", "2026-11-24"];

  const node = medianSpawn(["-e", "0"], 21);
  const one = medianSpawn([cli, "validate", small, ...today], 21);
  console.log(
    `The built CLI in a fresh process per run (medians of ${roundsOf(21)}, ${roundsOf(11)} and ${roundsOf(5)} runs), next to the same validation in-process.\n`,
  );
  console.log("| run | median | ÷ `node -e 0` | in-process loadPathway |");
  console.log("|---|---|---|---|");
  console.log(`| \`node -e 0\` | ${node.toFixed(0)} ms | 1.00× | |`);
  console.log(
    `| \`pathwise validate\`, one small file (cold start; goal ≤ 2.5×) | ${one.toFixed(0)} ms | ${(one / node).toFixed(2)}× | ${medianInProcess(() => loadPathway(readFileSync(small), { today: today[1] }), 21).toFixed(1)} ms |`,
  );
  const flag = medianSpawn([cli, "validate", flagship, ...today], 11);
  console.log(
    `| \`pathwise validate\`, flagship pathway | ${flag.toFixed(0)} ms | ${(flag / node).toFixed(2)}× | ${medianInProcess(() => loadPathway(flagshipText, { today: today[1] }), 11).toFixed(1)} ms |`,
  );
  const many = medianSpawn([cli, "validate", corpus, ...today, "--format", "json"], 5);
  console.log(
    `| \`pathwise validate\`, corpus of ${texts.length} files (${(texts.reduce((n, t) => n + t.length, 0) / 1e6).toFixed(2)} MB) | ${many.toFixed(0)} ms | ${(many / node).toFixed(2)}× | ${medianInProcess(() => texts.forEach((t) => loadPathway(t, { today: today[1] })), 5).toFixed(1)} ms |`,
  );
} finally {
  rmSync(work, { recursive: true, force: true });
}
