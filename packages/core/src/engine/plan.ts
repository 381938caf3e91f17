import { count } from "../internal/count.js";
import { addDuration, fromDayNumber, toDayNumber } from "../internal/dates.js";
import { maxPlanAlternatives } from "../load/limits.js";
import type { Condition, ExperienceRequirement } from "../model/condition.js";
import type { Pathway, Step } from "../model/pathway.js";
import type { Goal, HeldCredential, Profile } from "../model/profile.js";
import type { Effort, Money } from "../model/quantities.js";
import {
  type CredentialPeriod,
  countedRoles,
  countWork,
  credentialPeriods,
  heldOn,
  inferredRoles,
  isConferredRole,
} from "./credential-roles.js";
import { impliedBy } from "./credential-status.js";
import { describeExperienceScope, evaluate, findHeld } from "./evaluate.js";
import {
  type CountedSpan,
  formatAmount,
  isEnough,
  measureExperience,
  type WorkSpan,
} from "./experience.js";
import { factsFromProfile, inJurisdiction, type PersonFacts } from "./facts.js";
import { goalTarget, goalTitle } from "./goal.js";
import { type EngineOptions, type ResolvedOptions, resolveOptions } from "./options.js";
import { rolesCountedAs } from "./role-kinds.js";

/** One entry of a plan, in date order. */
export interface PlanItem {
  /** A step to take, a role to take up, a setting to move to, or time to gain experience. */
  readonly kind: "step" | "role" | "setting" | "wait";
  /** The step, role or setting id (absent for `wait`). */
  readonly id?: string;
  readonly title: string;
  /** The earliest day it can start, `YYYY-MM-DD`. */
  readonly start: string;
  /** The earliest day it is done. */
  readonly finish: string;
  /** What it is for, such as `for Lead pharmacy technician`. */
  readonly because: string;
  readonly effort?: Effort;
}

/** Something that stops a goal from being reached. */
export interface Blocker {
  /** One sentence: which requirement can never be met, and why. */
  readonly message: string;
  /** The chain of entities that led to it, outermost first (`role:lead-technician`, ...). */
  readonly chain: readonly string[];
}

/** A plan to a goal, or why there is none. */
export type Plan =
  | {
      readonly goal: Goal;
      readonly reachable: true;
      readonly date: string;
      /** The steps, role changes and waits, ordered by start date. */
      readonly items: readonly PlanItem[];
      /** The earliest day the goal is reached. */
      readonly finish: string;
      readonly totals: {
        readonly steps: number;
        /** Hours of the person's own time the steps say they take. */
        readonly hours: number;
        /** Weeks from the evaluation date to the finish. */
        readonly weeks: number;
        /** Money the steps cost, one entry per currency. */
        readonly cost: readonly Money[];
      };
      /** What the plan takes for granted, in plain sentences. */
      readonly assumptions: readonly string[];
      readonly message: string;
    }
  | {
      readonly goal: Goal;
      readonly reachable: false;
      readonly date: string;
      readonly blockers: readonly Blocker[];
      readonly message: string;
    };

/** The longest wait a plan considers before calling experience out of reach. */
const horizonDays = Math.round(60 * 365.25);

interface Job {
  readonly role: string;
  readonly setting?: string | undefined;
  readonly hoursPerWeek: number;
}

/** A person as the planner imagines them: facts plus what the plan has done so far. */
interface State {
  credentials: Map<string, HeldCredential>;
  /** Credentials the plan earns or renews, and the day they are active from. */
  earned: Map<string, number>;
  completed: Map<string, string>;
  roles: Map<string, number>;
  settings: Map<string, number>;
  /** The work the plan assumes from the evaluation date on, as changes of job. */
  future: { from: number; job: Job }[];
  items: PlanItem[];
  cost: number;
  /** Steps granting a credential that state no cost: routes with known costs are preferred. */
  unknownCosts: number;
  /** Assumptions this route makes, beyond those every plan makes. */
  notes: string[];
}

