// The ranked next steps, each with the reasons behind its score.
import type { Recommendations } from "@pathwise/core/engine";
import { formatEffort } from "./format.js";

export function NextSteps(props: { readonly result: Recommendations }) {
  const { steps, close } = props.result;
  return (
    <>
      {steps.length === 0 ? (
        <p>No step is available right now; see what is close below.</p>
      ) : (
        <ol className="steps" aria-label="Recommended steps">
          {steps.map((step) => (
            <li key={step.step} className="step" data-step={step.step}>
              <h3>{step.title}</h3>
              <p className="meta">
                <span className="strategy">{step.strategyTitle}</span>
                {step.deadline && <span className="deadline">Due by {step.deadline}</span>}
                {step.effort && <span>{formatEffort(step.effort)}</span>}
              </p>
              <ul className="reasons">
                {step.reasons.map((reason) => (
                  <li key={reason.code} data-code={reason.code}>
                    {reason.message}{" "}
                    <span className="points">
                      ({reason.points > 0 ? "+" : ""}
                      {Math.round(reason.points)})
                    </span>
                  </li>
                ))}
              </ul>
            </li>
          ))}
        </ol>
      )}
      {close.length > 0 && (
        <details className="close">
          <summary>One fact away ({close.length})</summary>
          <ul>
            {close.map((step) => (
              <li key={step.step}>
                <strong>{step.title}</strong>: {step.missing.message}
                {step.onGoalRoute && " (on the way to a goal)"}
              </li>
            ))}
          </ul>
        </details>
      )}
    </>
  );
}
