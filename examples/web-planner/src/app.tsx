// The planner page: a profile form on the left, what the engine makes of it on the right.

import { pathway, profiles } from "virtual:pathwise-content";
import { type Diagnostic, validateProfile } from "@pathwise/core";
import { formatGoal, parseGoal, planRoute, recommendSteps } from "@pathwise/core/engine";
import { useMemo, useState } from "react";
import { CeProgressView } from "./ce-progress.js";
import { type Draft, draftFromProfile, draftToData, emptyDraft, isIsoDate } from "./draft.js";
import { fieldId } from "./fields.js";
import { NextSteps } from "./next-steps.js";
import { PathwayGraph } from "./pathway-graph.js";
import { PlanTimeline } from "./plan-timeline.js";
import { optionsOf, ProfileForm } from "./profile-form.js";

const scratch = "";

/** Diagnostics by profile path (`credentials.0.earned`), for the fields to show next to them. */
function errorsByField(diagnostics: readonly Diagnostic[]): Map<string, string[]> {
  const errors = new Map<string, string[]>();
  for (const diagnostic of diagnostics) {
    if (diagnostic.severity !== "error") continue;
    const key = diagnostic.path.join(".");
    errors.set(key, [...(errors.get(key) ?? []), diagnostic.message]);
  }
  return errors;
}

export function App(props: { readonly today: string }) {
  const [example, setExample] = useState(profiles[0]?.file ?? scratch);
  const [draft, setDraft] = useState<Draft>(() =>
    profiles[0] ? draftFromProfile(profiles[0].profile, props.today) : emptyDraft(props.today),
  );
  // The goal to plan for; empty means the profile's first goal.
  const [planGoal, setPlanGoal] = useState("");

  const chooseExample = (file: string) => {
    setExample(file);
    setPlanGoal("");
    const chosen = profiles.find((p) => p.file === file);
    setDraft(chosen ? draftFromProfile(chosen.profile, props.today) : emptyDraft(props.today));
  };

  const validation = useMemo(() => {
    const today = isIsoDate(draft.date) ? draft.date : undefined;
    return validateProfile(draftToData(draft, pathway.id), {
      pathway,
      ...(today ? { today } : {}),
    });
  }, [draft]);
  const errors = useMemo(() => errorsByField(validation.diagnostics), [validation]);
  const profile = validation.ok ? validation.value : undefined;

  const results = useMemo(() => {
    if (!profile || !isIsoDate(draft.date)) return undefined;
    const date = draft.date;
    const goalKey = planGoal || (profile.goals?.[0] ? formatGoal(profile.goals[0]) : "");
    const goal = goalKey ? parseGoal(goalKey, pathway) : undefined;
    return {
      next: recommendSteps(pathway, profile, { date, limit: 5 }),
      goalKey,
      plan: goal ? planRoute(pathway, profile, goal, { date }) : undefined,
    };
  }, [profile, draft.date, planGoal]);

  const invalid = validation.diagnostics.filter((d) => d.severity === "error");
  const status = results
    ? `${results.next.steps.length} next steps as of ${results.next.date}; first: ${results.next.steps[0]?.title ?? "none"}.`
    : `Fix ${invalid.length === 1 ? "the highlighted field" : `the ${invalid.length} highlighted fields`} to see your next steps.`;

  return (
    <>
      <header>
        <h1>Pathwise planner</h1>
        <p>
          {pathway.title}: what to do next, your continuing education and a plan to your goal. The
          engine runs in this page; nothing leaves your browser.
        </p>
      </header>
      <main>
        <section className="input" aria-labelledby="profile-heading">
          <h2 id="profile-heading">Your profile</h2>
          <div className="field">
            <label htmlFor="example">Start from</label>
            <select
              id="example"
              value={example}
              onChange={(event) => chooseExample(event.target.value)}
            >
              {profiles.map((p) => (
                <option key={p.file} value={p.file}>
                  Example: {p.profile.name ?? p.file}
                </option>
              ))}
              <option value={scratch}>An empty profile</option>
            </select>
          </div>
          {invalid.length > 0 && (
            <section className="problems" aria-labelledby="problems-heading">
              <h3 id="problems-heading">Please check</h3>
              <ul>
                {invalid.map((d) => (
                  <li key={`${d.path.join(".")}:${d.message}`}>
                    <a href={`#${fieldId(d.path.join("."))}`}>{d.message}</a>
                  </li>
                ))}
              </ul>
            </section>
          )}
          <ProfileForm pathway={pathway} draft={draft} errors={errors} onChange={setDraft} />
        </section>

        <section className="output" aria-labelledby="results-heading">
          <h2 id="results-heading">What to do next</h2>
          <p role="status" aria-live="polite" className="status">
            {status}
          </p>
          {results && profile && (
            <>
              <section aria-labelledby="next-heading">
                <h2 id="next-heading">Next steps</h2>
                <NextSteps result={results.next} />
              </section>
              <section aria-labelledby="ce-heading">
                <h2 id="ce-heading">Credentials and continuing education</h2>
                <CeProgressView credentials={results.next.credentials} />
              </section>
              <section aria-labelledby="plan-heading">
                <h2 id="plan-heading">Plan</h2>
                <div className="field">
                  <label htmlFor="plan-goal">Plan a route to</label>
                  <select
                    id="plan-goal"
                    value={results.goalKey}
                    onChange={(event) => setPlanGoal(event.target.value)}
                  >
                    {!results.goalKey && <option value="">Choose a goal</option>}
                    {(
                      [
                        ["Roles", "role", pathway.roles],
                        ["Credentials", "credential", pathway.credentials],
                        ["Settings", "setting", pathway.settings],
                      ] as const
                    ).map(([label, kind, collection]) => (
                      <optgroup key={kind} label={label}>
                        {optionsOf(collection).map(([id, title]) => (
                          <option key={id} value={`${kind}:${id}`}>
                            {title}
                          </option>
                        ))}
                      </optgroup>
                    ))}
                  </select>
                </div>
                {results.plan && <PlanTimeline plan={results.plan} />}
              </section>
              <section aria-labelledby="graph-heading">
                <h2 id="graph-heading">The pathway</h2>
                <details open>
                  <summary>
                    What each role and credential needs, and the steps that lead to it
                  </summary>
                  <PathwayGraph pathway={pathway} profile={profile} />
                </details>
              </section>
            </>
          )}
        </section>
      </main>
    </>
  );
}
