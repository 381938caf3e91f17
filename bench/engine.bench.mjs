// The engine, side by side with what a user would otherwise write: json-rules-engine evaluating
// the same eligibility rules (every step's requirements) over the same people, with the same
// facts, and a plain hand-written loop over sets that answers only "does it hold" (no traces, no
// reasons, simplified experience). Then the full next-step computation per profile, and planning
// on a generated 5,000-step pathway. How recommendSteps grows is in recommend-growth.bench.mjs.
// Goal: Pathwise's eligibility at least 50x faster than json-rules-engine.
import { readFileSync } from "node:fs";
import { Engine } from "json-rules-engine";
import {
  createEvaluator,
  loadPathwayOrThrow,
  planRoute,
  recommendSteps,
  validateProfile,
} from "../packages/core/dist/index.js";
import { interleave, median, quick, roundsOf, warmUpRounds } from "./_support.mjs";
import { generatePathway } from "./corpus.mjs";

const today = "2026-11-24";
const rounds = roundsOf(11);
const pathway = loadPathwayOrThrow(
  readFileSync(new URL("../pathways/pharmacy-technician.pathway.yaml", import.meta.url)),
  { today },
);

// --- people ---------------------------------------------------------------------------------
let seed = 42;
const rand = (n) => {
  seed = (seed * 1103515245 + 12345) % 2147483648;
  return seed % n;
};
const pick = (list) => list[rand(list.length)];
const ids = (o) => Object.keys(o).sort();
const date = (daysAgo) =>
  new Date(Date.UTC(2026, 10, 24) - daysAgo * 86_400_000).toISOString().slice(0, 10);

function person() {
  const roles = ids(pathway.roles);
  const history = Array.from({ length: 1 + rand(3) }, () => {
    const from = 200 + rand(3000);
    return {
      role: pick(roles),
      setting: pick(ids(pathway.settings)),
      from: date(from),
      to: date(Math.max(0, from - 100 - rand(900))),
      hoursPerWeek: 20 + rand(25),
    };
  });
  const credentials = [
    ...new Set(Array.from({ length: rand(4) }, () => pick(ids(pathway.credentials)))),
  ].map((id) => ({ id, earned: date(rand(1500)) }));
  const completed = [
    ...new Set(Array.from({ length: rand(6) }, () => pick(ids(pathway.steps)))),
  ].map((step) => ({ step, date: date(rand(1500)) }));
  const ce = Array.from({ length: rand(6) }, () => ({
    date: date(rand(700)),
    hours: 1 + rand(5),
    categories: [pick(ids(pathway.ceCategories))],
  }));
  const data = {
    pathwise: 1,
    pathway: pathway.id,
    role: pick(roles),
    jurisdiction: pick(["US-TX", "US-FL", "US-OH"]),
    history,
    credentials,
    completed,
    ce,
    goals: [{ role: pick(roles) }],
  };
  const result = validateProfile(data, { pathway, today });
  if (!result.ok) throw new Error(JSON.stringify(result.diagnostics[0]));
  return result.value;
}
const people = Array.from({ length: quick ? 30 : 300 }, person);

// --- the same rules three ways ---------------------------------------------------------------
const rules = ids(pathway.steps).flatMap((id) => {
  const step = pathway.steps[id];
  const needs = [
    step.requires,
    step.grants?.credential ? pathway.credentials[step.grants.credential]?.requires : undefined,
  ].filter(Boolean);
  return needs.length === 0
    ? []
    : [{ id, condition: needs.length === 1 ? needs[0] : { all: needs } }];
});

function pathwiseEligibility(p) {
  const person = createEvaluator(pathway, p, { date: today });
  let n = 0;
  for (const r of rules) if (person.holds(r.condition)) n++;
  return n;
}
function pathwiseTraces(p) {
  const person = createEvaluator(pathway, p, { date: today });
  let n = 0;
  for (const r of rules) if (person.trace(r.condition).holds) n++;
  return n;
}

