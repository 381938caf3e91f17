// The profile form: every field of a profile, with repeatable rows for history, credentials,
// completed steps, CE activities and goals.
import type { Pathway } from "@pathwise/core/engine";
import type { ReactNode } from "react";
import type {
  Draft,
  DraftCe,
  DraftCompleted,
  DraftCredential,
  DraftGoal,
  DraftJob,
  GoalKind,
} from "./draft.js";
import { DateField, SelectField, TextField } from "./fields.js";

type Errors = ReadonlyMap<string, readonly string[]>;
type Options = readonly (readonly [string, string])[];

/** `[id, title]` pairs of a pathway collection, in the pathway's order. */
export function optionsOf(collection: Readonly<Record<string, { title: string }>> | undefined) {
  return Object.entries(collection ?? {}).map(([id, entity]) => [id, entity.title] as const);
}

interface RowsProps<T> {
  readonly name: keyof Draft & string;
  readonly title: string;
  readonly item: string;
  readonly rows: readonly T[];
  readonly errors: Errors;
  readonly onChange: (rows: T[]) => void;
  readonly create: () => T;
  readonly render: (row: T, index: number, update: (patch: Partial<T>) => void) => ReactNode;
}

/** A repeatable group of fields, one fieldset per row. */
function Rows<T>(props: RowsProps<T>) {
  const update = (index: number, patch: Partial<T>) =>
    props.onChange(props.rows.map((row, i) => (i === index ? { ...row, ...patch } : row)));
  return (
    <section className="rows" aria-labelledby={`${props.name}-heading`}>
      <h3 id={`${props.name}-heading`}>{props.title}</h3>
      {props.rows.map((row, index) => {
        const label = `${props.item} ${index + 1}`;
        const rowErrors = props.errors.get(`${props.name}.${index}`) ?? [];
        return (
          // biome-ignore lint/suspicious/noArrayIndexKey: rows have no identity beyond their place
          <fieldset key={index} className="row">
            <legend>{label}</legend>
            {rowErrors.length > 0 && <p className="error">{rowErrors.join(" ")}</p>}
            <div className="row-fields">
              {props.render(row, index, (patch) => update(index, patch))}
            </div>
            <button
              type="button"
              className="remove"
              aria-label={`Remove ${label.toLowerCase()}`}
              onClick={() => props.onChange(props.rows.filter((_, i) => i !== index))}
            >
              Remove
            </button>
          </fieldset>
        );
      })}
      <button type="button" onClick={() => props.onChange([...props.rows, props.create()])}>
        Add {props.item.toLowerCase()}
      </button>
    </section>
  );
}

