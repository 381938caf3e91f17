/**
 * The closed set of diagnostic codes. Each code has one documented meaning and one "how to fix"
 * entry in `docs/diagnostics.md`; a test keeps the two in step.
 *
 * @example
 * const { summary, fix } = diagnosticCodes["duplicate-key"];
 * console.log(`${summary} ${fix}`);
 */
export const diagnosticCodes = {
  "yaml-syntax": {
    severity: "error",
    summary: "The file is not valid YAML.",
    fix: "Correct the YAML at the reported position: check indentation (spaces, not tabs), quotes and brackets.",
  },
  "invalid-encoding": {
    severity: "error",
    summary: "The file is not UTF-8 text (invalid byte sequences or NUL bytes).",
    fix: "Save the file as UTF-8 text; a binary file cannot be a pathway.",
  },
  "too-large": {
    severity: "error",
    summary: "The file is larger than the size limit.",
    fix: "Split the content into several pathways, or raise the `maxBytes` load option.",
  },
  "too-deep": {
    severity: "error",
    summary: "Collections are nested deeper than the depth limit.",
    fix: "Flatten the structure; conditions rarely need more than a few levels. The limit is the `maxDepth` load option.",
  },
  "alias-limit": {
    severity: "error",
    summary: "YAML aliases expand to more nodes than allowed (an alias bomb).",
    fix: "Write the repeated content out, or use fewer nested aliases.",
  },
  "unsupported-tag": {
    severity: "error",
    summary: "A YAML tag such as `!Ref` or `!!js/function` is used; pathways are plain data.",
    fix: "Remove the tag and write the value as a plain string, number, list or map.",
  },
  "too-many-diagnostics": {
    severity: "info",
    summary: "A file has more problems than one report lists; the rest are counted, not shown.",
    fix: "Fix the problems shown and check again; the limit is the `maxDiagnostics` load option.",
  },
  "multiple-documents": {
    severity: "error",
    summary: "The file holds more than one YAML document (a second `---`).",
    fix: "Keep one pathway per file; move the other document into its own file.",
  },
  "empty-document": {
    severity: "error",
    summary: "The file is empty or holds only comments.",
    fix: "Start the file with `pathwise: 1`, an `id` and a `title`; `pathwise init` scaffolds one.",
  },
  "duplicate-key": {
    severity: "error",
    summary: "A key appears twice in the same map; YAML readers disagree on which one wins.",
    fix: "Remove or rename one of the two keys.",
  },
  "duplicate-id": {
    severity: "error",
    summary: "Two entries of a collection (roles, steps, credentials...) have the same id.",
    fix: "Give one of them a different id, or merge the two entries.",
  },
  "wrong-type": {
    severity: "error",
    summary: "A value has the wrong type, for example a string where a map is expected.",
    fix: "Write the value in the expected shape; hover the key in the editor to see it.",
  },
  "missing-field": {
    severity: "error",
    summary: "A required field is missing.",
    fix: "Add the field named in the message.",
  },
  "unknown-field": {
    severity: "error",
    summary: "A field is not part of the format (often a typo).",
    fix: "Rename the field to the suggested one, or remove it.",
  },
  "invalid-value": {
    severity: "error",
    summary:
      "A value is out of range, not one of the allowed values, or not in the expected format.",
    fix: "Use a value of the kind named in the message, for example a date as YYYY-MM-DD.",
  },
  "invalid-id": {
    severity: "error",
    summary: "An id is not lowercase kebab-case (or is reserved, such as `__proto__`).",
    fix: "Use lowercase letters, digits and single hyphens, starting with a letter, at most 64 characters.",
  },
  "unsupported-version": {
    severity: "error",
    summary: "The `pathwise` format version is not one this library reads.",
    fix: "Set `pathwise: 1`, or upgrade the library if the file was written for a newer format.",
  },
  "unknown-reference": {
    severity: "error",
    summary:
      "An id refers to a role, setting, credential, step, strategy or category that is not defined.",
    fix: "Fix the spelling (the message suggests the closest id) or define the missing entry.",
  },
  "unknown-source": {
    severity: "error",
    summary: "A `sources` entry names a source id that is not defined under `sources`.",
    fix: "Add the source with its title, URL and access date, or fix the id.",
  },
  "missing-source": {
    severity: "error",
    summary: "A fact (a credential, or a step that states a cost) cites no source.",
    fix: "Add `sources: [id]` naming where the fact comes from; define the source under `sources`.",
  },
  "requirement-cycle": {
    severity: "error",
    summary: "Requirements refer to each other in a circle, so none of them can ever be met first.",
    fix: "Break the chain shown in the message by removing one of its requirements.",
  },
  "impossible-condition": {
    severity: "error",
    summary:
      "A condition can never hold, for example `atLeast: 5` of 4 options or a contradictory `all`.",
    fix: "Lower the count, add options, or remove the contradiction named in the message.",
  },
  "impossible-ce-rule": {
    severity: "error",
    summary:
      "A renewal's CE rule can never be met: it asks for a minimum in a category it `excludes`, or every category of `only` is also excluded.",
    fix: "Remove the category from `excludes` or from the minimum, or list in `only` a category the renewal accepts.",
  },
  "unpublished-eligibility-granted": {
    severity: "error",
    summary:
      "A step grants a credential marked `eligibility: not-published`, so it would be offered to everyone with no eligibility to check.",
    fix: "Remove the step's `grants` (holders still count), or encode the issuer's eligibility in the credential's `requires` and drop `eligibility: not-published`.",
  },
  "invalid-conferred-role": {
    severity: "error",
    summary:
      "A role marked `conferred` has requirements that cannot confer it: none, a condition other than `credential` and `role`, or a way to meet them without a credential.",
    fix: "Name the credentials that confer the role in `requires` (joined by `all`, `any` or `atLeast`, with `role` conditions if needed), or remove `conferred: true` to keep the role a job people take up.",
  },
  "renamed-still-defined": {
    severity: "error",
    summary:
      "An id listed as renamed under `renamed` is still defined, so profiles naming it would not know which entry they mean.",
    fix: "Remove the old entry from its collection (the rename replaces it), or remove the line from `renamed` if the id was not renamed.",
  },
  "rename-cycle": {
    severity: "error",
    summary:
      "Renames under `renamed` lead in a circle (`a: b`, `b: a`), so the old ids never reach a current one.",
    fix: "Point each old id at the id now defined in the pathway; remove the rename that closes the circle.",
  },
  unreachable: {
    severity: "error",
    summary: "No sequence of steps can ever reach this role or credential.",
    fix: "Add a step that grants the credential, or relax the requirement named in the message.",
  },
  "profile-mismatch": {
    severity: "error",
    summary: "A profile names a different pathway than the one it is checked against.",
    fix: "Set the profile's `pathway` to the id of the pathway it is for, or check it against that pathway.",
  },
  "renamed-id": {
    severity: "warning",
    summary:
      "A profile names an id the pathway has since renamed (listed under `renamed`); it loads with the current id.",
    fix: "Change the id to the current one (the editor's quick fix does), or run `pathwise migrate --write` on the saved profiles.",
  },
  "future-date": {
    severity: "error",
    summary: "A profile records something as done on a date after the evaluation date.",
    fix: "Correct the date; plans for the future belong in `goals`, not in the record.",
  },
  "invalid-period": {
    severity: "error",
    summary: "A period ends before it starts (`to` before `from`, or `renewed` before `earned`).",
    fix: "Swap or correct the dates.",
  },
  "overlapping-history": {
    severity: "warning",
    summary: "Two jobs in a work history overlap; experience in the overlap is counted once.",
    fix: "Nothing, if you held both jobs at once; otherwise correct the dates.",
  },
  unused: {
    severity: "warning",
    summary: "An entry is defined but nothing uses it.",
    fix: "Refer to it where it belongs, or delete it.",
  },
  "empty-step": {
    severity: "warning",
    summary: "A step grants nothing, renews nothing, unlocks nothing and advances no goal.",
    fix: "Add `grants`, `renews` or `advances`, require the step somewhere, or delete it.",
  },
  "stale-review": {
    severity: "warning",
    summary: "The pathway's `reviewed` date is older than the review age limit.",
    fix: "Re-check the facts against their sources and update `reviewed`.",
  },
  "stale-source": {
    severity: "warning",
    summary: "A source's `accessed` date is older than the source age limit.",
    fix: "Open the source again, re-check the facts that cite it, and update `accessed`.",
  },
} as const satisfies Record<string, CodeInfo>;

/**
 * What the code list records about each diagnostic code.
 *
 * @example
 * const info: CodeInfo = diagnosticCodes["unknown-reference"];
 * console.log(info.severity, info.summary, info.fix);
 */
export interface CodeInfo {
  /** The severity a diagnostic with this code has. */
  readonly severity: "error" | "warning" | "info";
  /** What the code means, in one sentence. */
  readonly summary: string;
  /** How to fix it, in one or two sentences. */
  readonly fix: string;
}

/**
 * A diagnostic code: one of the keys of {@link diagnosticCodes}.
 *
 * @example
 * const code: DiagnosticCode = "unknown-reference";
 * const errors = loadPathway(text).diagnostics.filter((d) => d.code === code);
 */
export type DiagnosticCode = keyof typeof diagnosticCodes;

/**
 * Every diagnostic code, in documentation order.
 *
 * @example
 * for (const code of allDiagnosticCodes) console.log(code, diagnosticCodes[code].summary);
 */
export const allDiagnosticCodes = Object.keys(diagnosticCodes) as DiagnosticCode[];
