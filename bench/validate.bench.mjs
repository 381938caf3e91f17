// Validating pathways, side by side with what a user would otherwise run: the bare `yaml` parse
// (uniqueKeys: false, the fastest safe use of the parser) and the parse plus plain ajv against
// the published JSON Schema. Reports medians and ratios; the goal is loadPathway ≤ 1.5× the
// bare parse.
import { readFileSync } from "node:fs";
import { loadPathway } from "../packages/core/dist/index.js";
import Ajv from "../packages/core/node_modules/ajv/dist/ajv.js";
import addFormats from "../packages/core/node_modules/ajv-formats/dist/index.js";
import { parse, parseDocument } from "../packages/core/node_modules/yaml/dist/index.js";
import { generatePathway } from "./corpus.mjs";

const schema = JSON.parse(
  readFileSync(new URL("../packages/core/schema/pathway.schema.json", import.meta.url), "utf8"),
);
const ajv = new (Ajv.default ?? Ajv)({ allErrors: true, strict: false });
(addFormats.default ?? addFormats)(ajv);
const validate = ajv.compile(schema);

function median(fn, runs) {
  const times = [];
  for (let i = 0; i < runs; i++) {
    globalThis.gc?.();
    const t = performance.now();
    fn();
    times.push(performance.now() - t);
  }
  times.sort((a, b) => a - b);
  return times[Math.floor(times.length / 2)];
}

const flagship = (() => {
  try {
    return readFileSync(
      new URL("../pathways/pharmacy-technician.pathway.yaml", import.meta.url),
      "utf8",
    );
  } catch {
    return undefined;
  }
})();
const many = Array.from({ length: 200 }, (_, i) => generatePathway({ roles: 20, seed: i + 1 }));
const big = generatePathway({ roles: 6000, seed: 7 });
const inputs = [
  ...(flagship ? [["flagship pathway", [flagship], 20]] : []),
  [
    `corpus: ${many.length} files, ${(many.reduce((n, t) => n + t.length, 0) / 1e6).toFixed(2)} MB`,
    many,
    5,
  ],
  [`one file, ${(big.length / 1e6).toFixed(2)} MB`, [big], 5],
];

for (const [, texts] of inputs) {
  for (const text of texts.slice(0, 3)) {
    const r = loadPathway(text);
    if (!r.ok) throw new Error(`bench input is invalid: ${JSON.stringify(r.diagnostics[0])}`);
  }
}

console.log(
  "| input | yaml parseDocument (bare) | yaml parse + ajv | loadPathway (Pathwise) | Pathwise ÷ bare parse | Pathwise ÷ parse+ajv |",
);
console.log("|---|---|---|---|---|---|");
for (const [name, texts, runs] of inputs) {
  const bare = median(() => texts.forEach((t) => parseDocument(t, { uniqueKeys: false })), runs);
  const withAjv = median(
    () => texts.forEach((t) => validate(parse(t, { uniqueKeys: false }))),
    runs,
  );
  const ours = median(() => texts.forEach((t) => loadPathway(t, { today: "2026-11-24" })), runs);
  console.log(
    `| ${name} | ${bare.toFixed(1)} ms | ${withAjv.toFixed(1)} ms | ${ours.toFixed(1)} ms | ${(ours / bare).toFixed(2)}× | ${(ours / withAjv).toFixed(2)}× |`,
  );
}
globalThis.gc?.();
const heapBefore = process.memoryUsage().heapUsed;
const kept = loadPathway(big);
globalThis.gc?.();
console.log(
  `\nHeap held by one loaded ${(big.length / 1e6).toFixed(2)} MB pathway: ${((process.memoryUsage().heapUsed - heapBefore) / 1e6).toFixed(1)} MB (ok: ${kept.ok}).`,
);
