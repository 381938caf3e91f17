import { readFileSync } from "node:fs";
import {
  loadPathwayOrThrow,
  type Pathway,
  type Profile,
  validateProfile,
} from "../../src/index.js";

export const today = "2026-11-24";

/** The flagship pathway, as users get it. */
export function flagship(): Pathway {
  return loadPathwayOrThrow(
    readFileSync(new URL("../../../../pathways/pharmacy-technician.pathway.yaml", import.meta.url)),
    { today },
  );
}

/** A small pathway from another field, with every kind of condition. */
export function clinic(): Pathway {
  return loadPathwayOrThrow(
    `pathwise: 1
id: clinic
title: Clinic careers
reviewed: 2026-11-01
sources:
  board: { title: Board rules, url: "https://example.org/board", accessed: 2026-11-01 }
settings:
  clinic: { title: Clinic }
  lab: { title: Laboratory }
strategies:
  certify: { title: Get certified }
  learn: { title: Keep learning }
  connect: { title: Meet people }
ceCategories:
  safety: { title: Safety }
  general: { title: General }
  vendor: { title: Vendor-run }
credentials:
  basic:
    title: Basic certificate
    issuer: Board
    kind: certification
    requires: { any: [ { step: course }, { experience: { hours: 500 } } ] }
    renewal:
      every: { years: 2 }
      ce: { hours: 10, minimum: { safety: 2 }, maximum: { vendor: 3 } }
      grace: { months: 6 }
    sources: [board]
  advanced:
    title: Advanced certificate
    issuer: Board
    kind: certification
    implies: [basic]
    requires: { all: [ { credential: basic }, { atLeast: 2, of: [ { step: elective-a }, { step: elective-b }, { step: elective-c } ] } ] }
    sources: [board]
  state-permit:
    title: State permit
    issuer: State
    kind: registration
    jurisdiction: US-TX
    requires: { jurisdiction: US-TX }
    validFor: { years: 1 }
    sources: [board]
roles:
  assistant: { title: Assistant, settings: [clinic] }
  senior:
    title: Senior assistant
    settings: [clinic]
    requires: { all: [ { credential: basic }, { experience: { years: 1, role: assistant } } ] }
  lab-tech:
    title: Lab technician
    settings: [lab]
    requires: { all: [ { credential: advanced }, { experience: { months: 6, setting: lab } } ] }
steps:
  course: { strategy: learn, title: Take the course, effort: { weeks: 6, hours: 60, cost: { amount: 300, currency: USD } }, sources: [board] }
  earn-basic: { strategy: certify, title: Earn the basic certificate, grants: { credential: basic }, effort: { weeks: 2, cost: { amount: 100, currency: USD } }, sources: [board] }
  renew-basic: { strategy: certify, title: Renew the basic certificate, renews: basic }
  elective-a: { strategy: learn, title: Elective A, advances: [credential:advanced] }
  elective-b: { strategy: learn, title: Elective B, advances: [credential:advanced] }
  elective-c: { strategy: learn, title: Elective C, effort: { cost: { amount: 50, currency: USD } }, advances: [credential:advanced], sources: [board] }
  earn-advanced: { strategy: certify, title: Earn the advanced certificate, grants: { credential: advanced } }
  get-permit: { strategy: certify, title: Get the state permit, grants: { credential: state-permit } }
  safety-ce: { strategy: learn, title: Safety CE, repeatable: true, grants: { ce: { hours: 1, categories: [safety] } } }
  vendor-ce: { strategy: learn, title: Vendor CE, repeatable: true, grants: { ce: { hours: 2, categories: [vendor] } } }
  join-network: { strategy: connect, title: Join the network, advances: [role:senior] }
  meet-mentor: { strategy: connect, title: Meet a mentor, advances: [role:senior] }
`,
    { today },
  );
}

/** A profile checked against its pathway; fails the test on any error. */
export function profile(pathway: Pathway, data: Record<string, unknown>): Profile {
  const result = validateProfile({ pathwise: 1, pathway: pathway.id, ...data }, { pathway, today });
  if (!result.ok) throw new Error(JSON.stringify(result.diagnostics, null, 2));
  return result.value;
}
