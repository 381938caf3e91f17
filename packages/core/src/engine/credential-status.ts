import { memoizedClosure } from "../internal/closure.js";
import { count } from "../internal/count.js";
import { addDuration, daysBetween } from "../internal/dates.js";
import type { Credential, Pathway, Renewal } from "../model/pathway.js";
import type { CeActivity, HeldCredential } from "../model/profile.js";
import { type CeProgress, countCe, round } from "./count-ce.js";
import type { ResolvedOptions } from "./options.js";

export type { CeCategoryProgress, CeProgress } from "./count-ce.js";

/** Where a held credential stands on the evaluation date. */
export type CredentialState = "active" | "expiring" | "expired";

/** The status of one credential a person holds. */
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
  /** One sentence for people. */
  readonly message: string;
}

/** Whether the CE hours still needed can be earned before the deadline. */
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
  /** One sentence for people. */
  readonly message: string;
}

/** Credentials that holding `id` also counts as, transitively (including itself). @internal */
export const impliedBy = memoizedClosure<Pathway>((pathway, id) =>
  Object.hasOwn(pathway.credentials, id) ? (pathway.credentials[id]?.implies ?? []) : [],
);

/**
 * When a held credential expires: one renewal cycle (or validity) after its current cycle began
 * (the last renewal, else the date earned); absent when it never does. @internal
 */
export function expiryOf(pathway: Pathway, held: HeldCredential): string | undefined {
  // Worked out once per record: evaluation asks for it on every credential check.
  let byHeld = expiries.get(pathway);
  if (!byHeld) {
    byHeld = new WeakMap();
    expiries.set(pathway, byHeld);
  }
  if (byHeld.has(held)) return byHeld.get(held);
  const expires = workOutExpiry(pathway, held);
  byHeld.set(held, expires);
  return expires;
}

const expiries = new WeakMap<Pathway, WeakMap<HeldCredential, string | undefined>>();

function workOutExpiry(pathway: Pathway, held: HeldCredential): string | undefined {
  const credential = Object.hasOwn(pathway.credentials, held.id)
    ? pathway.credentials[held.id]
    : undefined;
  const length = credential?.renewal?.every ?? credential?.validFor;
  return length ? addDuration(held.renewed ?? held.earned, length) : undefined;
}

/**
 * A held credential as it stands on `day` if it is renewed each time it would expire, as plans
 * assume of the credentials a person keeps: its current cycle is the one `day` falls in. @internal
 */
export function renewedThrough(
  pathway: Pathway,
  held: HeldCredential,
  day: string,
): HeldCredential {
  let current = held;
  for (let expires = expiryOf(pathway, current); expires !== undefined && expires <= day; ) {
    current = { ...current, renewed: expires };
    const next = expiryOf(pathway, current);
    if (next === undefined || next <= expires) break;
    expires = next;
  }
  return current;
}

/**
 * The last day to file a renewal on time for a credential expiring on `expires`: the expiry itself
 * unless `renewal.fileBy` says otherwise. @internal
 */
export function fileByOf(expires: string, renewal: Renewal | undefined): string {
  return renewal?.fileBy === "start-of-expiry-month" ? `${expires.slice(0, 8)}01` : expires;
}

/**
 * What a person should know about filing a renewal with a filing date before expiry, on `date`:
 * the date to file by, or that it has passed and the late fee applies. @internal
 */
export function filingNote(renewal: Renewal | undefined, fileBy: string, date: string): string {
  const fee = renewal?.lateFee ? `the ${formatMoney(renewal.lateFee)} late fee` : "";
  return date <= fileBy
    ? `file by ${fileBy} ${fee ? `to avoid ${fee}` : "to be on time"}`
    : `filing was due by ${fileBy}${fee && `, so ${fee} applies now`}`;
}

/** An amount of money for people: `$55`, or `55 EUR`. @internal */
export function formatMoney(money: { amount: number; currency: string }): string {
  return money.currency === "USD" ? `$${money.amount}` : `${money.amount} ${money.currency}`;
}

/**
 * The CE progress alone of a held credential, as `statusOf` gives it in `ce`, without its dates
 * and sentences: to weigh what more CE would do. @internal
 */
export function ceProgressOf(
  pathway: Pathway,
  held: HeldCredential,
  ce: readonly CeActivity[],
  options: ResolvedOptions,
): CeProgress | undefined {
  const credential = pathway.credentials[held.id];
  if (!credential || !Object.hasOwn(pathway.credentials, held.id)) return undefined;
  const expires = expiryOf(pathway, held);
  const rule = credential.renewal?.ce;
  if (expires === undefined || !rule) return undefined;
  return countCe(pathway, rule, ce, held.renewed ?? held.earned, expires, options.date);
}

