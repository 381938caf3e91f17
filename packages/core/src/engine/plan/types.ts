import type { Goal } from "../../model/profile.js";
import type { Effort, Money } from "../../model/quantities.js";
import type { CodedMessage } from "../messages/coded.js";

/**
 * What a plan item is for: `purpose-goal` (the goal itself) or `purpose-for` (kind, id, title).
 *
 * @example
 * const plan = planRoute(pathway, profile, { role: "lead-technician" }, { date: "2026-11-24" });
 * const purposes: PlanPurpose[] = plan.reachable ? plan.items.map((item) => item.purpose) : [];
 * for (const p of purposes) console.log(p.code, p.data, p.message);
 */
export type PlanPurpose = CodedMessage<"purpose-goal" | "purpose-for">;

/**
 * The codes of a plan item's title: `item-step`, `item-role`, `item-setting`, `item-wait`.
 *
 * @example
 * const plan = planRoute(pathway, profile, { role: "lead-technician" }, { date: "2026-11-24" });
 * const wait: PlanItemCode = "item-wait";
 * const waits = plan.reachable ? plan.items.filter((item) => item.code === wait) : [];
 */
export type PlanItemCode = "item-step" | "item-role" | "item-setting" | "item-wait";

/**
 * One entry of a plan, in date order.
 *
 * @example
 * const plan = planRoute(pathway, profile, { role: "lead-technician" }, { date: "2026-11-24" });
 * const items: readonly PlanItem[] = plan.reachable ? plan.items : [];
 * for (const item of items) console.log(item.start, item.kind, item.title);
 */
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
  /** What it is for, as data; `because` is its message. */
  readonly purpose: PlanPurpose;
  /** The code of the title (pathway titles stay as written; the words around them are the engine's). */
  readonly code: PlanItemCode;
  /** The fields the title is rendered from. */
  readonly data: Readonly<Record<string, unknown>>;
  readonly effort?: Effort;
}

/**
 * Something that stops a goal from being reached.
 *
 * @example
 * const plan = planRoute(pathway, profile, { role: "lead-technician" }, { date: "2026-11-24" });
 * const blockers: readonly Blocker[] = plan.reachable ? [] : plan.blockers;
 * for (const b of blockers) console.log(b.message, b.chain.join(" → "));
 */
export interface Blocker {
  /** The code of the sentence, such as `blocker-no-grant` (see `docs/engine.md`). */
  readonly code: string;
  /** The fields the sentence is rendered from. */
  readonly data: Readonly<Record<string, unknown>>;
  /** One sentence: which requirement can never be met, and why. */
  readonly message: string;
  /** The chain of entities that led to it, outermost first (`role:lead-technician`, ...). */
  readonly chain: readonly string[];
}

/**
 * A plan to a goal, or why there is none.
 *
 * @example
 * const plan: Plan = planRoute(pathway, profile, { role: "lead-technician" }, { date: "2026-11-24" });
 * console.log(plan.reachable ? `Reached on ${plan.finish}` : plan.message);
 */
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
      /** The assumptions as data (`assume-*` codes), in the same order. */
      readonly assumed: readonly CodedMessage<string>[];
      readonly code: "plan-reached" | "plan-ready-now" | "plan-wait-only" | "plan-route";
      readonly data: Readonly<Record<string, unknown>>;
      readonly message: string;
    }
  | {
      readonly goal: Goal;
      readonly reachable: false;
      readonly date: string;
      readonly blockers: readonly Blocker[];
      readonly code: "plan-unreachable";
      readonly data: Readonly<Record<string, unknown>>;
      readonly message: string;
    };
