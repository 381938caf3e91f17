// What doing a step unlocks, through the mention index, is exactly what a full scan of every
// step and role before and after finds: on the flagship, on small generated pathways with implied
// and conferred credentials, and on bench-corpus pathways. The reference below is the full scan
// the engine used before the index; it stays here, independent of the engine's own version.
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { generatePathway } from "../../../../bench/corpus.mjs";
import { stepRequirements } from "../../src/engine/availability.js";
import { holdsRole } from "../../src/engine/credential-roles.js";
import { holds } from "../../src/engine/evaluate.js";
import type { PersonFacts } from "../../src/engine/facts.js";
import { openSession, type Session } from "../../src/engine/session.js";
import { openedEntities, stepUnlocks } from "../../src/engine/unlocks.js";
import {
  loadPathwayOrThrow,
  type Pathway,
  type Profile,
  validatePathway,
  validateProfile,
} from "../../src/index.js";
import { pathwayData, personData, today } from "./generated-pathways.js";
import { flagship } from "./helpers.js";

/** The old full scan: every step and role of the pathway, checked against the facts. */
function referenceOpened(session: Session, facts: PersonFacts): Set<string> {
  const { pathway } = session;
  const scope = { ...session.scope, facts };
  const out = new Set<string>();
  for (const id of Object.keys(pathway.steps)) {
    if (facts.completed.has(id)) continue;
    const requires = stepRequirements(pathway, id);
    if (requires && holds(requires, scope)) out.add(`step:${id}`);
  }
  for (const [id, role] of Object.entries(pathway.roles)) {
    const open = role.requires ? holdsRole(scope, id) || holds(role.requires, scope) : false;
    if (open) out.add(`role:${id}`);
  }
  return out;
}

/** The old facts after doing a step today. */
function referenceDone(session: Session, id: string): PersonFacts {
  const { facts, options, pathway } = session;
  const step = pathway.steps[id];
  const completed = new Map(facts.completed).set(id, options.date);
  const granted = step?.grants?.credential;
  const credentials = granted
    ? new Map(facts.credentials).set(granted, { id: granted, earned: options.date })
    : facts.credentials;
  const roles = new Set(facts.roles);
  if (step?.grants?.role) roles.add(step.grants.role);
  const settings = new Set(facts.settings);
  if (step?.grants?.setting) settings.add(step.grants.setting);
  return { ...facts, completed, credentials, roles, settings };
}

/** Compares the index with the full scan for every step of the pathway; returns how many unlocked something. */
function compareAll(pathway: Pathway, profile: Profile): number {
  const session = openSession(pathway, profile, { date: today });
  const before = referenceOpened(session, session.facts);
  expect([...openedEntities(session, session.facts)]).toEqual([...before]);
  let unlocking = 0;
  for (const id of Object.keys(pathway.steps)) {
    const expected = [...referenceOpened(session, referenceDone(session, id))].filter(
      (e) => !before.has(e),
    );
    expect(stepUnlocks(session, id, before), id).toEqual(expected);
    if (expected.length > 0) unlocking++;
  }
  return unlocking;
}

const ids = (o: object) => Object.keys(o).sort();
const day = fc.integer({ min: 0, max: 3650 }).map((n) => {
  return new Date(Date.UTC(2026, 10, 24) - n * 86_400_000).toISOString().slice(0, 10);
});

/** A person for any pathway: work in its roles and settings, credentials, steps done. */
function personFor(pathway: Pathway): fc.Arbitrary<Profile | undefined> {
  const roles = ids(pathway.roles);
  const settings = ids(pathway.settings);
  return fc
    .record({
      role: fc.option(fc.constantFrom(...roles), { nil: undefined }),
      history: fc.array(
        fc.record({
          role: fc.constantFrom(...roles),
          setting: fc.constantFrom(...settings),
          from: day,
          hoursPerWeek: fc.integer({ min: 8, max: 50 }),
        }),
        { maxLength: 3 },
      ),
      credentials: fc.uniqueArray(
        fc.record({ id: fc.constantFrom(...ids(pathway.credentials)), earned: day }),
        { maxLength: 4, selector: (c) => c.id },
      ),
      completed: fc.uniqueArray(
        fc.record({ step: fc.constantFrom(...ids(pathway.steps)), date: day }),
        { maxLength: 6, selector: (c) => c.step },
      ),
      jurisdiction: fc.constantFrom("US-TX", "US-FL", "US-OH", undefined),
    })
    .map(({ role, jurisdiction, ...rest }) => {
      const data = {
        pathwise: 1,
        pathway: pathway.id,
        ...(role ? { role } : {}),
        ...(jurisdiction ? { jurisdiction } : {}),
        ...rest,
      };
      const result = validateProfile(data, { pathway, today });
      return result.ok ? result.value : undefined;
    });
}

/**
 * Adds steps that grant roles (none of the other pathways has one) and steps that need them, so
 * that a granted role counting as another (a kind of it) is compared too.
 */
function withRoleSteps(data: { steps: Record<string, object> }) {
  const step = (title: string, more: object) => ({
    strategy: "grow",
    title,
    sources: ["src"],
    ...more,
  });
  const steps = {
    ...data.steps,
    "join-r2": step("Join as r2", { grants: { role: "r2" } }),
    "join-r3": step("Join as r3", { grants: { role: "r3" } }),
    "after-r0": step("After r0", { requires: { role: "r0" } }),
    "after-r2": step("After r2", { requires: { any: [{ role: "r2" }, { setting: "s1" }] } }),
  };
  return { ...data, steps };
}

const settings = { seed: 15, endOnFailure: true } as const;

describe("unlocks through the mention index", () => {
  it("match the full scan on the flagship", () => {
    const pathway = flagship();
    let unlocking = 0;
    fc.assert(
      fc.property(personFor(pathway), (profile) => {
        fc.pre(profile !== undefined);
        if (profile) unlocking += compareAll(pathway, profile);
      }),
      { ...settings, numRuns: 150 },
    );
    // The property says something: many steps do unlock something for these people.
    expect(unlocking).toBeGreaterThan(100);
  });

  it("match the full scan on generated pathways with implied and conferred credentials and granted roles", () => {
    fc.assert(
      fc.property(pathwayData, personData, (data, raw) => {
        const loaded = validatePathway(withRoleSteps(data), { today });
        fc.pre(loaded.ok);
        if (!loaded.ok) return;
        const profile = validateProfile(raw, { pathway: loaded.value, today });
        if (!profile.ok) throw new Error(JSON.stringify(profile.diagnostics));
        compareAll(loaded.value, profile.value);
      }),
      { ...settings, numRuns: 400 },
    );
  });

  it("match the full scan on bench-corpus pathways", () => {
    const corpus = [3, 11, 29].map((seed) =>
      loadPathwayOrThrow(generatePathway({ roles: 20, seed }), { today }),
    );
    let unlocking = 0;
    for (const pathway of corpus) {
      fc.assert(
        fc.property(personFor(pathway), (profile) => {
          fc.pre(profile !== undefined);
          if (profile) unlocking += compareAll(pathway, profile);
        }),
        { ...settings, numRuns: 40 },
      );
    }
    expect(unlocking).toBeGreaterThan(50);
  });
});
