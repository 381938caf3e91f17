// The unit of work: one input line in, one output record out. A pure function of the pathway,
// the line and the options (no I/O, no clock), so the same code runs in a worker thread here,
// in a queue consumer, or in a serverless function, and gives the same answer for the same line.
import {
  type Diagnostic,
  dateRange,
  isIsoDate,
  type Pathway,
  recommendSteps,
  validateProfile,
} from "@pathwise/core";
import { type CsvColumn, csvRowToProfile } from "./csv.js";

/** One line of input, with its 1-based line number in the file. */
export interface InputLine {
  readonly line: number;
  readonly text: string;
}

/** How to read a line and what to answer. */
export interface RecordOptions {
  readonly format: "ndjson" | "csv";
  /** For CSV: the columns named by the header. */
  readonly columns?: readonly CsvColumn[];
  /** The evaluation date for every record (`--date`); otherwise each record's own, else `today`. */
  readonly date?: string;
  /** Today's date, read by the caller: the engine never reads the clock. */
  readonly today: string;
  /** How many steps to recommend per person. Default: 5. */
  readonly limit?: number;
}

/** Why a line got no recommendations. */
export type RecordErrorCode =
  | "invalid-json"
  | "invalid-csv"
  | "invalid-request"
  | "invalid-profile"
  | "internal-error";

/** One line of output: the recommendations for one person, or why there are none. */
export type OutputRecord =
  | {
      readonly line: number;
      readonly id?: string;
      readonly ok: true;
      readonly date: string;
      readonly steps: readonly {
        readonly step: string;
        readonly title: string;
        readonly strategy: string;
        readonly score: number;
        readonly reasons: readonly { code: string; points: number; message: string }[];
      }[];
      readonly credentials: readonly {
        readonly credential: string;
        readonly state: string;
        readonly expires?: string;
        readonly ceNeeded?: number;
      }[];
      readonly goals: readonly {
        readonly goal: string;
        readonly reachable: boolean;
        readonly finish?: string;
      }[];
      readonly warnings: readonly Diagnostic[];
    }
  | {
      readonly line: number;
      readonly id?: string;
      readonly ok: false;
      readonly error: RecordErrorCode;
      /** One sentence naming the line and the first problem. */
      readonly message: string;
      readonly diagnostics?: readonly Diagnostic[];
    };

/**
 * Recommends next steps for the person on one input line: an NDJSON line holds a profile, or
 * `{ "id", "profile", "date" }`; a CSV line is read with the header's columns. A bad line gives
 * an error record naming the line, never an exception.
 */
export function recommendForLine(
  pathway: Pathway,
  input: InputLine,
  options: RecordOptions,
): OutputRecord {
  const { line } = input;
  const fail = (
    error: RecordErrorCode,
    detail: string,
    id?: string,
    diagnostics?: readonly Diagnostic[],
  ): OutputRecord => ({
    line,
    ...(id ? { id } : {}),
    ok: false,
    error,
    message: `Line ${line}: ${detail}`,
    ...(diagnostics ? { diagnostics } : {}),
  });

  let id: string | undefined;
  let rowDate: string | undefined;
  let data: unknown;
  if (options.format === "csv") {
    const row = csvRowToProfile(options.columns ?? [], input.text);
    if (!row.ok) return fail("invalid-csv", row.message, row.id);
    id = row.id;
    // Without a `pathway` column, a row is for the run's pathway.
    data = { ...row.profile, pathway: row.profile.pathway ?? pathway.id };
  } else {
    let parsed: unknown;
    try {
      parsed = JSON.parse(input.text);
    } catch (error) {
      return fail("invalid-json", `the line is not JSON (${(error as Error).message}).`);
    }
    if (isEnvelope(parsed)) {
      const envelope = parsed as { id?: unknown; profile: unknown; date?: unknown };
      if (envelope.id !== undefined && typeof envelope.id !== "string") {
        return fail("invalid-request", "expected `id` to be text.");
      }
      id = envelope.id;
      if (envelope.date !== undefined && !isIsoDate(envelope.date)) {
        return fail(
          "invalid-request",
          `expected \`date\` as YYYY-MM-DD, a real day from ${dateRange.min} to ${dateRange.max}, found ${JSON.stringify(envelope.date)}.`,
          id,
        );
      }
      rowDate = envelope.date;
      data = envelope.profile;
    } else {
      data = parsed;
    }
  }

  const profileDate = (data as { date?: unknown } | null)?.date;
  const date = options.date ?? rowDate ?? (isIsoDate(profileDate) ? profileDate : options.today);
  const profile = validateProfile(data, { pathway, today: date });
  if (!profile.ok) {
    const first = profile.diagnostics.find((d) => d.severity === "error") ?? profile.diagnostics[0];
    const at = first && first.path.length > 0 ? `at ${first.path.join(".")}: ` : "";
    const more = profile.diagnostics.length > 1 ? ` (${profile.diagnostics.length} problems)` : "";
    return fail(
      "invalid-profile",
      `${at}${first?.message ?? "the profile is not valid."}${more}`,
      id,
      profile.diagnostics,
    );
  }

  let next: ReturnType<typeof recommendSteps>;
  try {
    next = recommendSteps(pathway, profile.value, { date, limit: options.limit ?? 5 });
  } catch (error) {
    // A bug in the engine must cost one record, not the run: every line gets its record.
    return fail("internal-error", `the engine could not answer (${(error as Error).message}).`, id);
  }
  return {
    line,
    ...(id ? { id } : {}),
    ok: true,
    date,
    steps: next.steps.map((s) => ({
      step: s.step,
      title: s.title,
      strategy: s.strategy,
      score: s.score,
      reasons: s.reasons.map((r) => ({ code: r.code, points: r.points, message: r.message })),
    })),
    credentials: next.credentials.map((c) => ({
      credential: c.credential,
      state: c.state,
      ...(c.expires ? { expires: c.expires } : {}),
      ...(c.ce ? { ceNeeded: c.ce.needed } : {}),
    })),
    goals: next.goals.map((g) => ({
      goal: g.key,
      reachable: g.plan.reachable,
      ...(g.plan.reachable ? { finish: g.plan.finish } : {}),
    })),
    warnings: profile.diagnostics,
  };
}

/** `{ "profile": {...} }` without `pathwise`: a record around a profile, not a profile. */
function isEnvelope(value: unknown): boolean {
  return (
    value !== null &&
    typeof value === "object" &&
    !Array.isArray(value) &&
    "profile" in value &&
    !("pathwise" in value)
  );
}
