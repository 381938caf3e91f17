import type { Condition } from "../../model/condition.js";
import type { HeldCredential } from "../../model/profile.js";
import { inferredRoles } from "../credential-roles.js";
import type { CodedMessage } from "../messages/coded.js";
import type { PlanContext } from "./context.js";
import type { Job, Timeline } from "./timeline.js";
import type { PlanItem } from "./types.js";

/** A plan item with its dates as day numbers, as the search keeps it. @internal */
export interface RouteItem extends Omit<PlanItem, "start" | "finish"> {
  readonly start: number;
  readonly finish: number;
}

/**
 * A person as one route imagines them: the facts recorded plus what the route has done so far,
 * with every date a day number. One value: alternatives are tried on clones, and the one chosen
 * replaces the state it was cloned from, assumptions and job timeline included. @internal
 */
export interface RouteState {
  readonly credentials: ReadonlyMap<string, HeldCredential>;
  /** Credentials the route earns or renews, and the day they are active from. */
  readonly earned: ReadonlyMap<string, number>;
  /**
   * Steps the route itself takes, with the day they are done. The steps done are these and those
   * recorded (`PlanContext.recorded`); for a step in both, the day here counts.
   */
  readonly taken: ReadonlyMap<string, number>;
  /** Roles held, and the day from which they count as held. */
  readonly roles: ReadonlyMap<string, number>;
  readonly settings: ReadonlyMap<string, number>;
  readonly timeline: Timeline;
  /**
   * Names what the state holds of the facts above: a state changed (through `changing`) gets a
   * new revision, and a copy keeps its original's until it changes. `routeScope` keeps one scope
   * per revision and day.
   */
  readonly revision: number;
  /**
   * The maps (bits of `RouteFacts` keys), lists and views this state alone holds and may change
   * in place; the rest it shares with copies, and `changing`, `addItem`, `addNote` and
   * `addGuard` copy them before a change.
   */
  readonly owned: number;
  /**
   * What is worked out from each of the maps above while it stays as it is (see `derivedFrom`):
   * a copy of the state shares it until either changes a map, and `changing` drops a map's
   * before it changes.
   */
  readonly views: Views;
  /** With no job yet: the setting the person is in (the profile's, or one a step moved them to). */
  idleSetting: string | undefined;
  /** With no job yet: the moves steps make, in date order; a job taken up before one makes it too. */
  idleMoves: readonly { readonly day: number; readonly setting: string }[];
  /**
   * The last day of work that experience the route relies on counts: the job may not change
   * before it, or the work that requirement was met with would not happen. Changes of job the
   * route makes are put off until then (see `changeDay`).
   */
  busyUntil: number;
  readonly items: readonly RouteItem[];
  cost: number;
  /** Steps granting a credential that state no cost: routes with known costs are preferred. */
  unknownCosts: number;
  /** What this route takes for granted beyond what every plan does, in plain sentences. */
  readonly notes: readonly CodedMessage<string>[];
  /**
   * The `not` conditions the route has met, each with the day it must hold on: whatever the
   * route does later must leave them untrue then (see `guarded`).
   */
  readonly guards: readonly Guard[];
}

/** A `not` the route has met, and the day it must hold on (see `RouteState.guards`). @internal */
export interface Guard {
  readonly inner: Condition;
  readonly day: number;
}

/** The maps of a route state, which `changing` hands out to change. */
type FactMap = "credentials" | "earned" | "taken" | "roles" | "settings";

/** The maps of a route state as `changing` hands them out: ones that change in place. @internal */
export type RouteFacts = {
  readonly [K in FactMap]: RouteState[K] extends ReadonlyMap<infer I, infer V> ? Map<I, V> : never;
};

/** One bit per map of `RouteFacts`, for `RouteState.owned`. */
const bits: { readonly [K in keyof RouteFacts]: number } = {
  credentials: 1,
  earned: 2,
  taken: 4,
  roles: 8,
  settings: 16,
};
/** The bits of `RouteState.owned` for its lists and views. */
const itemsBit = 32;
const notesBit = 64;
const guardsBit = 128;
const viewsBit = 256;
const allBits = 511;

/** What `derivedFrom` keeps of each map, by the map's key; each kind of map is read one way. */
type Views = { -readonly [K in FactMap]: unknown };

const noViews = (): Views => ({
  credentials: undefined,
  earned: undefined,
  taken: undefined,
  roles: undefined,
  settings: undefined,
});

/**
 * What `make` works out from one of a state's maps, once while the map stays as it is: each kind
 * of map is read one way only (see `routeScope`). @internal
 */
export function derivedFrom<K extends FactMap, T, A>(
  state: RouteState,
  key: K,
  make: (map: RouteState[K], arg: A) => T,
  arg: A,
): T {
  const hit = state.views[key];
  if (hit !== undefined) return hit as T;
  const value = make(state[key], arg);
  // Shared views hold what follows from shared maps: a view of one is a view of every state
  // sharing it, until one changes a map (and, first, takes its own views).
  state.views[key] = value;
  return value;
}