type Outcome = { day: number } | { blocked: Blocker[] };

/**
 * Plans a route to a goal: the steps to take in order, the roles to take up, the time to wait
 * for experience, the earliest date of each, and total effort and cost. Among alternatives
 * (`any`, `atLeast`) it picks what finishes earliest, then what costs least, then what needs the
 * fewest items (a route whose costs are all stated beats one with a credential of unknown cost).
 * When the goal cannot be reached, it says which requirement can never be met.
 *
 * The plan assumes the person keeps working at their current weekly hours (40 when unknown) in
 * their current role, and takes up each role the plan reaches as soon as they qualify. A
 * conferred role (a certified technician) needs no change of job: the current work
 * counts as it once the plan has earned what it requires, and credentials are assumed to be kept
 * renewed from then on.
 *
 * @example
 * const plan = planRoute(pathway, profile, { role: "lead-technician" }, { date: "2026-11-24" });
 * if (plan.reachable) for (const item of plan.items) console.log(item.start, item.title);
 */
export function planRoute(
  pathway: Pathway,
  profile: Profile,
  goal: Goal,
  options: EngineOptions,
): Plan {
  const resolved = resolveOptions(options);
  const facts = factsFromProfile(profile);
  return new Planner(pathway, profile, facts, resolved).plan(goal);
}

class Planner {
  private readonly today: number;
  private readonly assumptions: string[] = [];
  /** Alternatives tried so far; past `maxPlanAlternatives`, `any` and `atLeast` stop comparing. */
  private tried = 0;
  private readonly baseWork: WorkSpan[];
  /** When the credentials the person holds are active, as far as the record shows. */
  private readonly basePeriods: CredentialPeriod[];

  constructor(
    private readonly pathway: Pathway,
    private readonly profile: Profile,
    private readonly facts: PersonFacts,
    private readonly options: ResolvedOptions,
  ) {
    this.today = options.day;
    // Past work up to yesterday; from today on, the plan's own timeline takes over.
    this.baseWork = facts.work
      .map((w) => ({ ...w, to: Math.min(w.to, this.today - 1) }))
      .filter((w) => w.from <= w.to);
    this.basePeriods = credentialPeriods(pathway, facts.credentials);
  }

  plan(goal: Goal): Plan {
    const state = this.initialState();
    const { kind, id } = goalTarget(goal);
    const name = goalTitle(this.pathway, goal);
    const outcome =
      kind === "role"
        ? this.role(id, state, [])
        : kind === "setting"
          ? this.setting(id, state, [])
          : this.credential(id, state, [], `for ${name}`);
    const date = this.options.date;
    if ("blocked" in outcome) {
      return {
        goal,
        reachable: false,
        date,
        blockers: outcome.blocked,
        message: `${name} cannot be reached: ${lower(outcome.blocked[0]?.message ?? "no route")}`,
      };
    }
    const items = state.items
      .map((item, order) => ({ item, order }))
      .sort(
        (a, b) =>
          cmp(a.item.start, b.item.start) || cmp(a.item.finish, b.item.finish) || a.order - b.order,
      )
      .map(({ item }) => item);
    const finish = fromDayNumber(Math.max(outcome.day, this.today));
    const steps = items.filter((i) => i.kind === "step");
    const costs = new Map<string, number>();
    for (const s of steps) {
      const c = s.effort?.cost;
      if (c) costs.set(c.currency, (costs.get(c.currency) ?? 0) + c.amount);
    }
    const weeks = Math.round(((toDayNumber(finish) - this.today) / 7) * 10) / 10;
    return {
      goal,
      reachable: true,
      date,
      items,
      finish,
      totals: {
        steps: steps.length,
        hours: steps.reduce((sum, s) => sum + (s.effort?.hours ?? 0), 0),
        weeks,
        cost: [...costs]
          .sort(([a], [b]) => cmp(a, b))
          .map(([currency, amount]) => ({ amount, currency })),
      },
      assumptions: [...this.assumptions, ...new Set(state.notes)],
      message:
        items.length === 0
          ? `You have already reached ${name}.`
          : steps.length === 0 && finish === date
            ? `You meet the requirements for ${name} now.`
            : steps.length === 0
              ? `${name} can be reached by ${finish}: no new steps, only time to gain experience.`
              : `${name} can be reached by ${finish} in ${count(steps.length, "step")}${items.some((i) => i.kind === "wait") ? ", including time to gain experience" : ""}.`,
    };
  }

