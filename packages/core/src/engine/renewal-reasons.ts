import { approximateDays } from "../internal/dates.js";
import type { Step } from "../model/pathway.js";
import { _renewingStepIds } from "./_step-lists.js";
import { isRenewalDue, type StepVerdict } from "./availability.js";
import { type CredentialStatus, ceProgressOf, filingNote } from "./credential-status.js";
import { defined, unworded } from "./messages/coded.js";
import { type Reason, type ReasonData, reason } from "./reasons.js";
import { scoring } from "./scoring.js";
import type { Session } from "./session.js";

/** A reason with the deadline it sets. @internal */
export interface DatedReason {
  readonly reason: Reason;
  readonly deadline: string;
}

/** Renewal steps that are due, and the steps standing in their way, with their deadlines. @internal */
export function renewalNeeds(
  session: Session,
  availability: ReadonlyMap<string, StepVerdict>,
): Map<string, DatedReason> {
  const out = new Map<string, DatedReason>();
  const { pathway, statuses, options } = session;
  for (const id of _renewingStepIds(pathway)) {
    const step = pathway.steps[id] as Step;
    if (!step.renews) continue;
    const status = statuses.get(step.renews);
    if (!status?.expires || !isRenewalDue(status, options.date)) continue;
    const data = renewalData(session, status);
    const points = Math.round(scoring.renewalDue * urgency(status, session));
    const state = availability.get(id)?.state;
    if (state === "available") {
      out.set(id, { deadline: data.deadline, reason: reason("renewal-due", points, data) });
    } else if (state === "blocked") {
      const { filesFrom: _, ceNeeded: __, ...rest } = data;
      const before = { ...rest, before: true as const, renewal: id };
      for (const missing of availability.get(id)?.shortfall?.missing ?? []) {
        if (missing.kind !== "step" || availability.get(missing.id)?.state !== "available")
          continue;
        const share = Math.round(points * scoring.renewalPrerequisite);
        out.set(missing.id, {
          deadline: data.deadline,
          reason: reason("renewal-due", share, before),
        });
      }
    }
  }
  return out;
}

/** What a renewal reason says of a due credential: its dates, filing note and CE still needed. */
function renewalData(session: Session, status: CredentialStatus): ReasonData["renewal-due"] {
  const { pathway, options } = session;
  const expires = status.expires as string;
  // Aim at the filing date while it is ahead; expiry stays the date the credential lapses.
  const onTime = status.fileBy !== undefined && options.date <= status.fileBy;
  const deadline =
    status.state === "expired"
      ? (status.reinstatableUntil ?? expires)
      : onTime
        ? (status.fileBy as string)
        : expires;
  const renewal = pathway.credentials[status.credential]?.renewal;
  return defined({
    credential: status.credential,
    title: status.title,
    state: status.state,
    expires,
    deadline,
    filing:
      status.fileBy && status.state !== "expired"
        ? (filingNote(renewal, status.fileBy, options.date) as ReasonData["renewal-due"]["filing"])
        : undefined,
    // Due, but not yet open for filing (expiring before the window opens): say when it opens.
    filesFrom:
      status.renewalOpens && options.date < status.renewalOpens ? status.renewalOpens : undefined,
    ceNeeded: status.ce && !status.ce.met ? status.ce.needed : undefined,
  });
}

/** 0.3 to 1: how close a credential is to its deadline within the expiring window. */
function urgency(status: CredentialStatus, session: Session): number {
  if (status.state === "expired") return 1;
  if (status.daysLeft === undefined) return 0.3;
  const window = approximateDays(session.options.expiringWithin) || 90;
  return Math.min(1, Math.max(0.3, 1 - status.daysLeft / window));
}

/**
 * What a CE step is worth to the credentials the person holds: the most urgent renewal whose
 * hours still needed would go down if the step were done today (so hours in a capped category,
 * or in none of the categories still short, earn nothing). @internal
 */
export function ceNeed(session: Session, step: Step): DatedReason | undefined {
  const grant = step.grants?.ce;
  if (!grant) return undefined;
  const { pathway, facts, options } = session;
  const extra = { date: options.date, hours: grant.hours, categories: grant.categories ?? [] };
  let best: DatedReason | undefined;
  for (const status of session.statuses.values()) {
    const ce = status.ce;
    if (!ce || ce.met) continue;
    if (status.state === "expired" && !isRenewalDue(status, options.date)) continue;
    const held = facts.credentials.get(status.credential);
    const after = held ? ceProgressOf(pathway, held, [...facts.ce, extra], options) : undefined;
    if (!after || after.needed >= ce.needed) continue;
    const points = Math.round(scoring.ceBase + scoring.ceUrgency * urgency(status, session));
    const categories = ce.categories
      .filter((c) => c.needed > 0 && extra.categories.includes(c.category))
      .map((c) =>
        unworded("ce.category-short", { category: c.category, title: c.title, needed: c.needed }),
      );
    // The hours are aimed at the filing date while it is ahead, as in the status's feasibility.
    const by = status.fileBy && status.fileBy > options.date ? status.fileBy : ce.deadline;
    const data = {
      credential: status.credential,
      title: status.title,
      hours: ce.needed,
      categories,
      deadline: by,
      toFileOnTime: by !== ce.deadline,
    };
    // Statuses come in credential-id order, so equal needs resolve the same way every time.
    if (
      !best ||
      points > best.reason.points ||
      (points === best.reason.points && by < best.deadline)
    ) {
      best = { reason: reason("ce-needed", points, data), deadline: by };
    }
  }
  return best;
}
