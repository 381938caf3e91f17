import { upperFirst } from "../internal/text.js";
import type { Credential } from "../model/credential.js";
import type { Pathway } from "../model/pathway.js";
import { entries } from "../model/references.js";
import type { CeRule, Renewal } from "../model/renewal.js";
import { formatDuration, formatHours, formatMoney, joinAnd, quoted, titleIn } from "./_words.js";
import { describeCondition } from "./describe-condition.js";

/**
 * The sentences that describe a credential: what it is, who is eligible and which steps grant
 * it, what holding it also counts as, and how it renews (cycle, CE, fees, windows). @internal
 */
export function credentialSentences(pathway: Pathway, id: string, c: Credential): string[] {
  const where = c.jurisdiction ? `, in ${c.jurisdiction}` : "";
  const out = [`A ${c.kind} issued by ${c.issuer}${where}.`];
  const granting = entries(pathway.steps).filter(([, s]) => s.grants?.credential === id);
  if (c.eligibility === "not-published") {
    out.push(
      "Its eligibility is not published in this pathway: holding it counts wherever it is required, but no step offers to earn it.",
    );
  } else if (c.requires) {
    out.push(`Eligible to earn it: a person who ${describeCondition(c.requires, pathway)}.`);
  } else {
    out.push("The pathway states no eligibility for it.");
  }
  for (const [, step] of granting) {
    const cost = step.effort?.cost ? ` (${formatMoney(step.effort.cost)})` : "";
    out.push(`It is earned through the step ${quoted(step.title)}${cost}.`);
  }
  if (c.implies && c.implies.length > 0) {
    const names = c.implies.map((other) => titleIn(pathway.credentials, other));
    out.push(`Holding it also counts as holding ${joinAnd(names)}.`);
  }
  if (c.renewal) out.push(...renewalSentences(c.renewal, pathway));
  else if (c.validFor) out.push(`It lasts ${formatDuration(c.validFor)} and cannot be renewed.`);
  else out.push("The pathway gives it no expiry.");
  const renewing = entries(pathway.steps).filter(([, s]) => s.renews === id);
  for (const [, step] of renewing)
    out.push(`It is renewed through the step ${quoted(step.title)}.`);
  return out;
}

function renewalSentences(r: Renewal, pathway: Pathway): string[] {
  const cycle = formatDuration(r.every);
  // "every year" rather than "every 1 year".
  const out = [`It renews every ${cycle.replace(/^1 (year|month|week|day)$/, "$1")}.`];
  if (r.ce) out.push(ceSentence(r.ce, pathway));
  const money: string[] = [];
  if (r.fee) money.push(`renewing costs ${formatMoney(r.fee)}`);
  if (r.lateFee) money.push(`filing late costs ${formatMoney(r.lateFee)} more`);
  if (money.length > 0) out.push(`${upperFirst(joinAnd(money))}.`);
  const when: string[] = [];
  if (r.opens) when.push(`the renewal can be filed from ${formatDuration(r.opens)} before expiry`);
  if (r.fileBy === "start-of-expiry-month")
    when.push("it must be filed by the 1st day of the month it expires in to be on time");
  if (when.length > 0) out.push(`${upperFirst(joinAnd(when))}.`);
  out.push(
    r.grace
      ? `After expiry it can be reinstated for ${formatDuration(r.grace)}.`
      : "The pathway gives no reinstatement period after expiry.",
  );
  return out;
}

function ceSentence(ce: CeRule, pathway: Pathway): string {
  const category = (id: string) => titleIn(pathway.ceCategories, id);
  const parts = [`Each cycle needs ${formatHours(ce.hours)} of continuing education`];
  const minimum = entries(ce.minimum).map(([c, h]) => `${formatHours(h)} of ${category(c)}`);
  if (minimum.length > 0) parts.push(`at least ${joinAnd(minimum)}`);
  const maximum = entries(ce.maximum).map(([c, h]) => `${formatHours(h)} of ${category(c)}`);
  if (maximum.length > 0) parts.push(`at most ${joinAnd(maximum)} count`);
  if (ce.excludes && ce.excludes.length > 0)
    parts.push(`${joinAnd(ce.excludes.map(category))} is not accepted`);
  if (ce.only && ce.only.length > 0)
    parts.push(`only ${joinAnd(ce.only.map(category))} is accepted`);
  return `${parts.join("; ")}; hours earned before the cycle do not count.`;
}
