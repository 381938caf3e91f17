import { count } from "../internal/text.js";
import type { ConditionTrace } from "./evaluate.js";
import type { ExpectationReport } from "./expectations.js";
import type { Explanation } from "./explain.js";
import { englishMessages } from "./messages/en.js";
import { formatMessage } from "./messages/format.js";
import { catalogOf, localized } from "./messages/localize.js";
import type { MessageKey, MessageOptions } from "./messages/types.js";
import type { Plan } from "./plan/index.js";
import type { Recommendations } from "./recommend.js";

/**
 * Options of the plain-text renderers: the catalog for the answer's sentences and the labels.
 *
 * @example
 * const options: RenderOptions = { messages: messagesFor("es") };
 * console.log(renderRecommendations(recommendSteps(pathway, profile, { date: "2026-11-24" }), options));
 */
export type RenderOptions = MessageOptions;

/** The renderers' words: the labels, and the answer itself when a catalog was given. */
function wordsFor<T>(answer: T, options: RenderOptions | undefined) {
  const catalog = catalogOf(options) ?? englishMessages;
  const say = (key: MessageKey, data: object = {}) => formatMessage(catalog, key, data);
  return { answer: localized(answer, options), say };
}

/**
 * Renders recommendations as plain text for a terminal or a log: the ranked steps with their
 * reasons and deadlines, credentials with CE progress, goals, and the steps one fact away. With
 * `messages`, the answer's sentences and the labels come from that catalog.
 *
 * @example
 * const next = recommendSteps(pathway, profile, { date: "2026-11-24" });
 * console.log(renderRecommendations(next));
 * console.log(renderRecommendations(next, { messages: spanishMessages }));
 */
export function renderRecommendations(
  recommendations: Recommendations,
  options?: RenderOptions,
): string {
  const { answer: r, say } = wordsFor(recommendations, options);
  const out: string[] = [say("render.next-steps", { date: r.date })];
  if (r.steps.length === 0) out.push(`  ${say("render.no-steps")}`);
  r.steps.forEach((s, i) => {
    out.push(`  ${say("render.step", { ...s, rank: i + 1 })}`);
    for (const reason of s.reasons) out.push(`       ${sign(reason.points)} ${reason.message}`);
  });
  if (r.credentials.length > 0) {
    out.push("", say("render.credentials"));
    for (const c of r.credentials) {
      out.push(`  - ${c.message}`);
      if (c.feasibility) out.push(`    ${c.feasibility.message}`);
      for (const cat of c.ce?.categories ?? []) out.push(`      ${say("render.ce-category", cat)}`);
    }
  }
  if (r.goals.length > 0) {
    out.push("", say("render.goals"));
    for (const g of r.goals) out.push(`  - ${g.plan.message}`);
  }
  if (r.close.length > 0) {
    out.push("", say("render.close"));
    for (const c of r.close.slice(0, 8)) {
      out.push(`  - ${say("render.close-step", { title: c.title, missing: c.missing.message })}`);
    }
    if (r.close.length > 8)
      out.push(`  ${say("render.close-more", { count: r.close.length - 8 })}`);
  }
  return `${out.join("\n")}\n`;
}

/**
 * Renders a plan as plain text: a dated list of items, totals and assumptions, or the blockers.
 *
 * @example
 * const plan = planRoute(pathway, profile, { role: "lead-technician" }, { date: "2026-11-24" });
 * console.log(renderPlan(plan, { messages: spanishMessages }));
 */
export function renderPlan(route: Plan, options?: RenderOptions): string {
  const { answer: plan, say } = wordsFor(route, options);
  const out: string[] = [plan.message];
  if (!plan.reachable) {
    for (const b of plan.blockers)
      out.push(`  - ${say("render.blocker", { blocker: b.message, chain: b.chain })}`);
    return `${out.join("\n")}\n`;
  }
  for (const item of plan.items) {
    out.push(`  ${say("render.plan-item", { ...item, same: item.start === item.finish })}`);
  }
  // Money values, which the catalog's `format.money` entries write ($129), as reasons do.
  out.push("", say("render.plan-total", { ...plan.totals, finish: plan.finish }));
  for (const a of plan.assumptions) out.push(say("render.assumes", { assumption: a }));
  return `${out.join("\n")}\n`;
}

/**
 * Renders an explanation as plain text, with the requirement tree marked ✓ and ✗.
 *
 * @example
 * const why = explain(pathway, profile, "role:lead-technician", { date: "2026-11-24" });
 * console.log(renderExplanation(why, { messages: spanishMessages }));
 */
export function renderExplanation(explanation: Explanation, options?: RenderOptions): string {
  const { answer: e, say } = wordsFor(explanation, options);
  const out: string[] = [say("render.explanation", e), e.message];
  if (e.trace) out.push("", say("render.requirements"), renderTrace(e.trace, "  "));
  if (e.missing.length > 0) {
    out.push("", say("render.what-would-help"));
    for (const m of e.missing) out.push(`  - ${m.message}`);
  }
  if (e.plan && !e.available) out.push("", renderPlan(e.plan, options).trimEnd());
  return `${out.join("\n")}\n`;
}

/**
 * Renders a condition trace as an indented tree, one line per condition.
 *
 * @example
 * const trace = evaluateCondition(pathway, profile, { credential: "ptcb-cpht" }, { date: "2026-11-24" });
 * console.log(renderTrace(trace, "  "));
 */
export function renderTrace(trace: ConditionTrace, indent = ""): string {
  const lines: string[] = [];
  const visit = (t: ConditionTrace, depth: string) => {
    lines.push(`${depth}${t.holds ? "✓" : "✗"} ${t.message}`);
    for (const child of t.children ?? []) visit(child, `${depth}  `);
  };
  visit(trace, indent);
  return lines.join("\n");
}

/**
 * Renders an expectation report as plain text, one line per failure.
 *
 * @example
 * const report = checkExpectations(pathway, profile, { date: "2026-11-24" });
 * process.stdout.write(renderExpectationReport("new-technician.profile.yaml", report));
 */
export function renderExpectationReport(name: string, report: ExpectationReport): string {
  if (report.ok) return `✓ ${name}: ${count(report.checked, "expectation")} met\n`;
  const out = [`✗ ${name}: ${report.failures.length} of ${report.checked} expectations failed`];
  for (const f of report.failures) {
    out.push(`    ${f.message}`);
    if (Array.isArray(f.expected) && Array.isArray(f.actual)) {
      out.push(`      - expected: ${f.expected.join(", ") || "(none)"}`);
      out.push(`      + actual:   ${f.actual.join(", ") || "(none)"}`);
    }
  }
  return `${out.join("\n")}\n`;
}

function sign(points: number): string {
  return points > 0 ? `+${points}` : points < 0 ? `${points}` : "·";
}
