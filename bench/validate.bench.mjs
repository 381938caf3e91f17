// Validating pathways, side by side with what a user would otherwise run, all against the same
// committed JSON Schema (packages/core/schema/pathway.schema.json): the bare `yaml` parse
// (uniqueKeys: false, the fastest safe use of the parser), a plain script of `yaml` + ajv, and
// Spectral (its YAML parser and `schema` function), each against `loadPathway`, which is what
// `pathwise validate` runs. Interleaved rounds (A B A B), medians and ratios. ajv and Spectral
// check the shape only; Pathwise also checks references, ids, dates, duplicates and more.
// Goal: loadPathway ≤ 1.5× the bare parse.
import { readFileSync } from "node:fs";
import spectralCore from "@stoplight/spectral-core";
import { schema as schemaFunction } from "@stoplight/spectral-functions";
import spectralParsers from "@stoplight/spectral-parsers";
import { loadPathway } from "../packages/core/dist/index.js";
import Ajv from "../packages/core/node_modules/ajv/dist/ajv.js";
import addFormats from "../packages/core/node_modules/ajv-formats/dist/index.js";
import { parse, parseDocument } from "../packages/core/node_modules/yaml/dist/index.js";
import { interleave, quick, roundsOf } from "./_support.mjs";
import { generatePathway } from "./corpus.mjs";

const today = "2026-11-24";
const schema = JSON.parse(
  readFileSync(new URL("../packages/core/schema/pathway.schema.json", import.meta.url), "utf8"),
);
const ajv = new (Ajv.default ?? Ajv)({ allErrors: true, strict: false });
(addFormats.default ?? addFormats)(ajv);
const validate = ajv.compile(schema);

const { Spectral, Document } = spectralCore;
const spectral = new Spectral();
spectral.setRuleset({
  rules: {
    "pathway-schema": {
      given: "$",
      severity: "error",
      // biome-ignore lint/suspicious/noThenProperty: Spectral's rule format names it so.
      then: { function: schemaFunction, functionOptions: { schema, allErrors: true } },
    },
  },
});
const spectralRun = (text) =>
  spectral.run(new Document(text, spectralParsers.Yaml, "pathway.yaml"));

const flagship = readFileSync(
  new URL("../pathways/pharmacy-technician.pathway.yaml", import.meta.url),
  "utf8",
);
const roles = quick ? 100 : 2000;
const big = generatePathway({ roles, seed: 7 });
const inputs = [
  ["flagship pathway", flagship, roundsOf(15)],
  [`generated, ${roles} roles, ${(big.length / 1e6).toFixed(2)} MB`, big, roundsOf(5)],
];

// Every contender must find the inputs valid, or it would be timing a different job.
const findings = [];
for (const [name, text] of inputs) {
  const ours = loadPathway(text, { today });
  const shape = validate(parse(text, { uniqueKeys: false })) ? 0 : validate.errors.length;
  const theirs = (await spectralRun(text)).length;
  findings.push(
    `${name}: yaml + ajv ${shape}, Spectral ${theirs}, Pathwise ${ours.diagnostics.length} (warnings only)`,
  );
  if (!ours.ok || shape > 0 || theirs > 0)
    throw new Error(`bench input is not valid: ${findings.at(-1)}`);
}

console.log(
  `Validating one pathway, median of interleaved rounds (${inputs.map(([n, , r]) => `${r} for the ${n.split(",")[0]}`).join(", ")}). Problems found on each input: ${findings.join("; ")}. yaml + ajv and Spectral check the schema's shape only; Pathwise also checks references, duplicates, dates and ids.\n`,
);
console.log(
  "| input | yaml parseDocument (bare) | yaml + ajv | Spectral (schema) | Pathwise loadPathway | Spectral ÷ Pathwise | yaml + ajv ÷ Pathwise | Pathwise ÷ bare parse |",
);
console.log("|---|---|---|---|---|---|---|---|");
const ms = (v) => `${v.toFixed(1)} ms`;
for (const [name, text, rounds] of inputs) {
  const t = await interleave(rounds, {
    bare: () => parseDocument(text, { uniqueKeys: false }),
    ajv: () => validate(parse(text, { uniqueKeys: false })),
    spectral: () => spectralRun(text),
    ours: () => loadPathway(text, { today }),
  });
  console.log(
    `| ${name} | ${ms(t.bare)} | ${ms(t.ajv)} | ${ms(t.spectral)} | ${ms(t.ours)} | ${(t.spectral / t.ours).toFixed(2)}× | ${(t.ajv / t.ours).toFixed(2)}× | ${(t.ours / t.bare).toFixed(2)}× |`,
  );
}
console.log("\nGoal: Pathwise ≤ 1.5× the bare parse.");
// What a loaded pathway keeps alive needs collections around it: `pnpm bench` runs node with
// --expose-gc; without it the figure would count garbage, so it is not printed.
if (typeof globalThis.gc === "function") {
  globalThis.gc();
  const heapBefore = process.memoryUsage().heapUsed;
  const kept = loadPathway(big);
  globalThis.gc();
  console.log(
    `Heap held by one loaded ${(big.length / 1e6).toFixed(2)} MB pathway: ${((process.memoryUsage().heapUsed - heapBefore) / 1e6).toFixed(1)} MB (ok: ${kept.ok}).`,
  );
} else {
  console.log("Heap held by one loaded pathway: not measured (run node with --expose-gc).");
}