// Facts for the other two, worked out once per person as a user would: active credentials, sets
// of ids, and hours of experience per role and setting (overlaps not deduplicated, `within` and
// role kinds ignored: simpler than the engine, which favours the baselines).
function active(c) {
  const every = pathway.credentials[c.id]?.renewal?.every ?? pathway.credentials[c.id]?.validFor;
  if (!every) return true;
  const start = new Date(`${c.renewed ?? c.earned}T00:00:00Z`);
  start.setUTCFullYear(start.getUTCFullYear() + (every.years ?? 0));
  start.setUTCMonth(start.getUTCMonth() + (every.months ?? 0));
  return start.toISOString().slice(0, 10) > today;
}
function factsOf(p) {
  const hours = (filter) =>
    (p.history ?? []).filter(filter).reduce((sum, h) => {
      const days = (Date.parse(h.to ?? today) - Date.parse(h.from)) / 86_400_000 + 1;
      return sum + (days / 7) * (h.hoursPerWeek ?? 40);
    }, 0);
  return {
    credentials: new Set(
      (p.credentials ?? [])
        .filter(active)
        .flatMap((c) => [c.id, ...(pathway.credentials[c.id]?.implies ?? [])]),
    ),
    steps: new Set((p.completed ?? []).map((c) => c.step)),
    roles: new Set([p.role, ...(p.history ?? []).map((h) => h.role)]),
    settings: new Set([p.setting, ...(p.history ?? []).map((h) => h.setting)]),
    jurisdiction: p.jurisdiction ?? "",
    experience: (role, setting) =>
      hours((h) => (!role || h.role === role) && (!setting || h.setting === setting)),
  };
}
const need = (e) => (e.hours ?? 0) + (e.months ?? 0) * 173 + (e.years ?? 0) * 2080;

function holds(c, f) {
  if (c.all) return c.all.every((x) => holds(x, f));
  if (c.any) return c.any.some((x) => holds(x, f));
  if (c.not) return !holds(c.not, f);
  if (c.atLeast) return c.of.filter((x) => holds(x, f)).length >= c.atLeast;
  if (c.credential) return f.credentials.has(c.credential);
  if (c.step) return f.steps.has(c.step);
  if (c.role) return f.roles.has(c.role);
  if (c.setting) return f.settings.has(c.setting);
  if (c.jurisdiction)
    return f.jurisdiction === c.jurisdiction || f.jurisdiction.startsWith(`${c.jurisdiction}-`);
  return f.experience(c.experience.role, c.experience.setting) >= need(c.experience);
}
function loopEligibility(p) {
  const f = factsOf(p);
  let n = 0;
  for (const r of rules) if (holds(r.condition, f)) n++;
  return n;
}

// json-rules-engine, encoded fairly: it has no k-of-n, so `atLeast` is ONE dynamic fact that
// counts how many of its conditions hold (what a user of it would write), not an `any` over every
// k-combination. Its facts are the ones Pathwise derives for the same person (which ids are held,
// whether each experience requirement is met), so the two must judge every rule alike; what is
// compared is evaluating the rules.
const counted = [];
const experiences = [];
const mentioned = {
  credential: new Set(),
  step: new Set(),
  role: new Set(),
  setting: new Set(),
  jurisdiction: new Set(),
};
function toJre(c) {
  if (c.all) return { all: c.all.map(toJre) };
  if (c.any) return { any: c.any.map(toJre) };
  if (c.not) return { not: toJre(c.not) };
  if (c.atLeast) {
    counted.push(c.of);
    return {
      fact: "held",
      params: { of: counted.length - 1 },
      operator: "greaterThanInclusive",
      value: c.atLeast,
    };
  }
  if (c.experience) {
    experiences.push(c);
    return {
      fact: "experience",
      params: { i: experiences.length - 1 },
      operator: "equal",
      value: true,
    };
  }
  const kind = Object.keys(c)[0];
  mentioned[kind].add(c[kind]);
  return { fact: `${kind}s`, operator: "contains", value: c[kind] };
}
// The same conditions, for the one fact that counts an `atLeast`'s list.
function holdsIn(c, f) {
  if (c.all) return c.all.every((x) => holdsIn(x, f));
  if (c.any) return c.any.some((x) => holdsIn(x, f));
  if (c.not) return !holdsIn(c.not, f);
  if (c.atLeast) return c.of.filter((x) => holdsIn(x, f)).length >= c.atLeast;
  if (c.experience) return f.experience(experiences.indexOf(c), c);
  const kind = Object.keys(c)[0];
  return f[`${kind}s`].includes(c[kind]);
}
const leaves = (j) =>
  j.all || j.any ? (j.all ?? j.any).reduce((n, x) => n + leaves(x), 0) : j.not ? leaves(j.not) : 1;
