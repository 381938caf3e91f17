// Recommends next steps for a profile with @pathwise/core: loads the pathway and the profile,
// checks one against the other, and prints the ranked steps with their reasons, credentials with
// CE progress, a plan per goal, and what is one fact away.
// Usage: node examples/quickstart/next.mjs <file.profile.yaml> [pathway.yaml] [YYYY-MM-DD]
import { readFileSync } from "node:fs";
import { loadPathway, loadProfile, recommendSteps, renderRecommendations } from "@pathwise/core";

const [profileFile, pathwayFile = "pathways/pharmacy-technician.pathway.yaml", dateArg] =
  process.argv.slice(2);
if (!profileFile) {
  console.error(
    "usage: node examples/quickstart/next.mjs <file.profile.yaml> [pathway.yaml] [YYYY-MM-DD]",
  );
  process.exit(2);
}

function read(file) {
  try {
    return readFileSync(file);
  } catch (error) {
    console.error(`cannot read ${file}: ${error.code ?? error.message}`);
    process.exit(2);
  }
}

function report(file, diagnostics) {
  for (const d of diagnostics) {
    const at = d.range ? `${d.range.start.line}:${d.range.start.column}` : "-";
    console.error(`${file}:${at} ${d.severity} ${d.code} ${d.message}`);
  }
}

// The clock is read here, at the edge; the engine only ever sees an explicit date.
const today = dateArg ?? new Date().toISOString().slice(0, 10);
const pathway = loadPathway(read(pathwayFile), { today });
report(pathwayFile, pathway.diagnostics);
if (!pathway.ok) process.exit(1);
const profile = loadProfile(read(profileFile), { pathway: pathway.value, today });
report(profileFile, profile.diagnostics);
if (!profile.ok) process.exit(1);

const date = dateArg ?? profile.value.date ?? today;
process.stdout.write(renderRecommendations(recommendSteps(pathway.value, profile.value, { date })));
