import { memoPerOwner } from "../../internal/owner-memo.js";
import { titleOf as titleText } from "../../internal/text.js";
import type { Pathway } from "../../model/pathway.js";
import { type CodedMessage, coded, defined, unworded } from "../messages/coded.js";
import type { Chain } from "./chain.js";
import { type PlanContext, titleOf } from "./context.js";
import type { Job } from "./timeline.js";
import type { PlanItemCode, PlanPurpose } from "./types.js";

/**
 * What items are for: an entity, by kind, id and title. Its sentence stays empty while the route
 * is searched; `itemWords` renders it for the items of the plan returned. @internal
 */
export function purposeFor(kind: string, id: string, title: string): PlanPurpose {
  return unworded("purpose-for", { kind, id, title });
}

/**
 * `purposeFor` an entity of the pathway by its key (`step:ID`, `role:ID`, ...) and its own
 * title: one object per entity, since a search names the same few over and over (purposes are
 * read, never changed). An id the pathway lacks gets its own object, titled by the id. @internal
 */
export const entityPurpose = memoPerOwner(
  (pathway: Pathway, key: string): PlanPurpose => {
    const { kind, id, title } = named(pathway, key);
    return purposeFor(kind, id, title ?? id);
  },
  (pathway, key) => named(pathway, key).title !== undefined,
);

/** An entity key's kind and id, and the entity's title when the pathway has it. */
function named(pathway: Pathway, key: string) {
  const [kind, id = ""] = key.split(":") as ["role" | "setting" | "credential" | "step", string];
  const entities = pathway[`${kind}s`] as Record<string, { title: string }> | undefined;
  const title = entities && Object.hasOwn(entities, id) ? titleText(entities, id) : undefined;
  return { kind, id, title };
}

/**
 * The words of a plan item: `code` and `data` its title renders from, and what it is for. The
 * title and `because` stay empty while the route is searched; `itemWords` fills them in for the
 * items of the plan returned. @internal
 */
export function planItem(
  code: PlanItemCode,
  data: Readonly<Record<string, unknown>>,
  purpose: PlanPurpose,
) {
  return { code, data, title: "", because: "", purpose };
}

/** A plan item's title, purpose and `because` in English (see `planItem`, `purposeFor`). @internal */
export function itemWords(item: {
  readonly code: PlanItemCode;
  readonly data: Readonly<Record<string, unknown>>;
  readonly purpose: PlanPurpose;
}): { title: string; because: string; purpose: PlanPurpose } {
  const purpose = coded(item.purpose.code, item.purpose.data);
  return { title: coded(item.code, item.data).message, because: purpose.message, purpose };
}

/**
 * What a role or setting item is for: the goal when the chain is empty, else the last entity of
 * the chain. @internal
 */
export function chainPurpose(ctx: PlanContext, chain: Chain): PlanPurpose {
  if (chain === undefined) return unworded("purpose-goal", {});
  return entityPurpose(ctx.pathway, chain.key);
}

/**
 * What every route assumes about the person's work: that they keep their current job (or, with
 * none, that no experience accrues until the plan takes one up). @internal
 */
export function workAssumption(
  ctx: PlanContext,
  job: Job | undefined,
  recorded: boolean,
): CodedMessage<string> {
  if (!job) return coded("assume-no-job", {});
  const data = defined({
    role: job.role,
    roleTitle: titleOf(ctx, "roles", job.role),
    setting: job.setting,
    settingTitle: job.setting ? titleOf(ctx, "settings", job.setting) : undefined,
    hoursPerWeek: job.hoursPerWeek,
    recorded,
  });
  return coded("assume-job", data);
}

/** The plan's one-sentence summary, with the data it is rendered from. @internal */
export function planMessage(
  goal: string,
  name: string,
  date: string,
  finish: string,
  items: number,
  steps: number,
  waits: boolean,
) {
  const data = { goal, title: name, finish, steps, waits };
  if (items === 0) return coded("plan-reached", data);
  if (steps === 0 && finish === date) return coded("plan-ready-now", data);
  if (steps === 0) return coded("plan-wait-only", data);
  return coded("plan-route", data);
}
