// A plan to one goal, as a timeline of dated items, or why the goal cannot be reached.
import type { Plan } from "@pathwise/core/engine";
import { formatEffort, formatMoney } from "./format.js";

const kindLabel = { step: "Step", role: "Role", setting: "Setting", wait: "Wait" } as const;

export function PlanTimeline(props: { readonly plan: Plan }) {
  const { plan } = props;
  if (!plan.reachable) {
    return (
      <div className="plan unreachable">
        <p>{plan.message}</p>
        <ul>
          {plan.blockers.map((blocker) => (
            <li key={blocker.chain.join(">")}>
              {blocker.message}
              {blocker.chain.length > 1 && (
                <span className="meta"> ({blocker.chain.join(" → ")})</span>
              )}
            </li>
          ))}
        </ul>
      </div>
    );
  }
  const cost = plan.totals.cost.map(formatMoney).join(" + ");
  return (
    <div className="plan">
      <p>{plan.message}</p>
      {plan.items.length > 0 && (
        <ol className="timeline">
          {plan.items.map((item, index) => (
            // biome-ignore lint/suspicious/noArrayIndexKey: a plan may wait twice for the same thing
            <li key={index} className={`item ${item.kind}`}>
              <p className="when">
                {item.start === item.finish ? item.start : `${item.start} → ${item.finish}`}
              </p>
              <p>
                <span className="kind">{kindLabel[item.kind]}</span> <strong>{item.title}</strong>
                {item.effort && <span className="meta"> · {formatEffort(item.effort)}</span>}
              </p>
              <p className="meta">{item.because}</p>
            </li>
          ))}
        </ol>
      )}
      <p className="totals">
        Done by {plan.finish}: {plan.totals.steps} steps, {plan.totals.hours} hours over{" "}
        {plan.totals.weeks} weeks{cost && `, ${cost}`}.
      </p>
      {plan.assumptions.length > 0 && (
        <details>
          <summary>Assumptions</summary>
          <ul>
            {plan.assumptions.map((assumption) => (
              <li key={assumption}>{assumption}</li>
            ))}
          </ul>
        </details>
      )}
    </div>
  );
}
