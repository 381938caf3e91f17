// What an evaluation answers: the trace of a condition and the facts a person lacks.
import type { Condition, ExperienceRequirement } from "../model/condition.js";

/**
 * The kinds of condition, as named in traces.
 *
 * @example
 * const trace = evaluateCondition(pathway, profile, { credential: "ptcb-cpht" }, { date: "2026-11-24" });
 * const kind: ConditionKind = trace.kind; // "credential"
 */
export type ConditionKind =
  | "all"
  | "any"
  | "not"
  | "atLeast"
  | "credential"
  | "role"
  | "step"
  | "setting"
  | "experience"
  | "jurisdiction";

/**
 * The codes of a missing fact's sentence (see `docs/engine.md`, "Message codes").
 *
 * @example
 * const trace = evaluateCondition(pathway, profile, { credential: "ptcb-cpht" }, { date: "2026-11-24" });
 * const codes: MissingFactCode[] = trace.missing.map((m) => m.code); // ["missing-credential"]
 */
export type MissingFactCode =
  | "missing-credential"
  | "missing-credential-renew"
  | "missing-credential-lapsed"
  | "missing-step"
  | "missing-role"
  | "missing-setting"
  | "missing-jurisdiction"
  | "missing-experience"
  | "missing-absence";

/** What every missing fact carries: a code, the data its sentence is rendered from, the sentence. */
interface MissingFactText {
  readonly code: MissingFactCode;
  readonly data: Readonly<Record<string, unknown>>;
  readonly message: string;
}

/**
 * One fact a person lacks for a condition to hold.
 *
 * @example
 * const trace = evaluateCondition(pathway, profile, { credential: "ptcb-cpht" }, { date: "2026-11-24" });
 * const missing: readonly MissingFact[] = trace.missing;
 * for (const m of missing) console.log(m.kind, m.code, m.message);
 */
export type MissingFact = MissingFactText &
  (
    | {
        readonly kind: "credential";
        readonly id: string;
        /** Set when the person held it and it expired on this date. */
        readonly expired?: string;
      }
    | {
        readonly kind: "step" | "role" | "setting" | "jurisdiction";
        readonly id: string;
      }
    | {
        readonly kind: "experience";
        readonly requirement: ExperienceRequirement;
        readonly unit: "years" | "months" | "hours";
        readonly have: number;
        readonly need: number;
      }
    | {
        /** A `not` whose condition holds: no progress can fix it. */
        readonly kind: "absence";
        readonly condition: Condition;
      }
  );

/**
 * How a condition evaluated, with its parts.
 *
 * @example
 * const trace: ConditionTrace = evaluateCondition(pathway, profile, { all: [{ credential: "ptcb-cpht" }] }, { date: "2026-11-24" });
 * console.log(trace.holds, trace.message, trace.children?.length);
 */
export interface ConditionTrace {
  readonly kind: ConditionKind;
  readonly condition: Condition;
  readonly holds: boolean;
  /** The code of the sentence, such as `trace-credential-held` (see `docs/engine.md`). */
  readonly code: string;
  /** The fields the sentence is rendered from. */
  readonly data: Readonly<Record<string, unknown>>;
  /** One sentence saying what holds or what is missing. */
  readonly message: string;
  readonly children?: readonly ConditionTrace[];
  /**
   * The smallest set of facts that would make the condition hold (empty when it holds). Among
   * alternatives (`any`, `atLeast`) the options needing the fewest facts are chosen, ties in
   * written order.
   */
  readonly missing: readonly MissingFact[];
  /** False when no progress can make it hold (a `not` over something already true, another jurisdiction). */
  readonly fixable: boolean;
}