/** The last revision given out: every change of any route state takes the next. */
let revisions = 0;

/**
 * One of a state's maps, to change it: the state takes a new revision, so that scopes worked out
 * for it before are not used again, and a map it shares with a copy (see `cloneState`) is copied
 * first. Every change to those maps goes through here. @internal
 */
export function changing<K extends keyof RouteFacts>(state: RouteState, key: K): RouteFacts[K] {
  const s = state as unknown as RouteFacts & { revision: number; owned: number; views: Views };
  s.revision = ++revisions;
  if ((s.owned & bits[key]) === 0) {
    (s as Record<K, unknown>)[key] = copyOf(s[key] as Map<string, unknown>);
    s.owned |= bits[key];
  }
  if ((s.owned & viewsBit) === 0) {
    s.views = { ...s.views };
    s.owned |= viewsBit;
  }
  s.views[key] = undefined;
  return s[key];
}

/**
 * One of a state's maps as it is, to be read as long as anyone likes: the state gives up changing
 * it in place (its next change copies it first), so the map never changes. @internal
 */
export function frozen<K extends keyof RouteFacts>(state: RouteState, key: K): RouteState[K] {
  (state as { owned: number }).owned &= ~bits[key];
  return state[key];
}

/** Adds an item to a state's route (copying the list first if a copy shares it). @internal */
export function addItem(state: RouteState, item: RouteItem): void {
  ownList(state, "items", itemsBit).push(item);
}

/** Adds a note to what a state's route assumes (see `addItem`). @internal */
export function addNote(state: RouteState, note: CodedMessage<string>): void {
  ownList(state, "notes", notesBit).push(note);
}

/** Adds a guard to a state's route (see `addItem`). @internal */
export function addGuard(state: RouteState, guard: Guard): void {
  ownList(state, "guards", guardsBit).push(guard);
}

function ownList<K extends "items" | "notes" | "guards">(
  state: RouteState,
  key: K,
  bit: number,
): RouteState[K][number][] {
  const s = state as unknown as { [L in K]: RouteState[K][number][] } & { owned: number };
  if ((s.owned & bit) === 0) {
    s[key] = s[key].slice() as (typeof s)[K];
    s.owned |= bit;
  }
  return s[key];
}

/** A copy of a map (a loop: `new Map(map)` takes half as long again on V8). */
function copyOf<K, V>(map: ReadonlyMap<K, V>): Map<K, V> {
  const out = new Map<K, V>();
  for (const [k, v] of map) out.set(k, v);
  return out;
}

/** Moves a state to another job timeline (a value: timelines are never changed in place). @internal */
export function changeTimeline(state: RouteState, timeline: Timeline): void {
  const s = state as { revision: number; timeline: Timeline };
  s.revision = ++revisions;
  s.timeline = timeline;
}

/** The state every route starts from: the person as recorded, working in `job` from today. @internal */
export function initialState(ctx: PlanContext, job: Job | undefined): RouteState {
  const { facts, today } = ctx;
  const held = new Set([
    ...facts.roles,
    ...inferredRoles({
      pathway: ctx.pathway,
      facts,
      date: ctx.options.date,
      fullTime: ctx.options.fullTime,
      memo: ctx.memo,
    }).keys(),
  ]);
  return {
    credentials: new Map(facts.credentials),
    earned: new Map(),
    taken: new Map(),
    roles: new Map([...held].map((r) => [r, today])),
    settings: new Map([...facts.settings].map((s) => [s, today])),
    timeline: job ? [{ from: today, job }] : [],
    revision: ++revisions,
    owned: allBits,
    views: noViews(),
    idleSetting: ctx.profile.setting,
    idleMoves: [],
    busyUntil: today - 1,
    items: [],
    cost: 0,
    unknownCosts: 0,
    notes: [],
    guards: [],
  };
}

/**
 * A copy to try an alternative on. Its maps are shared with `s` until either changes one (see
 * `changing`), so alternatives that change little copy little. @internal
 */
export function cloneState(s: RouteState): RouteState {
  (s as { owned: number }).owned = 0;
  return {
    credentials: s.credentials,
    earned: s.earned,
    taken: s.taken,
    roles: s.roles,
    settings: s.settings,
    timeline: s.timeline,
    revision: s.revision,
    owned: 0,
    views: s.views,
    idleSetting: s.idleSetting,
    idleMoves: s.idleMoves,
    busyUntil: s.busyUntil,
    items: s.items,
    cost: s.cost,
    unknownCosts: s.unknownCosts,
    notes: s.notes,
    guards: s.guards,
  };
}

/** Makes `target` the state of the alternative chosen, which is not used again. @internal */
export function adoptState(target: RouteState, chosen: RouteState): void {
  Object.assign(target, chosen);
  // What `chosen` alone held (maps, lists, views) is now `target`'s alone, so changing it copies
  // nothing; the rest both share with the state they were copied from. `chosen` keeps none.
  (chosen as { owned: number }).owned = 0;
}