const rawLeaves = (c) =>
  c.all || c.any
    ? (c.all ?? c.any).reduce((n, x) => n + rawLeaves(x), 0)
    : c.not
      ? rawLeaves(c.not)
      : c.atLeast
        ? rawLeaves({ all: c.of })
        : 1;
// What the old encoding cost: `any` over every k-combination of an atLeast's list.
const choose = (n, k) => (k === 0 ? 1 : (choose(n - 1, k - 1) * n) / k);
const expandedLeaves = (c) =>
  c.all || c.any
    ? (c.all ?? c.any).reduce((n, x) => n + expandedLeaves(x), 0)
    : c.not
      ? expandedLeaves(c.not)
      : c.atLeast
        ? (choose(c.of.length, c.atLeast) *
            c.of.reduce((n, x) => n + expandedLeaves(x), 0) *
            c.atLeast) /
          c.of.length
        : 1;
const engine = new Engine([], { allowUndefinedFacts: true });
let jreLeaves = 0;
for (const r of rules) {
  const j = toJre(r.condition);
  jreLeaves += leaves(j);
  engine.addRule({
    name: r.id,
    conditions: j.all || j.any || j.not ? j : { all: [j] },
    event: { type: r.id },
  });
}
/** The facts json-rules-engine gets, as Pathwise judges them for this person. */
function pathwiseFacts(p) {
  const person = createEvaluator(pathway, p, { date: today });
  const held = (kind) => [...mentioned[kind]].filter((id) => person.holds({ [kind]: id }));
  const met = new Map();
  const f = {
    credentials: held("credential"),
    steps: held("step"),
    roles: held("role"),
    settings: held("setting"),
    jurisdictions: held("jurisdiction"),
    experience: (i, c = experiences[i]) => {
      if (!met.has(i)) met.set(i, person.holds(c));
      return met.get(i);
    },
  };
  return f;
}
async function jreEligible(p) {
  const f = pathwiseFacts(p);
  const { events } = await engine.run({
    ...f,
    experience: ({ i }) => f.experience(i),
    held: ({ of }) => counted[of].filter((c) => holdsIn(c, f)).length,
  });
  return new Set(events.map((e) => e.type));
}
const jreEligibility = async (p) => (await jreEligible(p)).size;
// --- agreement ------------------------------------------------------------------------------
// Both judge every rule for every person; they must agree on all of them.
let agree = 0;
const disagreements = [];
for (const [i, p] of people.entries()) {
  const person = createEvaluator(pathway, p, { date: today });
  const theirs = await jreEligible(p);
  const differ = rules.filter((r) => person.holds(r.condition) !== theirs.has(r.id));
  if (differ.length === 0) agree++;
  for (const r of differ.slice(0, 3))
    disagreements.push(
      `person ${i + 1}, ${r.id}: Pathwise ${person.holds(r.condition)}, json-rules-engine ${theirs.has(r.id)}`,
    );
}

// --- timing -----------------------------------------------------------------------------------
// The quick contenders go over the people several times a round, so that every timed round lasts
// tens of milliseconds (one pass of Pathwise's eligibility takes about 2 ms, where a single
// minor collection would count for much); every figure is per profile.
const passes = quick
  ? { loop: 1, ours: 1, traces: 1, jre: 1, facts: 1, next: 1 }
  : { loop: 20, ours: 20, traces: 1, jre: 1, facts: 20, next: 1 };