  private initialState(): State {
    const job = this.currentJob();
    // Roles recorded, and those the person's work has counted as through credentials so far.
    const held = new Set([
      ...this.facts.roles,
      ...inferredRoles(this.pathway, this.facts, this.options.date).keys(),
    ]);
    return {
      credentials: new Map(this.facts.credentials),
      earned: new Map(),
      completed: new Map(this.facts.completed),
      roles: new Map([...held].map((r) => [r, this.today])),
      settings: new Map([...this.facts.settings].map((s) => [s, this.today])),
      future: job ? [{ from: this.today, job }] : [],
      items: [],
      cost: 0,
      unknownCosts: 0,
      notes: [],
    };
  }

  private currentJob(): Job | undefined {
    // The latest open job; among jobs begun the same day, the busiest (as experience counts
    // the busiest job on each day), then by role and setting, whatever the profile's order.
    const open = this.facts.work.filter((w) => w.to === Number.POSITIVE_INFINITY);
    const key = (w: (typeof open)[number]) => `${w.role}\u0000${w.setting ?? ""}`;
    const latest = open.sort(
      (a, b) =>
        b.from - a.from ||
        b.hoursPerWeek - a.hoursPerWeek ||
        (key(a) < key(b) ? -1 : key(a) > key(b) ? 1 : 0),
    )[0];
    const role = latest?.role ?? this.profile.role;
    if (role === undefined) {
      this.assumptions.push(
        "The profile names no current role, so no experience is assumed to accrue until the plan takes one up.",
      );
      return undefined;
    }
    const hoursPerWeek = latest?.hoursPerWeek ?? 40;
    const setting = latest?.setting ?? this.profile.setting;
    this.assumptions.push(
      `You keep working as ${this.title("roles", role)}${setting ? ` in ${this.title("settings", setting)}` : ""} at ${hoursPerWeek} hours a week${latest ? "" : " (the profile gives no current job, so this is assumed)"}, and take up each role in the plan as soon as you qualify.`,
    );
    return { role, setting, hoursPerWeek };
  }

  // --- what each kind of requirement needs ---------------------------------------------------

