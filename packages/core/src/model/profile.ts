import * as z from "zod/mini";
import { minHoursPerWeek, profileLimits } from "../load/limits.js";
import { describe, doc, meta } from "./_meta.js";
import { Id, IsoDate, JurisdictionCode, ref } from "./id.js";
import { Money } from "./quantities.js";

const date = (what: string) => doc(IsoDate, what);

/**
 * A job a person held, for experience.
 *
 * @example
 * const job: HistoryEntry = { role: "pharmacy-technician", setting: "retail", from: "2023-01-09", hoursPerWeek: 40 };
 * const updated: Profile = { ...profile, history: [...(profile.history ?? []), job] };
 */
export const HistoryEntry = doc(
  z.strictObject({
    role: doc(ref("role", "pharmacy-technician"), "The role held."),
    setting: doc(z.optional(ref("setting", "community")), "The setting the job was in."),
    from: date("First day, `YYYY-MM-DD`."),
    to: z.optional(date("Last day, `YYYY-MM-DD`; omit while the job continues.")),
    hoursPerWeek: doc(
      z.optional(z.number().check(z.gte(0), z.lte(100))),
      "Hours worked per week; 40 when omitted.",
    ),
  }),
  "A job in the work history.",
  {
    examples: [
      { role: "pharmacy-technician", setting: "community", from: "2023-01-09", hoursPerWeek: 32 },
    ],
  },
);

/**
 * A credential a person holds.
 *
 * @example
 * const held: HeldCredential = { id: "ptcb-cpht", earned: "2024-05-10" };
 * const updated: Profile = { ...profile, credentials: [...(profile.credentials ?? []), held] };
 */
export const HeldCredential = doc(
  z.strictObject({
    id: doc(ref("credential", "ptcb-cpht"), "The credential."),
    earned: date("When it was earned."),
    renewed: z.optional(date("When it was last renewed (the current cycle starts here).")),
  }),
  "A credential held.",
  { examples: [{ id: "ptcb-cpht", earned: "2024-03-15" }] },
);

/**
 * A step the person has completed.
 *
 * @example
 * const done: CompletedStep = { step: "join-aapt", date: "2025-06-01" };
 * const updated: Profile = { ...profile, completed: [...(profile.completed ?? []), done] };
 */
export const CompletedStep = doc(
  z.strictObject({
    step: doc(ref("step", "join-aapt"), "The step."),
    date: date("When it was completed."),
  }),
  "A completed step.",
);

/**
 * A continuing-education activity.
 *
 * @example
 * const activity: CeActivity = { date: "2026-03-02", hours: 2, categories: ["pharmacy-law"] };
 * const ce: CeActivity[] = [...(profile.ce ?? []), activity];
 */
export const CeActivity = doc(
  z.strictObject({
    date: date("When it was completed."),
    hours: doc(z.number().check(z.gte(0), z.lte(1000)), "Contact hours earned."),
    categories: doc(
      z.array(ref("CE category", "pharmacy-law")).check(z.maxLength(profileLimits.ceCategories)),
      "CE categories it counts toward (topics, audience, kind).",
    ),
    title: doc(z.optional(z.string().check(z.maxLength(300))), "What it was."),
  }),
  "A continuing-education activity.",
  {
    examples: [
      { date: "2026-03-02", hours: 1, categories: ["pharmacy-law", "technician-specific"] },
    ],
  },
);

/**
 * A goal: a role, a setting or a credential.
 *
 * @example
 * const goal: Goal = parseGoal("role:lead-technician");
 * const plan = planRoute(pathway, profile, goal, { date: "2026-11-24" });
 */
export const Goal = doc(
  z.union([
    z.strictObject({ role: ref("role", "lead-technician") }),
    z.strictObject({ setting: ref("setting", "hospital") }),
    z.strictObject({ credential: ref("credential", "ptcb-cspt") }),
  ]),
  "A goal: `role`, `setting` or `credential`, with an id.",
);

