// Every plan the engine returns survives a replay by verifyPlan, an independent reading of the
// rules through the evaluator; every recommended step's requirements hold on the evaluation
// date. Fixed seed; PATHWISE_REPLAY_RUNS and PATHWISE_REPLAY_SEED set the count and seed for
// longer local runs (see docs/engine.md).
import { readdirSync, readFileSync } from "node:fs";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import {
  type Condition,
  evaluateCondition,
  type Goal,
  loadProfile,
  planRoute,
  recommendSteps,
  validatePathway,
  validateProfile,
  verifyPlan,
} from "../../src/index.js";
import { pathwayData, personData, today } from "./generated-pathways.js";
import { flagship } from "./helpers.js";

const runs = Number(process.env.PATHWISE_REPLAY_RUNS ?? 1000);
const on = { date: today };

describe("plans replayed", () => {
  it(`holds for ${runs} generated pathways and people`, () => {
    let checked = 0;
    fc.assert(
      fc.property(pathwayData, personData, (data, personRaw) => {
        const loaded = validatePathway(data, { today });
        // A few generated shapes are refused by validation (a condition that can never hold, say).
        fc.pre(loaded.ok);
        if (!loaded.ok) return;
        const pathway = loaded.value;
        const checkedProfile = validateProfile(personRaw, { pathway, today });
        if (!checkedProfile.ok) throw new Error(JSON.stringify(checkedProfile.diagnostics));
        const person = checkedProfile.value;
        const goal = person.goals?.[0] as Goal;
        const plan = planRoute(pathway, person, goal, on);
        const verdict = verifyPlan(pathway, person, plan, on);
        if (!verdict.ok) {
          throw new Error(`${JSON.stringify(verdict.problems)}\n${JSON.stringify(plan, null, 1)}`);
        }
        for (const step of recommendSteps(pathway, person, { ...on, limit: 50 }).steps) {
          // The step's own requirements and the eligibility of what it grants, read from the data.
          const s = pathway.steps[step.step];
          const granted = s?.grants?.credential;
          const role = s?.grants?.role;
          const all = [
            s?.requires,
            granted ? pathway.credentials[granted]?.requires : undefined,
            role ? pathway.roles[role]?.requires : undefined,
          ].filter((c): c is Condition => c !== undefined);
          expect(evaluateCondition(pathway, person, { all }, on).holds).toBe(true);
        }
        checked++;
      }),
      { seed: Number(process.env.PATHWISE_REPLAY_SEED ?? 20261124), numRuns: runs },
    );
    expect(checked).toBe(runs);
  });
});

describe("flagship personas replayed", () => {
  const folder = new URL("../../../../pathways/profiles/", import.meta.url);
  const pathway = flagship();
  const goals: Goal[] = [
    ...Object.keys(pathway.roles).map((role) => ({ role })),
    ...Object.keys(pathway.settings).map((setting) => ({ setting })),
    ...Object.keys(pathway.credentials).map((credential) => ({ credential })),
  ];
  for (const file of readdirSync(folder)
    .filter((f) => f.endsWith(".profile.yaml"))
    .sort()) {
    it(`${file}: every plan to every role, setting and credential replays`, () => {
      const loaded = loadProfile(readFileSync(new URL(file, folder)), { pathway, today });
      if (!loaded.ok) throw new Error(JSON.stringify(loaded.diagnostics));
      const person = loaded.value;
      const date = { date: person.date ?? today };
      for (const goal of goals) {
        const plan = planRoute(pathway, person, goal, date);
        expect({ goal, verdict: verifyPlan(pathway, person, plan, date) }).toEqual({
          goal,
          verdict: { ok: true },
        });
      }
    });
  }
});