  private satisfy(condition: Condition, state: State, chain: string[], because: string): Outcome {
    if ("all" in condition) {
      let day = this.today;
      const blocked: Blocker[] = [];
      for (const c of condition.all) {
        const o = this.satisfy(c, state, chain, because);
        if ("blocked" in o) blocked.push(...o.blocked);
        else day = Math.max(day, o.day);
      }
      return blocked.length > 0 ? { blocked } : { day };
    }
    if (("any" in condition || "atLeast" in condition) && this.tried > maxPlanAlternatives) {
      return this.firstThatWorks(condition, state, chain, because);
    }
    if ("any" in condition) {
      const options = condition.any.map((c) => this.attempt(c, state, chain, because));
      const best = pickBest(options);
      if (!best)
        return {
          blocked: options.flatMap((o) => ("blocked" in o.outcome ? o.outcome.blocked : [])),
        };
      adopt(state, best.state);
      return best.outcome;
    }
    if ("atLeast" in condition) {
      const tries = condition.of.map((c, i) => ({ ...this.attempt(c, state, chain, because), i }));
      const reachable = tries.filter((t) => !("blocked" in t.outcome)).sort(byOutcome);
      if (reachable.length < condition.atLeast) {
        return {
          blocked: [
            {
              message: `Only ${reachable.length} of the options can be met, and ${condition.atLeast} are needed.`,
              chain,
            },
            ...tries.flatMap((t) => ("blocked" in t.outcome ? t.outcome.blocked : [])),
          ],
        };
      }
      let day = this.today;
      for (const t of reachable.slice(0, condition.atLeast).sort((a, b) => a.i - b.i)) {
        const o = this.satisfy(condition.of[t.i] as Condition, state, chain, because);
        if ("blocked" in o) return o;
        day = Math.max(day, o.day);
      }
      return { day };
    }
    if ("not" in condition) {
      const trace = evaluate(condition.not, this.scope(state, this.today));
      return trace.holds
        ? {
            blocked: [
              {
                message: `It needs the opposite of something already true: ${lower(trace.message)}`,
                chain,
              },
            ],
          }
        : { day: this.today };
    }
    if ("credential" in condition)
      return this.credential(condition.credential, state, chain, because);
    if ("step" in condition) return this.step(condition.step, state, chain, because);
    if ("role" in condition) return this.role(condition.role, state, chain);
    if ("setting" in condition) return this.setting(condition.setting, state, chain);
    if ("jurisdiction" in condition) {
      const code = condition.jurisdiction;
      if (inJurisdiction(this.facts.jurisdiction, code)) return { day: this.today };
      return {
        blocked: [
          {
            message: this.facts.jurisdiction
              ? `It applies only in ${code}, and the profile says you work in ${this.facts.jurisdiction}.`
              : `It applies only in ${code}, and the profile gives no jurisdiction.`,
            chain,
          },
        ],
      };
    }
    return this.experience(condition.experience, state, chain, because);
  }

  /**
   * `any` or `atLeast` once the search has tried `maxPlanAlternatives` alternatives: takes the
   * options in order and keeps the first that work, instead of comparing every route (which
   * grows exponentially with nested alternatives). The plan says so in its assumptions.
   */
  private firstThatWorks(
    condition:
      | { readonly any: readonly Condition[] }
      | { readonly atLeast: number; readonly of: readonly Condition[] },
    state: State,
    chain: string[],
    because: string,
  ): Outcome {
    const note = `The pathway offers too many alternative routes to compare them all (over ${maxPlanAlternatives}); past that point this plan takes the first that works, which may not be the earliest.`;
    if (!this.assumptions.includes(note)) this.assumptions.push(note);
    const [options, needed] =
      "any" in condition ? [condition.any, 1] : [condition.of, condition.atLeast];
    const blocked: Blocker[] = [];
    let met = 0;
    let day = this.today;
    for (const option of options) {
      const tried = this.attempt(option, state, chain, because);
      if ("blocked" in tried.outcome) {
        for (const b of tried.outcome.blocked) blocked.push(b);
        continue;
      }
      adopt(state, tried.state);
      day = Math.max(day, tried.outcome.day);
      if (++met === needed) return { day };
    }
    return { blocked };
  }

  /** Tries a requirement on a copy of the state, to compare alternatives. */
  private attempt(condition: Condition, state: State, chain: string[], because: string) {
    this.tried++;
    const copy = cloneState(state);
    return { outcome: this.satisfy(condition, copy, chain, because), state: copy };
  }

  private credential(id: string, state: State, chain: string[], because: string): Outcome {
    const key = `credential:${id}`;
    if (chain.includes(key)) return this.cycle(chain, key);
    for (const [earned, day] of state.earned) {
      if (impliedBy(this.pathway, earned).has(id)) return { day };
    }
    const held = findHeld(this.scope(state, this.today), id);
    if (held.active) return { day: this.today };
    const next = [...chain, key];
    const credential = this.pathway.credentials[id];
    if (!credential)
      return {
        blocked: [{ message: `The pathway defines no credential \`${id}\`.`, chain: next }],
      };
    // An expired credential: renew it while that is still allowed, otherwise earn it again.
    const routes: Step[] = [];
    const ids: string[] = [];
    const status = held.expired ? this.renewable(id, held.expired) : false;
    for (const [stepId, step] of Object.entries(this.pathway.steps)) {
      const grants =
        step.grants?.credential !== undefined &&
        impliedBy(this.pathway, step.grants.credential).has(id);
      if (grants || (status && step.renews === id)) {
        routes.push(step);
        ids.push(stepId);
      }
    }
    if (routes.length === 0) {
      return {
        blocked: [{ message: `No step in the pathway grants ${credential.title}.`, chain: next }],
      };
    }
    const tries = ids.map((stepId) => this.attempt({ step: stepId }, state, next, because));
    const best = pickBest(tries);
    if (!best)
      return { blocked: tries.flatMap((t) => ("blocked" in t.outcome ? t.outcome.blocked : [])) };
    adopt(state, best.state);
    return best.outcome;
  }