const over = (fn, n) => async () => {
  for (let k = 0; k < n; k++) for (const p of people) await fn(p);
};
const timed = await interleave(rounds, {
  loop: over(loopEligibility, passes.loop),
  ours: over(pathwiseEligibility, passes.ours),
  traces: over(pathwiseTraces, passes.traces),
  jre: over(jreEligibility, passes.jre),
  facts: over(pathwiseFacts, passes.facts),
  next: over((p) => recommendSteps(pathway, p, { date: today }), passes.next),
});
/** Median ms of one pass over the people, per contender. */
const t = Object.fromEntries(Object.entries(timed).map(([k, ms]) => [k, ms / passes[k]]));
const ours = t.ours;
const perProfile = (ms) => `${((ms / people.length) * 1000).toFixed(0)} µs`;
const totalRaw = rules.reduce((n, r) => n + rawLeaves(r.condition), 0);
const totalExpanded = rules.reduce((n, r) => n + expandedLeaves(r.condition), 0);
console.log(
  `${people.length} generated people on the flagship, ${rules.length} eligibility rules each, median of ${rounds} interleaved rounds after ${warmUpRounds} warm-up rounds. json-rules-engine gets the facts Pathwise derives and one fact per atLeast (${totalRaw} leaves as written, ${jreLeaves} in its rules; expanding atLeast into combinations would make ${Math.round(totalExpanded)}). Agreement: Pathwise and json-rules-engine judge every rule alike for ${agree} of ${people.length} people.\n`,
);
for (const d of disagreements.slice(0, 10)) console.log(`- disagreement: ${d}`);
if (disagreements.length > 0) console.log("");
console.log("| what | per profile | profiles/s | ratio to Pathwise eligibility |");
console.log("|---|---|---|---|");
const row = (name, ms) =>
  console.log(
    `| ${name} | ${perProfile(ms)} | ${Math.round((people.length / ms) * 1000)} | ${(ms / ours).toFixed(2)}× |`,
  );
row("hand-written loop (holds only, simplified experience)", t.loop);
row("Pathwise createEvaluator().holds", ours);
row("Pathwise createEvaluator().trace (sentences, missing facts)", t.traces);
row("json-rules-engine 7 (same rules and facts; atLeast as one fact)", t.jre);
row("  of which: its facts up front, from Pathwise (experience is asked as it goes)", t.facts);
row("Pathwise recommendSteps (the whole answer)", t.next);
console.log(
  `\njson-rules-engine / Pathwise eligibility: ${(t.jre / ours).toFixed(1)}× (goal ≥ 50×).`,
);

// --- planning on a generated 5,000-step pathway -------------------------------------------------
const big = loadPathwayOrThrow(generatePathway({ roles: quick ? 50 : 2500, seed: 11 }), { today });
const bigPerson = validateProfile(
  {
    pathwise: 1,
    pathway: big.id,
    role: "role-0",
    history: [{ role: "role-0", from: "2020-01-06" }],
  },
  { pathway: big, today },
).value;
const roleCount = Object.keys(big.roles).length;
const goals = [5, 50, 500].map((n) => `role-${Math.min(n, roleCount - 1)}`);
console.log(
  `\nPlanning on a generated pathway with ${Object.keys(big.steps).length} steps and ${Object.keys(big.roles).length} roles:\n`,
);
console.log("| goal | median time | reachable | items |");
console.log("|---|---|---|---|");
for (const role of goals) {
  const times = [];
  let plan;
  for (let r = 0; r < roundsOf(5); r++) {
    const t = performance.now();
    plan = planRoute(big, bigPerson, { role }, { date: today });
    times.push(performance.now() - t);
  }
  console.log(
    `| role:${role} | ${median(times).toFixed(1)} ms | ${plan.reachable} | ${plan.reachable ? plan.items.length : `${plan.blockers.length} blockers`} |`,
  );
}
const heap = process.memoryUsage().heapUsed / 1e6;
console.log(`\nHeap after the runs: ${heap.toFixed(0)} MB.`);
