// Profile validation time against the length of the work history, every job overlapping the
// others (the worst case for the overlap check, once quadratic): the time per job should stay
// flat as the history grows to its limit.
import { readFileSync } from "node:fs";
import {
  loadPathwayOrThrow,
  loadProfile,
  profileLimits,
  validateProfile,
} from "../packages/core/dist/index.js";
import { quick, roundsOf } from "./_support.mjs";

const pathway = loadPathwayOrThrow(
  readFileSync(new URL("../pathways/pharmacy-technician.pathway.yaml", import.meta.url)),
);

/** The median of `runs` timed calls after one untimed call (no collection forced between). */
function median(fn, runs) {
  fn();
  const times = [];
  for (let i = 0; i < roundsOf(runs); i++) {
    const t = performance.now();
    fn();
    times.push(performance.now() - t);
  }
  times.sort((a, b) => a - b);
  return times[Math.floor(times.length / 2)];
}

console.log(
  `Validating a profile whose jobs all overlap, against the flagship; median of ${roundsOf(15)} runs per size.\n`,
);
console.log(
  "| jobs | validateProfile (data) | loadProfile (YAML) | per job, data | per job, YAML | diagnostics |",
);
console.log("|---|---|---|---|---|---|");
for (const n of quick ? [25] : [25, 50, 100, 200, 400, profileLimits.history]) {
  const history = Array.from({ length: n }, (_, i) => ({
    role: "pharmacy-technician",
    from: `20${String(10 + (i % 10)).padStart(2, "0")}-01-01`,
  }));
  const data = { pathwise: 1, pathway: pathway.id, history };
  const yaml = `pathwise: 1\npathway: ${pathway.id}\nhistory:\n${history.map((h) => `  - { role: ${h.role}, from: ${h.from} }\n`).join("")}`;
  const count = validateProfile(data, { pathway }).diagnostics.length;
  const a = median(() => validateProfile(data, { pathway, today: "2026-11-24" }), 15);
  const b = median(() => loadProfile(yaml, { pathway, today: "2026-11-24" }), 15);
  console.log(
    `| ${n} | ${a.toFixed(2)} ms | ${b.toFixed(2)} ms | ${((a / n) * 1000).toFixed(1)} µs | ${((b / n) * 1000).toFixed(1)} µs | ${count} |`,
  );
}