  /** Whether an expired credential can still be renewed (reinstated) rather than earned again. */
  private renewable(id: string, expired: string): boolean {
    const grace = this.pathway.credentials[id]?.renewal?.grace;
    return grace !== undefined && this.options.date <= addDuration(expired, grace);
  }

  private step(id: string, state: State, chain: string[], because: string): Outcome {
    const key = `step:${id}`;
    if (chain.includes(key)) return this.cycle(chain, key);
    const done = state.completed.get(id);
    if (done !== undefined) return { day: Math.max(this.today, toDayNumber(done)) };
    const step = this.pathway.steps[id];
    const next = [...chain, key];
    if (!step)
      return { blocked: [{ message: `The pathway defines no step \`${id}\`.`, chain: next }] };
    const needs: Condition[] = [];
    if (step.requires) needs.push(step.requires);
    const grantedCredential = step.grants?.credential
      ? this.pathway.credentials[step.grants.credential]
      : undefined;
    if (grantedCredential?.requires) needs.push(grantedCredential.requires);
    const grantedRole = step.grants?.role ? this.pathway.roles[step.grants.role] : undefined;
    if (grantedRole?.requires) needs.push(grantedRole.requires);
    const ready =
      needs.length > 0
        ? this.satisfy({ all: needs }, state, next, `for “${step.title}”`)
        : { day: this.today };
    if ("blocked" in ready) return ready;
    const start = ready.day;
    const finish = start + this.durationDays(step.effort);
    state.items.push({
      kind: "step",
      id,
      title: step.title,
      start: fromDayNumber(start),
      finish: fromDayNumber(finish),
      because,
      ...(step.effort ? { effort: step.effort } : {}),
    });
    state.cost += step.effort?.cost?.amount ?? 0;
    if (step.grants?.credential && !step.effort?.cost) state.unknownCosts++;
    state.completed.set(id, fromDayNumber(finish));
    const grants = step.grants;
    if (grants?.credential) {
      state.credentials.set(grants.credential, {
        id: grants.credential,
        earned: fromDayNumber(finish),
      });
      state.earned.set(grants.credential, finish);
    }
    if (step.renews) {
      const held = state.credentials.get(step.renews);
      if (held) state.credentials.set(step.renews, { ...held, renewed: fromDayNumber(finish) });
      state.earned.set(step.renews, finish);
    }
    if (grants?.role) this.takeRole(grants.role, finish, state);
    if (grants?.setting) this.moveTo(grants.setting, finish, state);
    return { day: finish };
  }

  /** Reaches a role; `again` meets its requirements even if it was held before. */
  private role(id: string, state: State, chain: string[], again = false): Outcome {
    const key = `role:${id}`;
    if (chain.includes(key)) return this.cycle(chain, key);
    let since: number | undefined;
    for (const [held, day] of again ? [] : state.roles) {
      if (rolesCountedAs(this.pathway, held).has(id) && (since === undefined || day < since))
        since = day;
    }
    if (since !== undefined) return { day: since };
    const role = this.pathway.roles[id];
    const next = [...chain, key];
    if (!role)
      return { blocked: [{ message: `The pathway defines no role \`${id}\`.`, chain: next }] };
    const ready = role.requires
      ? this.satisfy(role.requires, state, next, `for ${role.title}`)
      : { day: this.today };
    if ("blocked" in ready) return ready;
    this.becomeRole(id, ready.day, state, chain);
    return { day: ready.day };
  }

