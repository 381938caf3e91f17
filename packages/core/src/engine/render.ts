import { count } from "../internal/count.js";
import type { ConditionTrace } from "./evaluate.js";
import type { ExpectationReport } from "./expectations.js";
import type { Explanation } from "./explain.js";
import type { Plan } from "./plan/index.js";
import type { Recommendations } from "./recommend.js";

/**
 * Renders recommendations as plain text for a terminal or a log: the ranked steps with their
 * reasons and deadlines, credentials with CE progress, goals, and the steps one fact away.
 *
 * @example
 * console.log(renderRecommendations(recommendSteps(pathway, profile, { date: "2026-11-24" })));
 */
export function renderRecommendations(r: Recommendations): string {
  const out: string[] = [`Next steps on ${r.date}:`];
  if (r.steps.length === 0) out.push("  No step is available right now; see what is close below.");
  r.steps.forEach((s, i) => {
    const due = s.deadline ? ` — by ${s.deadline}` : "";
    out.push(`  ${i + 1}. ${s.title} [${s.strategyTitle}] (score ${s.score})${due}`);
    for (const reason of s.reasons) out.push(`       ${sign(reason.points)} ${reason.message}`);
  });
  if (r.credentials.length > 0) {
    out.push("", "Credentials:");
    for (const c of r.credentials) {
      out.push(`  - ${c.message}`);
      if (c.feasibility) out.push(`    ${c.feasibility.message}`);
      for (const cat of c.ce?.categories ?? []) {
        const limits = [
          cat.minimum !== undefined ? `at least ${cat.minimum}` : "",
          cat.maximum !== undefined ? `at most ${cat.maximum}` : "",
        ]
          .filter(Boolean)
          .join(", ");
        const need = cat.needed > 0 ? `, ${cat.needed} needed` : "";
        out.push(`      ${cat.title}: ${cat.counted} h counted (${limits})${need}`);
      }
    }
  }
  if (r.goals.length > 0) {
    out.push("", "Goals:");
    for (const g of r.goals) out.push(`  - ${g.plan.message}`);
  }
  if (r.close.length > 0) {
    out.push("", "Close (one thing missing):");
    for (const c of r.close.slice(0, 8)) {
      const first = c.missing.message.charAt(0).toLowerCase() + c.missing.message.slice(1);
      out.push(`  - ${c.title}: first, ${first}`);
    }
    if (r.close.length > 8) out.push(`  … and ${r.close.length - 8} more`);
  }
  return `${out.join("\n")}\n`;
}

/**
 * Renders a plan as plain text: a dated list of items, totals and assumptions, or the blockers.
 *
 * @example
 * console.log(renderPlan(planRoute(pathway, profile, { role: "lead-technician" }, { date: "2026-11-24" })));
 */
export function renderPlan(plan: Plan): string {
  const out: string[] = [plan.message];
  if (!plan.reachable) {
    for (const b of plan.blockers)
      out.push(`  - ${b.message}${b.chain.length > 0 ? ` (via ${b.chain.join(" → ")})` : ""}`);
    return `${out.join("\n")}\n`;
  }
  for (const item of plan.items) {
    const when = item.start === item.finish ? item.start : `${item.start} → ${item.finish}`;
    out.push(`  ${when}  ${item.title} (${item.because})`);
  }
  const cost =
    plan.totals.cost.map((c) => `${c.amount} ${c.currency}`).join(" + ") || "no stated cost";
  out.push(
    "",
    `Total: ${count(plan.totals.steps, "step")}, ${cost}, ${plan.totals.hours} hours of stated effort, ${plan.totals.weeks} weeks to ${plan.finish}.`,
  );
  for (const a of plan.assumptions) out.push(`Assumes: ${a}`);
  return `${out.join("\n")}\n`;
}

/**
 * Renders an explanation as plain text, with the requirement tree marked ✓ and ✗.
 *
 * @example
 * console.log(renderExplanation(explain(pathway, profile, "role:lead-technician", { date: "2026-11-24" })));
 */
export function renderExplanation(e: Explanation): string {
  const out: string[] = [`${e.title} (${e.kind} ${e.id}): ${e.state}`, e.message];
  if (e.trace) out.push("", "Requirements:", renderTrace(e.trace, "  "));
  if (e.missing.length > 0) {
    out.push("", "What would make it available:");
    for (const m of e.missing) out.push(`  - ${m.message}`);
  }
  if (e.plan && !e.available) out.push("", renderPlan(e.plan).trimEnd());
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