/** Works out a held credential's state, renewal dates and CE progress. @internal */
export function statusOf(
  pathway: Pathway,
  held: HeldCredential,
  ce: readonly CeActivity[],
  options: ResolvedOptions,
): CredentialStatus | undefined {
  const credential = pathway.credentials[held.id];
  if (!credential || !Object.hasOwn(pathway.credentials, held.id)) return undefined;
  const cycleStart = held.renewed ?? held.earned;
  const expires = expiryOf(pathway, held);
  const base = {
    credential: held.id,
    title: credential.title,
    earned: held.earned,
    cycleStart,
    renewable: credential.renewal !== undefined,
  };
  if (expires === undefined) {
    return {
      ...base,
      state: "active",
      message: `${credential.title}: held since ${held.earned}; the pathway gives it no expiry.`,
    };
  }
  const daysLeft = daysBetween(options.date, expires);
  const warnFrom = addDuration(expires, options.expiringWithin, -1);
  const state: CredentialState =
    options.date >= expires ? "expired" : options.date >= warnFrom ? "expiring" : "active";
  const renewal = credential.renewal;
  const extra: {
    renewalOpens?: string;
    fileBy?: string;
    reinstatableUntil?: string;
    ce?: CeProgress;
  } = {};
  if (renewal?.opens) extra.renewalOpens = addDuration(expires, renewal.opens, -1);
  const fileBy = fileByOf(expires, renewal);
  if (fileBy !== expires) extra.fileBy = fileBy;
  if (state === "expired" && renewal?.grace) {
    extra.reinstatableUntil = addDuration(expires, renewal.grace);
  }
  if (renewal?.ce) {
    extra.ce = countCe(pathway, renewal.ce, ce, cycleStart, expires, options.date);
  }
  return {
    ...base,
    state,
    expires,
    daysLeft,
    ...extra,
    message: describeStatus(credential, state, expires, daysLeft, extra, options.date),
  };
}

/**
 * Whether a credential's CE still needed fits before its deadline, given the hours a week the
 * person has and the CE categories that steps available now grant. @internal
 */
export function feasibilityOf(
  pathway: Pathway,
  status: CredentialStatus,
  hoursPerWeek: number | undefined,
  offered: ReadonlySet<string>,
): CeFeasibility | undefined {
  const ce = status.ce;
  const toExpiry = status.daysLeft;
  if (!ce || ce.met || !toExpiry || toExpiry < 1) return undefined;
  // Aim at the filing date while it is at least a day ahead; after it, expiry is what is left.
  const toFile = status.fileBy ? toExpiry - daysBetween(status.fileBy, ce.deadline) : 0;
  const deadline = toFile > 0 ? (status.fileBy as string) : ce.deadline;
  const days = toFile > 0 ? toFile : toExpiry;
  const perWeek = Math.ceil(round((ce.needed * 70) / days)) / 10;
  const short = ce.categories.filter((c) => c.needed > 0 && !offered.has(c.category));
  const out: { -readonly [K in keyof CeFeasibility]: CeFeasibility[K] } = {
    needed: ce.needed,
    deadline,
    weeksLeft: round(days / 7),
    perWeek,
    uncovered: short.map((c) => c.category),
    message: `You need ${count(ce.needed, "more CE hour")} by ${deadline}${toFile > 0 ? " to file on time" : ""} (${days < 14 ? count(days, "day") : `${Math.floor(days / 7)} weeks`}): about ${count(perWeek, "hour")} a week`,
  };
  if (hoursPerWeek !== undefined) {
    out.fits = ce.needed * 7 <= days * hoursPerWeek;
    const grace = pathway.credentials[status.credential]?.renewal?.grace;
    out.message += out.fits
      ? `, within your ${count(hoursPerWeek, "hour")} a week`
      : `, more than your ${hoursPerWeek}: ${grace ? `plan for reinstatement (until ${addDuration(ce.deadline, grace)}) or ` : ""}add time`;
  }
  out.message += `.${short.length > 0 ? ` No step open to you now grants CE in ${short.map((c) => c.title).join(" or ")}.` : ""}`;
  return out;
}

function describeStatus(
  credential: Credential,
  state: CredentialState,
  expires: string,
  daysLeft: number,
  extra: { fileBy?: string; reinstatableUntil?: string; ce?: CeProgress },
  date: string,
): string {
  const refused = extra.ce?.notAccepted ?? 0;
  const ce = extra.ce
    ? (extra.ce.met
        ? `; the ${extra.ce.required} CE hours of this cycle are done`
        : `; ${fmt(extra.ce.counted)} of ${extra.ce.required} CE hours count so far, ${fmt(extra.ce.needed)} still needed`) +
      (refused > 0
        ? ` (${count(refused, "hour")} of CE in the cycle ${refused === 1 ? "is" : "are"} of a kind this renewal does not accept)`
        : "")
    : "";
  if (state === "expired") {
    // A reinstatement date is named only while it is ahead.
    const until = extra.reinstatableUntil;
    const next =
      until && date <= until
        ? `it can be reinstated until ${until}`
        : credential.renewal?.grace
          ? "the time to reinstate it has passed, so it must be earned again"
          : "it must be earned again";
    return `${credential.title} expired on ${expires}; ${next}.`;
  }
  const when = `${state === "expiring" ? "expires" : "active until"} ${expires} (${count(daysLeft, "day")} left)`;
  if (extra.fileBy) {
    const note = filingNote(credential.renewal, extra.fileBy, date);
    return date <= extra.fileBy
      ? `${credential.title}: ${note}; it ${state === "expiring" ? "" : "is "}${when}${ce}.`
      : `${credential.title} ${when}; ${note}${ce}.`;
  }
  return `${credential.title} ${when}${credential.renewal ? ce : "; it cannot be renewed"}.`;
}

function fmt(n: number): string {
  return String(round(n));
}