  /**
   * From `day`, when the requirements of role `id` hold: the current work counts as it if it is
   * conferred; otherwise the person takes it up as their job.
   */
  private becomeRole(id: string, day: number, state: State, chain: string[]): void {
    if (this.workCountsAs(id, day, state, true)) {
      if (!state.roles.has(id)) state.roles.set(id, day);
      return;
    }
    state.items.push({
      kind: "role",
      id,
      title: `Take up the role: ${this.title("roles", id)}`,
      start: fromDayNumber(day),
      finish: fromDayNumber(day),
      because: chain.length === 0 ? "the goal" : `for ${this.describeChain(chain)}`,
    });
    this.takeRole(id, day, state);
  }

  /**
   * Whether the plan's work on `day` counts as role `id` through credentials: the job then,
   * with the credentials held then (those active today or earned by the plan are assumed to be
   * kept renewed), meets the requirements of a conferred role. With `note`, the plan
   * says so when only the credentials make it count.
   */
  private workCountsAs(id: string, day: number, state: State, note = false): boolean {
    const job = currentJobAt(state, day);
    if (!job || !isConferredRole(this.pathway, id)) return false;
    const counts = countedRoles(this.pathway, job.role, heldOn(this.periods(state), day)).has(id);
    if (counts && note && !rolesCountedAs(this.pathway, job.role).has(id)) {
      state.notes.push(
        `Your work as ${this.title("roles", job.role)} counts as ${this.title("roles", id)} from ${fromDayNumber(day)}, as long as you keep the credentials it requires.`,
      );
    }
    return counts;
  }

  /** Past and planned work, each piece with the roles it counts as. */
  private plannedWork(state: State): CountedSpan[] {
    return countWork(this.pathway, [...this.baseWork, ...futureWork(state)], this.periods(state));
  }

  /**
   * When credentials are held in the plan: as recorded for the past; from today on, those
   * active today and those the plan earns or renews stay active (kept renewed).
   */
  private periods(state: State): CredentialPeriod[] {
    const out = this.basePeriods.map((p) =>
      p.from <= this.today && this.today <= p.to ? { ...p, to: Number.POSITIVE_INFINITY } : p,
    );
    for (const [earned, day] of state.earned) {
      for (const id of impliedBy(this.pathway, earned)) {
        out.push({ id, from: day, to: Number.POSITIVE_INFINITY });
      }
    }
    return out;
  }

  private setting(id: string, state: State, chain: string[]): Outcome {
    const key = `setting:${id}`;
    if (chain.includes(key)) return this.cycle(chain, key);
    const since = state.settings.get(id);
    if (since !== undefined) return { day: since };
    const setting = this.pathway.settings[id];
    const next = [...chain, key];
    if (!setting)
      return { blocked: [{ message: `The pathway defines no setting \`${id}\`.`, chain: next }] };
    const granting = Object.keys(this.pathway.steps).filter(
      (s) => this.pathway.steps[s]?.grants?.setting === id,
    );
    if (granting.length > 0) {
      const best = pickBest(
        granting.map((s) => this.attempt({ step: s }, state, next, `for ${setting.title}`)),
      );
      if (best) {
        adopt(state, best.state);
        return best.outcome;
      }
    }
    // No step moves a person there: they move by taking a job there, in their current role when
    // the setting has it, else in a role of the setting they can reach.
    const current = currentJobAt(state, this.today);
    if (current && !this.pathway.roles[current.role]?.settings?.includes(id)) {
      const candidates = Object.keys(this.pathway.roles).filter((r) =>
        this.pathway.roles[r]?.settings?.includes(id),
      );
      const best = pickBest(
        candidates.map((r) => this.attempt({ role: r }, state, next, `for ${setting.title}`)),
      );
      if (best && "day" in best.outcome) {
        adopt(state, best.state);
        const since = state.settings.get(id);
        if (since !== undefined) return { day: since };
        this.pushMove(id, best.outcome.day, state, chain);
        return best.outcome;
      }
      this.assumptions.push(
        `You can work as ${this.title("roles", current.role)} in ${setting.title}, which the pathway does not list for that role.`,
      );
    }
    this.pushMove(id, this.today, state, chain);
    return { day: this.today };
  }

