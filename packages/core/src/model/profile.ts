import * as z from "zod";
import { describe } from "./_meta.js";
import { Id, IsoDate, JurisdictionCode, ref } from "./id.js";
import { Money } from "./quantities.js";

const date = (what: string) => IsoDate.meta(describe(what));

/** A job a person held, for experience. */
export const HistoryEntry = z
  .strictObject({
    role: ref("role", "pharmacy-technician").meta(describe("The role held.")),
    setting: ref("setting", "community").optional().meta(describe("The setting the job was in.")),
    from: date("First day, `YYYY-MM-DD`."),
    to: date("Last day, `YYYY-MM-DD`; omit while the job continues.").optional(),
    hoursPerWeek: z
      .number()
      .min(0)
      .max(100)
      .optional()
      .meta(describe("Hours worked per week; 40 when omitted.")),
  })
  .meta(
    describe("A job in the work history.", {
      examples: [
        { role: "pharmacy-technician", setting: "community", from: "2023-01-09", hoursPerWeek: 32 },
      ],
    }),
  );

/** A credential a person holds. */
export const HeldCredential = z
  .strictObject({
    id: ref("credential", "ptcb-cpht").meta(describe("The credential.")),
    earned: date("When it was earned."),
    renewed: date("When it was last renewed (the current cycle starts here).").optional(),
  })
  .meta(describe("A credential held.", { examples: [{ id: "ptcb-cpht", earned: "2024-03-15" }] }));

/** A step the person has completed. */
export const CompletedStep = z
  .strictObject({
    step: ref("step", "join-aapt").meta(describe("The step.")),
    date: date("When it was completed."),
  })
  .meta(describe("A completed step."));

/** A continuing-education activity. */
export const CeActivity = z
  .strictObject({
    date: date("When it was completed."),
    hours: z.number().min(0).max(1000).meta(describe("Contact hours earned.")),
    categories: z
      .array(ref("CE category", "pharmacy-law"))
      .meta(describe("CE categories it counts toward (topics, audience, kind).")),
    title: z.string().max(300).optional().meta(describe("What it was.")),
  })
  .meta(
    describe("A continuing-education activity.", {
      examples: [
        { date: "2026-03-02", hours: 1, categories: ["pharmacy-law", "technician-specific"] },
      ],
    }),
  );

/** A goal: a role, a setting or a credential. */
export const Goal = z
  .union([
    z.strictObject({ role: ref("role", "lead-technician") }),
    z.strictObject({ setting: ref("setting", "hospital") }),
    z.strictObject({ credential: ref("credential", "ptcb-cspt") }),
  ])
  .meta(describe("A goal: `role`, `setting` or `credential`, with an id."));

/** Expectations a pathway's example profile ships with, checked by content tests. */
export const ProfileExpectations = z
  .strictObject({
    next: z
      .array(ref("step", "join-aapt"))
      .optional()
      .meta(describe("The first recommended steps, in order.")),
    includes: z
      .array(ref("step", "join-aapt"))
      .optional()
      .meta(describe("Steps that must be among the recommendations.")),
    excludes: z
      .array(ref("step", "join-aapt"))
      .optional()
      .meta(describe("Steps that must not be recommended.")),
    reachable: z.boolean().optional().meta(describe("Whether the first goal is reachable.")),
    plan: z
      .array(ref("step", "earn-ptcb-cpht"))
      .optional()
      .meta(describe("Steps the plan to the first goal must contain, in this order.")),
  })
  .meta(describe("What the engine must answer for this profile (used by `pathwise test`)."));

/** A person's profile, format 1. */
export const Profile = z
  .strictObject({
    pathwise: z.literal(1).meta(describe("The format version. This library reads `1`.")),
    pathway: Id.meta(
      describe("The id of the pathway this profile is for.", { examples: ["pharmacy-technician"] }),
    ),
    name: z.string().max(200).optional().meta(describe("A label for the profile.")),
    date: date(
      "The evaluation date to use for this profile (content tests); otherwise the caller gives one.",
    ).optional(),
    role: ref("role", "pharmacy-technician").optional().meta(describe("The current role.")),
    setting: ref("setting", "community").optional().meta(describe("The current work setting.")),
    jurisdiction: JurisdictionCode.optional().meta(
      describe("Where the person works, such as `US-TX`."),
    ),
    history: z.array(HistoryEntry).optional().meta(describe("Work history, for experience.")),
    credentials: z.array(HeldCredential).optional().meta(describe("Credentials held.")),
    completed: z.array(CompletedStep).optional().meta(describe("Steps completed.")),
    ce: z.array(CeActivity).optional().meta(describe("Continuing-education activities.")),
    goals: z.array(Goal).optional().meta(describe("Goals, most important first.")),
    preferences: z
      .strictObject({
        budget: Money.optional().meta(describe("The most the person wants to spend on one step.")),
        hoursPerWeek: z
          .number()
          .min(0)
          .max(100)
          .optional()
          .meta(describe("Hours a week the person can give to steps.")),
      })
      .optional()
      .meta(describe("Budget and time available.")),
    expect: ProfileExpectations.optional(),
  })
  .meta({
    title: "Pathwise profile (format 1)",
    ...describe(
      "A person's profile: role, history, credentials, completed steps, CE, goals and preferences.",
    ),
  });

export type HistoryEntry = z.infer<typeof HistoryEntry>;
export type HeldCredential = z.infer<typeof HeldCredential>;
export type CompletedStep = z.infer<typeof CompletedStep>;
export type CeActivity = z.infer<typeof CeActivity>;
export type Goal = z.infer<typeof Goal>;
export type ProfileExpectations = z.infer<typeof ProfileExpectations>;
/** A validated profile. */
export type Profile = z.infer<typeof Profile>;
