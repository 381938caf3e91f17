import { memoizedClosure } from "../internal/closure.js";
import { addDuration, daysBetween } from "../internal/dates.js";
import type { Credential, Pathway, Renewal } from "../model/pathway.js";
import type { CeActivity, HeldCredential } from "../model/profile.js";
import { type CeProgress, countCe, round } from "./count-ce.js";
import type {
  CeFeasibility,
  CredentialState,
  CredentialStatus,
  CredentialStatusCode,
} from "./credential-status-types.js";
import { type CodedMessage, coded, defined } from "./messages/coded.js";
import type { ResolvedOptions } from "./options.js";

export type { CeCategoryProgress, CeProgress } from "./count-ce.js";

export type {
  CeFeasibility,
  CredentialState,
  CredentialStatus,
  CredentialStatusCode,
} from "./credential-status-types.js";

/** Credentials that holding `id` also counts as, transitively (including itself). @internal */
export const impliedBy = memoizedClosure<Pathway>((pathway, id) =>
  Object.hasOwn(pathway.credentials, id) ? (pathway.credentials[id]?.implies ?? []) : [],
);

/**
 * When a held credential expires: one renewal cycle (or validity) after its current cycle began
 * (the last renewal, else the date earned); absent when it never does. @internal
 */
export function expiryOf(pathway: Pathway, held: HeldCredential): string | undefined {
  // Evaluation asks on every credential check, through its scope's memo (see `findHeld`).
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
export function filingNote(
  renewal: Renewal | undefined,
  fileBy: string,
  date: string,
): CodedMessage {
  const data = defined({ fileBy, lateFee: renewal?.lateFee });
  return coded(date <= fileBy ? "filing.on-time" : "filing.late", data);
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
      ...coded("status-no-expiry", {
        credential: held.id,
        title: credential.title,
        earned: held.earned,
      }),
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
    ...describeStatus(held.id, credential, state, expires, daysLeft, extra, options.date),
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
  const grace = pathway.credentials[status.credential]?.renewal?.grace;
  const fits = hoursPerWeek === undefined ? undefined : ce.needed * 7 <= days * hoursPerWeek;
  const data = defined({
    credential: status.credential,
    title: status.title,
    needed: ce.needed,
    deadline,
    toFileOnTime: toFile > 0,
    span: days < 14 ? "days" : "weeks",
    days,
    weeks: Math.floor(days / 7),
    perWeek,
    hoursPerWeek,
    fits,
    reinstatableUntil: fits === false && grace ? addDuration(ce.deadline, grace) : undefined,
    uncovered: short.map((c) => c.category),
    uncoveredTitles: short.map((c) => c.title),
  });
  return {
    needed: ce.needed,
    deadline,
    weeksLeft: round(days / 7),
    perWeek,
    ...(fits === undefined ? {} : { fits }),
    uncovered: short.map((c) => c.category),
    ...coded("ce-feasibility", data),
  };
}

function describeStatus(
  id: string,
  credential: Credential,
  state: CredentialState,
  expires: string,
  daysLeft: number,
  extra: { fileBy?: string; reinstatableUntil?: string; ce?: CeProgress },
  date: string,
): CodedMessage<CredentialStatusCode> {
  const title = credential.title;
  if (state === "expired") {
    // A reinstatement date is named only while it is ahead.
    const until = extra.reinstatableUntil;
    const next =
      until && date <= until ? "reinstate" : credential.renewal?.grace ? "passed" : "earn-again";
    return coded(
      "status-expired",
      defined({ credential: id, title, expires, next, reinstatableUntil: until }),
    );
  }
  const c = extra.ce;
  const ce = c
    ? coded("ce.progress", {
        met: c.met,
        required: c.required,
        counted: round(c.counted),
        needed: round(c.needed),
        notAccepted: c.notAccepted ?? 0,
      })
    : undefined;
  const filing = extra.fileBy ? filingNote(credential.renewal, extra.fileBy, date) : undefined;
  return coded(
    "status-current",
    defined({
      credential: id,
      title,
      state,
      expires,
      daysLeft,
      renewable: credential.renewal !== undefined,
      filing,
      filingLate: extra.fileBy ? date > extra.fileBy : undefined,
      ce,
    }),
  );
}