  private pushMove(id: string, day: number, state: State, chain: string[]): void {
    state.items.push({
      kind: "setting",
      id,
      title: `Move to ${this.title("settings", id)}`,
      start: fromDayNumber(day),
      finish: fromDayNumber(day),
      because: chain.length === 0 ? "the goal" : `for ${this.describeChain(chain)}`,
    });
    this.moveTo(id, day, state);
  }

  private experience(
    requirement: ExperienceRequirement,
    state: State,
    chain: string[],
    because: string,
  ): Outcome {
    let from = this.today;
    if (requirement.role) {
      const o = this.role(requirement.role, state, chain);
      if ("blocked" in o) return o;
      from = Math.max(from, o.day);
    }
    if (requirement.setting) {
      const o = this.setting(requirement.setting, state, chain);
      if ("blocked" in o) return o;
      from = Math.max(from, o.day);
    }
    let work = this.plannedWork(state);
    const measure = (day: number) =>
      measureExperience(work, requirement, fromDayNumber(day), this.options.fullTime);
    if (isEnough(measure(from))) return { day: from };
    // More is needed: for a conferred role, the work from now on must count as it.
    const role = requirement.role;
    if (role !== undefined && isConferredRole(this.pathway, role)) {
      // Held before (the credential has since expired, say): meet its requirements again.
      const o = this.workCountsAs(role, from, state)
        ? { day: from }
        : this.role(role, state, chain, true);
      if ("blocked" in o) return o;
      from = Math.max(from, o.day);
      work = this.plannedWork(state);
      if (isEnough(measure(from))) return { day: from };
    }
    // Weekly scan, then day by day inside the week that first meets it (`within` windows make
    // the amount rise and fall, so no bisection).
    let day = -1;
    for (let d = from + 7; d <= from + horizonDays; d += 7) {
      if (isEnough(measure(d))) {
        day = d;
        while (day - 1 > from && isEnough(measure(day - 1))) day--;
        break;
      }
    }
    const amount = measure(from);
    const what = `${formatAmount(amount.need, amount.unit)} of experience${describeExperienceScope(this.pathway, requirement)}`;
    if (day < 0) {
      return {
        blocked: [
          {
            message: `The plan's work would not add up to ${what} within 60 years.`,
            chain,
          },
        ],
      };
    }
    if (role !== undefined) this.workCountsAs(role, from, state, true);
    state.items.push({
      kind: "wait",
      title: `Gain ${what}`,
      start: fromDayNumber(from),
      finish: fromDayNumber(day),
      because,
    });
    return { day };
  }

  // --- state changes -------------------------------------------------------------------------

  private takeRole(id: string, day: number, state: State): void {
    state.roles.set(id, day);
    const current = currentJobAt(state, day);
    const settings = this.pathway.roles[id]?.settings ?? [];
    const setting =
      current?.setting && (settings.length === 0 || settings.includes(current.setting))
        ? current.setting
        : settings[0];
    setJob(state, day, {
      role: id,
      setting,
      hoursPerWeek: current?.hoursPerWeek ?? this.facts.currentHoursPerWeek ?? 40,
    });
    if (setting !== undefined && !state.settings.has(setting)) state.settings.set(setting, day);
  }

  private moveTo(id: string, day: number, state: State): void {
    state.settings.set(id, day);
    const current = currentJobAt(state, day);
    if (current) setJob(state, day, { ...current, setting: id });
  }

  // --- helpers -------------------------------------------------------------------------------

