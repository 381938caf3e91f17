// What a credential status answers: its state, CE progress and whether the CE still fits.
import type { CeProgress } from "./count-ce.js";

/**
 * Where a held credential stands on the evaluation date.
 *
 * @example
 * const state: CredentialState | undefined = credentialStatuses(pathway, profile, { date: "2026-11-24" })[0]?.state;
 * if (state === "expiring") console.log("Renew soon.");
 */
export type CredentialState = "active" | "expiring" | "expired";

/**
 * The status of one credential a person holds.
 *
 * @example
 * const statuses: CredentialStatus[] = credentialStatuses(pathway, profile, { date: "2026-11-24" });
 * for (const s of statuses) console.log(s.title, s.state, s.expires ?? "never expires");
 */
export interface CredentialStatus {
  readonly credential: string;
  readonly title: string;
  readonly state: CredentialState;
  readonly earned: string;
  /** When the current cycle started: the last renewal, or the date earned. */
  readonly cycleStart: string;
  /** When it expires; absent when it never does. */
  readonly expires?: string;
  /** Days from the evaluation date to expiry; negative once expired. */
  readonly daysLeft?: number;
  /** From when renewal can be filed, when the pathway says. */
  readonly renewalOpens?: string;
  /**
   * The last day to file the renewal without a late fee, when it is before expiry (the pathway's
   * `renewal.fileBy`). Expiry stays the date the credential lapses.
   */
  readonly fileBy?: string;
  /** For an expired credential with a grace period: the last day to reinstate it. */
  readonly reinstatableUntil?: string;
  /** Whether it can be renewed (it has renewal rules). */
  readonly renewable: boolean;
  readonly ce?: CeProgress;
  /**
   * Whether the CE hours still needed fit in the time left: present while CE is short and the
   * deadline is ahead (active or expiring).
   */
  readonly feasibility?: CeFeasibility;
  /** What the sentence says: `status-no-expiry`, `status-expired` or `status-current`. */
  readonly code: CredentialStatusCode;
  /** The fields the sentence is rendered from (see `docs/engine.md`, "Message codes"). */
  readonly data: Readonly<Record<string, unknown>>;
  /** One sentence for people. */
  readonly message: string;
}

/**
 * The codes of a credential status's sentence.
 *
 * @example
 * const expired: CredentialStatusCode = "status-expired";
 * const lapsed = credentialStatuses(pathway, profile, { date: "2026-11-24" }).filter((s) => s.code === expired);
 */
export type CredentialStatusCode = "status-no-expiry" | "status-expired" | "status-current";

/**
 * Whether the CE hours still needed can be earned before the deadline.
 *
 * @example
 * const status = credentialStatuses(pathway, profile, { date: "2026-11-24" })[0];
 * const feasibility: CeFeasibility | undefined = status?.feasibility;
 * if (feasibility) console.log(feasibility.needed, "hours by", feasibility.deadline);
 */
export interface CeFeasibility {
  /** CE hours still needed (as in {@link CeProgress}). */
  readonly needed: number;
  /**
   * The date the hours are aimed at: the filing date ({@link CredentialStatus.fileBy}) while it is
   * still ahead, else the expiry date.
   */
  readonly deadline: string;
  /** Weeks from the evaluation date to the deadline: days left ÷ 7, to two decimals. */
  readonly weeksLeft: number;
  /** The hours a week it would take, rounded up to a tenth. */
  readonly perWeek: number;
  /**
   * Whether the hours fit the profile's `preferences.hoursPerWeek` (needed ≤ weeks left × those
   * hours); absent when the profile does not say.
   */
  readonly fits?: boolean;
  /** Categories still short of their minimum that no step available now grants CE in. */
  readonly uncovered: readonly string[];
  readonly code: "ce-feasibility";
  /** The fields the sentence is rendered from. */
  readonly data: Readonly<Record<string, unknown>>;
  /** One sentence for people. */
  readonly message: string;
}
