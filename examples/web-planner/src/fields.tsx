// Labelled form controls whose errors sit next to them and are announced with them.
import type { ReactNode } from "react";

/** The DOM id of the control for a profile path such as `credentials.0.earned`. */
export const fieldId = (key: string) => `field-${key.replaceAll(".", "-")}`;

interface FieldProps {
  /** The profile path the control edits; errors are looked up by it. */
  readonly name: string;
  readonly label: string;
  readonly errors: ReadonlyMap<string, readonly string[]>;
  readonly hint?: string;
}

function FieldFrame(props: FieldProps & { readonly children: (ids: ControlIds) => ReactNode }) {
  const id = fieldId(props.name);
  const errors = props.errors.get(props.name) ?? [];
  const describedBy = [
    props.hint ? `${id}-hint` : "",
    errors.length > 0 ? `${id}-error` : "",
  ].filter(Boolean);
  return (
    <div className={errors.length > 0 ? "field invalid" : "field"}>
      <label htmlFor={id}>{props.label}</label>
      {props.children({
        id,
        "aria-invalid": errors.length > 0,
        ...(describedBy.length > 0 ? { "aria-describedby": describedBy.join(" ") } : {}),
      })}
      {props.hint && (
        <span className="hint" id={`${id}-hint`}>
          {props.hint}
        </span>
      )}
      {errors.length > 0 && (
        <span className="error" id={`${id}-error`}>
          {errors.join(" ")}
        </span>
      )}
    </div>
  );
}

interface ControlIds {
  readonly id: string;
  readonly "aria-invalid": boolean;
  readonly "aria-describedby"?: string;
}

/** A text input. */
export function TextField(
  props: FieldProps & {
    readonly value: string;
    readonly onChange: (value: string) => void;
    readonly placeholder?: string;
    readonly inputMode?: "numeric" | "decimal" | "text";
  },
) {
  return (
    <FieldFrame {...props}>
      {(ids) => (
        <input
          {...ids}
          type="text"
          value={props.value}
          placeholder={props.placeholder}
          inputMode={props.inputMode}
          onChange={(event) => props.onChange(event.target.value)}
        />
      )}
    </FieldFrame>
  );
}

/** A date typed as `YYYY-MM-DD` (a text input, so a wrong date stays visible with its error). */
export function DateField(
  props: FieldProps & { readonly value: string; readonly onChange: (value: string) => void },
) {
  return <TextField {...props} placeholder="YYYY-MM-DD" inputMode="numeric" />;
}

/** A select over ids, with titles. */
export function SelectField(
  props: FieldProps & {
    readonly value: string;
    readonly onChange: (value: string) => void;
    readonly options: readonly (readonly [id: string, title: string])[];
    /** The label of an empty choice; without it a value is required. */
    readonly empty?: string;
  },
) {
  return (
    <FieldFrame {...props}>
      {(ids) => (
        <select
          {...ids}
          value={props.value}
          onChange={(event) => props.onChange(event.target.value)}
        >
          {props.empty !== undefined && <option value="">{props.empty}</option>}
          {props.options.map(([id, title]) => (
            <option key={id} value={id}>
              {title}
            </option>
          ))}
        </select>
      )}
    </FieldFrame>
  );
}