  private scope(state: State, day: number) {
    // Copies: the state changes as the plan goes on, and facts are taken not to (what follows
    // from them is cached).
    const facts: PersonFacts = {
      ...this.facts,
      credentials: new Map(state.credentials),
      completed: new Map(state.completed),
      roles: new Set(state.roles.keys()),
      settings: new Set(state.settings.keys()),
    };
    return {
      pathway: this.pathway,
      facts,
      date: fromDayNumber(day),
      fullTime: this.options.fullTime,
    };
  }

  private durationDays(effort: Effort | undefined): number {
    if (!effort) return 0;
    const weeks = effort.weeks ?? 0;
    const perWeek = this.profile.preferences?.hoursPerWeek;
    const byHours = effort.hours !== undefined && perWeek ? effort.hours / perWeek : 0;
    return Math.ceil(Math.max(weeks, byHours) * 7);
  }

  private cycle(chain: string[], key: string): Outcome {
    return {
      blocked: [
        {
          message: `Its requirements go round in a circle through ${key}.`,
          chain: [...chain, key],
        },
      ],
    };
  }

  private title(collection: "roles" | "settings" | "credentials" | "steps", id: string): string {
    const entries = this.pathway[collection] as Record<string, { title: string }>;
    return Object.hasOwn(entries, id) ? (entries[id]?.title ?? id) : id;
  }

  private describeChain(chain: string[]): string {
    const last = chain[chain.length - 1] as string;
    const [kind, id] = last.split(":") as ["role" | "setting" | "credential" | "step", string];
    const title = this.title(`${kind}s`, id);
    // Steps are quoted, as everywhere else in plans.
    return kind === "step" ? `“${title}”` : title;
  }
}

function futureWork(state: State): WorkSpan[] {
  return state.future.map((f, i) => ({
    role: f.job.role,
    setting: f.job.setting,
    from: f.from,
    to: (state.future[i + 1]?.from ?? Number.POSITIVE_INFINITY) - 1,
    hoursPerWeek: f.job.hoursPerWeek,
  }));
}

function currentJobAt(state: State, day: number): Job | undefined {
  let job: Job | undefined;
  for (const f of state.future) if (f.from <= day) job = f.job;
  return job;
}

/** Changes job from `day` on; later changes the plan already made stay. */
function setJob(state: State, day: number, job: Job): void {
  const at = state.future.findIndex((f) => f.from >= day);
  if (at < 0) state.future.push({ from: day, job });
  else if (state.future[at]?.from === day) state.future[at] = { from: day, job };
  else state.future.splice(at, 0, { from: day, job });
}

function cloneState(s: State): State {
  return {
    credentials: new Map(s.credentials),
    earned: new Map(s.earned),
    completed: new Map(s.completed),
    roles: new Map(s.roles),
    settings: new Map(s.settings),
    future: [...s.future],
    items: [...s.items],
    cost: s.cost,
    unknownCosts: s.unknownCosts,
    notes: [...s.notes],
  };
}

function adopt(target: State, source: State): void {
  Object.assign(target, source);
}

type Attempt = { outcome: Outcome; state: State };

function byOutcome(a: Attempt, b: Attempt): number {
  const da = "day" in a.outcome ? a.outcome.day : Number.POSITIVE_INFINITY;
  const db = "day" in b.outcome ? b.outcome.day : Number.POSITIVE_INFINITY;
  return (
    da - db ||
    a.state.unknownCosts - b.state.unknownCosts ||
    a.state.cost - b.state.cost ||
    a.state.items.length - b.state.items.length
  );
}

/**
 * The attempt that finishes first, then has the fewest credentials of unknown cost, then costs
 * least, then has the fewest items; the first written wins ties.
 */
function pickBest(attempts: Attempt[]): Attempt | undefined {
  let best: Attempt | undefined;
  for (const a of attempts) {
    if ("blocked" in a.outcome) continue;
    if (!best || byOutcome(a, best) < 0) best = a;
  }
  return best;
}

function cmp(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

function lower(message: string): string {
  return message.charAt(0).toLowerCase() + message.slice(1);
}
