import { fromDayNumber, toDayNumber } from "../../internal/dates.js";
import { titleOf as titleText } from "../../internal/text.js";
import type { Pathway } from "../../model/pathway.js";
import type { Profile } from "../../model/profile.js";
import { type CredentialPeriod, credentialPeriods } from "../credential-roles.js";
import { expiryOf } from "../credential-status.js";
import { type EvaluationScope, type ScopeMemo, scopeMemo } from "../evaluation-scope.js";
import type { CountedSpan, WorkSpan } from "../experience.js";
import type { PersonFacts } from "../facts.js";
import type { ResolvedOptions } from "../options.js";
import type { Timeline } from "./timeline.js";

/**
 * What stays the same while one plan is searched for: the pathway, the person as recorded, the
 * options, and the past as the plan sees it. Route state changes; this does not. @internal
 */
export interface PlanContext {
  readonly pathway: Pathway;
  readonly profile: Profile;
  readonly facts: PersonFacts;
  readonly options: ResolvedOptions;
  /** The evaluation date as a day number: the plan starts here. */
  readonly today: number;
  /** Past work up to yesterday; from today on, the route's own timeline takes over. */
  readonly pastWork: readonly WorkSpan[];
  /** When the credentials the person holds are active, as far as the record shows. */
  readonly pastPeriods: readonly CredentialPeriod[];
  /** The steps recorded as done, with the day each was done (the latest, when listed twice). */
  readonly recorded: ReadonlyMap<string, number>;
  /** The same with their dates, for route scopes (see `routeScope`). */
  readonly recordedDates: ReadonlyMap<string, string>;
  /** The credentials held and active on the evaluation date: plans keep them renewed. */
  readonly activeToday: ReadonlySet<string>;
  /** Alternatives tried so far, against `maxPlanAlternatives` (the one count a search keeps). */
  readonly search: { tried: number };
  /**
   * The route scopes worked out so far, by state revision and day (see `routeScope`): one entry
   * per scope asked for, so as many as the search, bounded by `maxPlanAlternatives`, asks for.
   */
  readonly scopes: Map<string, EvaluationScope>;
  /** What the plan's scopes work out from credential records (see `EvaluationScope.memo`). */
  readonly memo: ScopeMemo;
  /** The `YYYY-MM-DD` date of each day number the plan has written out (see `dateOf`). */
  readonly dates: Map<number, string>;
  /** By timeline, the work as the route projects it (see `routeWork`). */
  readonly projected: Map<Timeline, readonly WorkSpan[]>;
  /** By timeline and credentials earned, that work with the roles it counts as (`routeWork`). */
  readonly counted: Map<Timeline, Map<string, readonly CountedSpan[]>>;
}

/** Builds the context of one plan. @internal */
export function planContext(
  pathway: Pathway,
  profile: Profile,
  facts: PersonFacts,
  options: ResolvedOptions,
): PlanContext {
  const today = options.day;
  const recorded = new Map<string, number>();
  const recordedDates = new Map<string, string>();
  for (const [id, date] of facts.completed) {
    const day = toDayNumber(date);
    recorded.set(id, day);
    recordedDates.set(id, fromDayNumber(day));
  }
  return {
    pathway,
    profile,
    facts,
    options,
    today,
    pastWork: facts.work
      .map((w) => ({ ...w, to: Math.min(w.to, today - 1) }))
      .filter((w) => w.from <= w.to),
    pastPeriods: credentialPeriods(pathway, facts.records),
    recorded,
    recordedDates,
    search: { tried: 0 },
    scopes: new Map(),
    memo: scopeMemo(),
    dates: new Map(),
    projected: new Map(),
    counted: new Map(),
    activeToday: new Set(
      [...facts.credentials.values()]
        .filter((held) => {
          const expires = expiryOf(pathway, held);
          return held.earned <= options.date && (expires === undefined || options.date < expires);
        })
        .map((held) => held.id),
    ),
  };
}

/**
 * The date of a day number, written out once per plan: route scopes write the same few days (the
 * days steps are done, credentials earned) over and over. @internal
 */
export function dateOf(ctx: PlanContext, day: number): string {
  let date = ctx.dates.get(day);
  if (date === undefined) {
    date = fromDayNumber(day);
    ctx.dates.set(day, date);
  }
  return date;
}

/** The title of an entity, or its id when the pathway has none by that id. @internal */
export function titleOf(
  ctx: PlanContext,
  collection: "roles" | "settings" | "credentials" | "steps",
  id: string,
): string {
  return titleText(ctx.pathway[collection] as Record<string, { title: string }>, id);
}