/**
 * Expectations a pathway's example profile ships with, checked by content tests.
 *
 * @example
 * const expectations: ProfileExpectations = { next: ["earn-ptcb-cpht"], excludes: ["join-aapt"] };
 */
export const ProfileExpectations = doc(
  z.strictObject({
    next: doc(
      z.optional(z.array(ref("step", "join-aapt")).check(z.maxLength(profileLimits.expect))),
      "The first recommended steps, in order.",
    ),
    includes: doc(
      z.optional(z.array(ref("step", "join-aapt")).check(z.maxLength(profileLimits.expect))),
      "Steps that must be among the recommendations.",
    ),
    excludes: doc(
      z.optional(z.array(ref("step", "join-aapt")).check(z.maxLength(profileLimits.expect))),
      "Steps that must not be recommended.",
    ),
    reachable: doc(z.optional(z.boolean()), "Whether the first goal is reachable."),
    plan: doc(
      z.optional(z.array(ref("step", "earn-ptcb-cpht")).check(z.maxLength(profileLimits.expect))),
      "Steps the plan to the first goal must contain, in this order.",
    ),
  }),
  "What the engine must answer for this profile (used by `pathwise test`).",
);

/** An optional list of at most `max` entries (the limits are in `load/limits.ts`). */
function list<T extends z.ZodMiniType>(entry: T, max: number, description: string) {
  return doc(z.optional(z.array(entry).check(z.maxLength(max))), description);
}

/**
 * A person's profile, format 1.
 *
 * @example
 * const fields = fieldsAt(ProfileSchema, ["history", 0]).map((f) => f.name); // ["role", "setting", ...]
 */
export const Profile = meta(
  z.strictObject({
    pathwise: doc(z.literal(1), "The format version. This library reads `1`."),
    pathway: doc(Id, "The id of the pathway this profile is for.", {
      examples: ["pharmacy-technician"],
    }),
    name: doc(z.optional(z.string().check(z.maxLength(200))), "A label for the profile."),
    date: z.optional(
      date(
        "The evaluation date to use for this profile (content tests); otherwise the caller gives one.",
      ),
    ),
    role: doc(z.optional(ref("role", "pharmacy-technician")), "The current role."),
    setting: doc(z.optional(ref("setting", "community")), "The current work setting."),
    jurisdiction: doc(z.optional(JurisdictionCode), "Where the person works, such as `US-TX`."),
    history: list(HistoryEntry, profileLimits.history, "Work history, for experience."),
    credentials: list(HeldCredential, profileLimits.credentials, "Credentials held."),
    completed: list(CompletedStep, profileLimits.completed, "Steps completed."),
    ce: list(CeActivity, profileLimits.ce, "Continuing-education activities."),
    goals: list(Goal, profileLimits.goals, "Goals, most important first."),
    preferences: doc(
      z.optional(
        z.strictObject({
          budget: doc(z.optional(Money), "The most the person wants to spend on one step."),
          hoursPerWeek: doc(
            z.optional(z.number().check(z.gte(minHoursPerWeek), z.lte(100))),
            "Hours a week the person can give to steps.",
          ),
        }),
      ),
      "Budget and time available.",
    ),
    expect: z.optional(ProfileExpectations),
  }),
  {
    title: "Pathwise profile (format 1)",
    ...describe(
      "A person's profile: role, history, credentials, completed steps, CE, goals and preferences.",
    ),
  },
);

export type HistoryEntry = z.infer<typeof HistoryEntry>;
export type HeldCredential = z.infer<typeof HeldCredential>;
export type CompletedStep = z.infer<typeof CompletedStep>;
export type CeActivity = z.infer<typeof CeActivity>;
export type Goal = z.infer<typeof Goal>;
export type ProfileExpectations = z.infer<typeof ProfileExpectations>;
/**
 * A validated profile.
 *
 * @example
 * const profile: Profile = { pathwise: 1, pathway: "pharmacy-technician", goals: [{ role: "lead-technician" }] };
 * const next = recommendSteps(pathway, profile, { date: "2026-11-24" });
 */
export type Profile = z.infer<typeof Profile>;