/** Edits a draft profile; `errors` maps profile paths to messages. */
export function ProfileForm(props: {
  readonly pathway: Pathway;
  readonly draft: Draft;
  readonly errors: Errors;
  readonly onChange: (draft: Draft) => void;
}) {
  const { pathway, draft, errors } = props;
  const set =
    <K extends keyof Draft>(key: K) =>
    (value: Draft[K]) =>
      props.onChange({ ...draft, [key]: value });
  const roles = optionsOf(pathway.roles);
  const settings = optionsOf(pathway.settings);
  const credentials = optionsOf(pathway.credentials);
  const steps = optionsOf(pathway.steps);
  const categories = optionsOf(pathway.ceCategories);
  const goalOptions: Record<GoalKind, Options> = {
    role: roles,
    setting: settings,
    credential: credentials,
  };
  const first = (options: Options) => options[0]?.[0] ?? "";

  return (
    <form className="profile" onSubmit={(event) => event.preventDefault()} noValidate>
      <section aria-labelledby="about-heading">
        <h3 id="about-heading">About you</h3>
        <div className="row-fields">
          <TextField
            name="name"
            label="Name"
            value={draft.name}
            onChange={set("name")}
            errors={errors}
          />
          <DateField
            name="date"
            label="As of"
            hint="The date to plan from."
            value={draft.date}
            onChange={set("date")}
            errors={errors}
          />
          <SelectField
            name="role"
            label="Current role"
            value={draft.role}
            onChange={set("role")}
            options={roles}
            empty="None yet"
            errors={errors}
          />
          <SelectField
            name="setting"
            label="Current setting"
            value={draft.setting}
            onChange={set("setting")}
            options={settings}
            empty="None yet"
            errors={errors}
          />
          <TextField
            name="jurisdiction"
            label="Jurisdiction"
            hint="Country, or country and state, such as US-TX."
            value={draft.jurisdiction}
            onChange={set("jurisdiction")}
            errors={errors}
          />
        </div>
      </section>

      <Rows<DraftCredential>
        name="credentials"
        title="Credentials"
        item="Credential"
        rows={draft.credentials}
        errors={errors}
        onChange={set("credentials")}
        create={() => ({ id: first(credentials), earned: "", renewed: "" })}
        render={(row, i, update) => (
          <>
            <SelectField
              name={`credentials.${i}.id`}
              label="Credential"
              value={row.id}
              onChange={(id) => update({ id })}
              options={credentials}
              errors={errors}
            />
            <DateField
              name={`credentials.${i}.earned`}
              label="Earned"
              value={row.earned}
              onChange={(earned) => update({ earned })}
              errors={errors}
            />
            <DateField
              name={`credentials.${i}.renewed`}
              label="Last renewed"
              value={row.renewed}
              onChange={(renewed) => update({ renewed })}
              errors={errors}
            />
          </>
        )}
      />

      <Rows<DraftCe>
        name="ce"
        title="Continuing education"
        item="CE activity"
        rows={draft.ce}
        errors={errors}
        onChange={set("ce")}
        create={() => ({ date: "", hours: "1", categories: [], title: "" })}
        render={(row, i, update) => (
          <>
            <TextField
              name={`ce.${i}.title`}
              label="Title"
              value={row.title}
              onChange={(title) => update({ title })}
              errors={errors}
            />
            <DateField
              name={`ce.${i}.date`}
              label="Date"
              value={row.date}
              onChange={(date) => update({ date })}
              errors={errors}
            />
            <TextField
              name={`ce.${i}.hours`}
              label="Hours"
              inputMode="decimal"
              value={row.hours}
              onChange={(hours) => update({ hours })}
              errors={errors}
            />
            <fieldset className="categories">
              <legend>Categories</legend>
              {categories.map(([id, title]) => (
                <label key={id} className="check">
                  <input
                    type="checkbox"
                    checked={row.categories.includes(id)}
                    onChange={(event) =>
                      update({
                        categories: event.target.checked
                          ? [...row.categories, id]
                          : row.categories.filter((c) => c !== id),
                      })
                    }
                  />
                  {title}
                </label>
              ))}
            </fieldset>
          </>
        )}
      />

      <Rows<DraftJob>
        name="history"
        title="Work history"
        item="Job"
        rows={draft.history}
        errors={errors}
        onChange={set("history")}
        create={() => ({ role: first(roles), setting: "", from: "", to: "", hoursPerWeek: "40" })}
        render={(row, i, update) => (
          <>
            <SelectField
              name={`history.${i}.role`}
              label="Role"
              value={row.role}
              onChange={(role) => update({ role })}
              options={roles}
              errors={errors}
            />
            <SelectField
              name={`history.${i}.setting`}
              label="Setting"
              value={row.setting}
              onChange={(setting) => update({ setting })}
              options={settings}
              empty="Not given"
              errors={errors}
            />
            <DateField
              name={`history.${i}.from`}
              label="From"
              value={row.from}
              onChange={(from) => update({ from })}
              errors={errors}
            />
            <DateField
              name={`history.${i}.to`}
              label="To"
              hint="Empty while the job continues."
              value={row.to}
              onChange={(to) => update({ to })}
              errors={errors}
            />
            <TextField
              name={`history.${i}.hoursPerWeek`}
              label="Hours a week"
              inputMode="decimal"
              value={row.hoursPerWeek}
              onChange={(hoursPerWeek) => update({ hoursPerWeek })}
              errors={errors}
            />
          </>
        )}
      />

      <Rows<DraftCompleted>
        name="completed"
        title="Steps completed"
        item="Completed step"
        rows={draft.completed}
        errors={errors}
        onChange={set("completed")}
        create={() => ({ step: first(steps), date: "" })}
        render={(row, i, update) => (
          <>
            <SelectField
              name={`completed.${i}.step`}
              label="Step"
              value={row.step}
              onChange={(step) => update({ step })}
              options={steps}
              errors={errors}
            />
            <DateField
              name={`completed.${i}.date`}
              label="Date"
              value={row.date}
              onChange={(date) => update({ date })}
              errors={errors}
            />
          </>
        )}
      />

      <Rows<DraftGoal>
        name="goals"
        title="Goals, most important first"
        item="Goal"
        rows={draft.goals}
        errors={errors}
        onChange={set("goals")}
        create={() => ({ kind: "role", id: first(roles) })}
        render={(row, i, update) => (
          <>
            <SelectField
              name={`goals.${i}.kind`}
              label="Kind"
              value={row.kind}
              onChange={(kind) =>
                update({ kind: kind as GoalKind, id: first(goalOptions[kind as GoalKind]) })
              }
              options={[
                ["role", "Role"],
                ["credential", "Credential"],
                ["setting", "Setting"],
              ]}
              errors={errors}
            />
            <SelectField
              name={`goals.${i}.${row.kind}`}
              label="Goal"
              value={row.id}
              onChange={(id) => update({ id })}
              options={goalOptions[row.kind]}
              errors={errors}
            />
          </>
        )}
      />

      <section aria-labelledby="preferences-heading">
        <h3 id="preferences-heading">Budget and time</h3>
        <div className="row-fields">
          <TextField
            name="preferences.budget.amount"
            label="Budget per step"
            inputMode="decimal"
            value={draft.budget}
            onChange={set("budget")}
            errors={errors}
          />
          <TextField
            name="preferences.budget.currency"
            label="Currency"
            value={draft.currency}
            onChange={set("currency")}
            errors={errors}
          />
          <TextField
            name="preferences.hoursPerWeek"
            label="Hours a week for steps"
            inputMode="decimal"
            value={draft.hoursPerWeek}
            onChange={set("hoursPerWeek")}
            errors={errors}
          />
        </div>
      </section>
    </form>
  );
}
