// Each held credential's state and the CE it still needs before its renewal deadline.
import type { CredentialStatus } from "@pathwise/core/engine";
import { formatHours } from "./format.js";

function Bar(props: {
  readonly label: string;
  readonly value: number;
  readonly max: number;
  readonly text: string;
}) {
  return (
    <div className="bar">
      <span className="bar-label">{props.label}</span>
      <progress
        max={props.max}
        value={Math.min(props.value, props.max)}
        aria-label={`${props.label}: ${props.text}`}
      />
      <span className="bar-text">{props.text}</span>
    </div>
  );
}

export function CeProgressView(props: { readonly credentials: readonly CredentialStatus[] }) {
  if (props.credentials.length === 0) return <p>No credentials held yet.</p>;
  return (
    <ul className="credentials">
      {props.credentials.map((status) => (
        <li key={status.credential} data-credential={status.credential}>
          <h3>
            {status.title} <span className={`state ${status.state}`}>{status.state}</span>
          </h3>
          <p>{status.message}</p>
          {status.ce && (
            <>
              <p className="meta">
                Cycle {status.ce.from} to {status.ce.deadline}
                {status.daysLeft !== undefined &&
                  status.daysLeft >= 0 &&
                  ` · ${status.daysLeft} days left`}
              </p>
              <Bar
                label="All CE"
                value={status.ce.counted}
                max={status.ce.required}
                text={`${formatHours(status.ce.counted)} of ${formatHours(status.ce.required)}`}
              />
              {status.ce.categories.map((category) =>
                category.minimum !== undefined ? (
                  <Bar
                    key={category.category}
                    label={category.title}
                    value={category.counted}
                    max={category.minimum}
                    text={`${formatHours(category.counted)} of at least ${formatHours(category.minimum)}`}
                  />
                ) : (
                  <Bar
                    key={category.category}
                    label={category.title}
                    value={category.counted}
                    max={category.maximum ?? category.counted}
                    text={`${formatHours(category.counted)} counted${category.maximum !== undefined ? `, at most ${formatHours(category.maximum)}` : ""}`}
                  />
                ),
              )}
            </>
          )}
        </li>
      ))}
    </ul>
  );
}
