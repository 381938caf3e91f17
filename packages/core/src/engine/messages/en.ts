// The engine's own words in English: the default catalog. Every answer's `message` is this
// catalog's entry for its `code`, rendered with its `data` (see `template.ts` for the format).
// Entries under `format.` format dates and money; entries under `render.` are the plain-text
// renderers' labels.

/**
 * The English message catalog, keyed by code: the engine's default words.
 *
 * @example
 * const mine = { ...englishMessages, "goal-advances": "Good for {title}." };
 * recommendSteps(pathway, profile, { date: "2026-11-24", messages: mine });
 */
export const englishMessages = {
  "format.date": "{year}-{month}-{day}",
  "format.money": "{amount} {currency}",
  "format.money.USD": "${amount}",
  "amount.experience":
    "{amount} {unit, select, years {{amount, plural, one {year} other {years}}} months {{amount, plural, one {month} other {months}}} other {{amount, plural, one {hour} other {hours}}}}",
  "scope.experience":
    "{roleTitle, select, none {} other { as {roleTitle, lower}}}{settingTitle, select, none {} other { in {settingTitle, lower}}}{withinAmount, select, none {} other { within the last {withinAmount} {withinUnit}}}",
  "entity.step": "“{title}”",
  "entity.role": "the {title} role",
  "ce.category-short": "{needed} h of {title}",
  "ce.progress":
    "{met, select, true {the {required} CE hours of this cycle are done} other {{counted} of {required} CE hours count so far, {needed} still needed}}{notAccepted, select, 0 {} other { ({notAccepted, plural, one {# hour} other {# hours}} of CE in the cycle {notAccepted, plural, one {is} other {are}} of a kind this renewal does not accept)}}",
  "filing.on-time":
    "file by {fileBy, date} {lateFee, select, none {to be on time} other {to avoid the {lateFee, money} late fee}}",
  "filing.late":
    "filing was due by {fileBy, date}{lateFee, select, none {} other {, so the {lateFee, money} late fee applies now}}",

  "goal-route": "It is on the quickest route to {title} (reachable by {finish, date}).",
  "goal-advances": "It helps toward {title}.",
  unlocks:
    "It opens {count} more: {names, join, {, }}{others, select, 0 {} other {, and {others} others}}.",
  "renewal-due":
    "{before, select, true {Needed before you can renew your {title}, which {@renewal.verb}.} other {Your {title} {@renewal.verb}{filesFrom, select, none {} other {; you can file from {filesFrom, date}}}{ceNeeded, select, none {} other {; {ceNeeded, plural, one {# CE hour is} other {# CE hours are}} still needed first}}.}}",
  "renewal.verb":
    "{state, select, expired {expired on {expires, date}; reinstate it by {deadline, date}} other {expires on {expires, date}{filing, select, none {} other {; {filing}}}}}",
  "ce-needed":
    "It counts toward renewing your {title}: {categories, select, none {{hours, plural, one {# more hour} other {# more hours}}} other {{categories, join, { and }}}} still needed by {deadline, date}{toFileOnTime, select, true { to file on time} other {}}.",
  cost: "It costs {cost, money}{budget, select, none {} other {, within your budget of {budget, money}}}.",
  "over-budget": "It costs {cost, money}, more than your budget of {budget, money}.",
  time: "It takes about {hours} hours: {weeks, plural, one {# week} other {# weeks}} at your {hoursPerWeek} hours a week.",
  "strategy-mix":
    "{repeats, plural, one {# step} other {# steps}} from “{strategyTitle}” already {repeats, plural, one {ranks} other {rank}} higher, so other kinds of move get a turn.",
  "credential-lapsed":
    "Your {title} expired on {expired, date} and can no longer be reinstated, so it must be earned again.",

  "status-no-expiry": "{title}: held since {earned, date}; the pathway gives it no expiry.",
  "status-expired":
    "{title} expired on {expires, date}; {next, select, reinstate {it can be reinstated until {reinstatableUntil, date}} passed {the time to reinstate it has passed, so it must be earned again} other {it must be earned again}}.",
  "status-current":
    "{filing, select, none {{title} {@status.when}{renewable, select, true {{ce, select, none {} other {; {ce}}}} other {; it cannot be renewed}}} other {{filingLate, select, true {{title} {@status.when}; {filing}{ce, select, none {} other {; {ce}}}} other {{title}: {filing}; it {state, select, expiring {} other {is }}{@status.when}{ce, select, none {} other {; {ce}}}}}}}.",
  "status.when":
    "{state, select, expiring {expires} other {active until}} {expires, date} ({daysLeft, plural, one {# day} other {# days}} left)",
  "ce-feasibility":
    "You need {needed, plural, one {# more CE hour} other {# more CE hours}} by {deadline, date}{toFileOnTime, select, true { to file on time} other {}} ({span, select, days {{days, plural, one {# day} other {# days}}} other {{weeks} weeks}}): about {perWeek, plural, one {# hour} other {# hours}} a week{fits, select, true {, within your {hoursPerWeek, plural, one {# hour} other {# hours}} a week} false {, more than your {hoursPerWeek}: {reinstatableUntil, select, none {} other {plan for reinstatement (until {reinstatableUntil, date}) or }}add time} other {}}.{uncoveredTitles, select, none {} other { No step open to you now grants CE in {uncoveredTitles, join, { or }}.}}",

  "missing-credential": "Earn {title}.",
  "missing-credential-renew": "Renew {title}, which expired on {expired, date}.",
  "missing-credential-lapsed":
    "Earn {title} again: it expired on {expired, date} and can no longer be reinstated.",
  "missing-step": "Complete “{title}”.",
  "missing-role": "Work as {title, lower}.",
  "missing-setting": "Work in {title, lower}.",
  "missing-jurisdiction": "Work in {jurisdiction}.",
  "missing-experience": "Gain another {amount} of experience{scope}.",
  "missing-absence": "Needs the opposite of: {inner, lower}",

  "trace-all-hold": "All {total} conditions hold.",
  "trace-all-short": "{holding} of {total} conditions hold; all are needed.",
  "trace-any-hold": "{holding} of {total} options hold; one is enough.",
  "trace-any-none": "None of the {total} options holds; one is enough.",
  "trace-at-least": "{holding} of the {needed} needed hold (out of {total}).",
  "trace-not-holds": "This holds because the opposite does not: {inner, lower}",
  "trace-not-fails": "This cannot hold while the opposite does: {inner, lower}",
  "trace-credential-held": "You hold {title}.",
  "trace-credential-held-as": "You hold {heldTitle}, which counts as {title}.",
  "trace-credential-expired": "Your {title} expired on {expired, date}.",
  "trace-credential-missing": "You do not hold {title}.",
  "trace-step-done": "You completed “{title}” on {done, date}.",
  "trace-step-missing": "You have not completed “{title}”.",
  "trace-role-held": "You have worked as {title, lower}.",
  "trace-role-through":
    "Your work as {throughTitle, lower} counts as {title, lower} while you hold what it requires (first on {from, date}).",
  "trace-role-missing": "You have not worked as {title, lower}.",
  "trace-setting-held": "You have worked in {title, lower}.",
  "trace-setting-missing": "You have not worked in {title, lower}.",
  "trace-jurisdiction-in": "You work in {where}, which is in {jurisdiction}.",
  "trace-jurisdiction-other":
    "This applies in {jurisdiction}; {where, select, none {your profile gives no jurisdiction} other {your profile says you work in {where}}}.",
  "trace-experience": "You have {have} of the {need} of experience needed{scope}.",

  "step-unknown": "The pathway has no step `{step}`.",
  "step-done": "You completed “{title}” on {done, date}.",
  "step-credential-held": "You already hold {title}.",
  "step-role-held": "You already work as {title}.",
  "step-nothing-to-renew": "You do not hold {title}, so there is nothing to renew.",
  "step-renewal-lapsed":
    "{title} expired on {expires, date} and can no longer be renewed; earn it again.",
  "step-renewal-not-due": "{title} is not due for renewal: {status, lower}",
  "step-blocked": "“{title}” is not available yet: {missing, join, {; }, clause}.",
  "step-available":
    "“{title}” is available{requirements, select, true {: its requirements hold} other {}}.",

  "explain-role-works": "You work, or have worked, as {title}.",
  "explain-role-ready": "You meet the requirements for {title}.",
  "explain-role-blocked":
    "You do not meet the requirements for {title} yet: {missing, join, {; }, clause}.",
  "explain-credential-eligible":
    "{status, select, none {} other {{status} }}You are eligible for {title}.",
  "explain-credential-blocked":
    "{status, select, none {} other {{status} }}You are not eligible for {title} yet: {missing, join, {; }, clause}.",

  "plan-reached": "You have already reached {title}.",
  "plan-ready-now": "You meet the requirements for {title} now.",
  "plan-wait-only":
    "{title} can be reached by {finish, date}: no new steps, only time to gain experience.",
  "plan-route":
    "{title} can be reached by {finish, date} in {steps, plural, one {# step} other {# steps}}{waits, select, true {, including time to gain experience} other {}}.",
  "plan-unreachable":
    "{title} cannot be reached: {blocker, select, none {no route} other {{blocker, lower}}}",
  "item-step": "{title}",
  "item-role": "Take up the role: {title}",
  "item-setting": "Move to {title}",
  "item-wait": "Gain {amount} of experience{scope}",
  "purpose-goal": "the goal",
  "purpose-for": "for {kind, select, step {“{title}”} other {{title}}}",
  "blocker-undefined": "The pathway defines no {kind} `{id}`.",
  "blocker-no-grant": "No step in the pathway grants {title}.",
  "blocker-cycle": "Its requirements go round in a circle through {key}.",
  "blocker-role-lapses":
    "The requirements of {title} no longer hold by {day, date}, when the job can change.",
  "blocker-step-lapses":
    "The requirements of “{title}” no longer hold by {day, date}, when the job can change.",
  "blocker-jurisdiction":
    "It applies only in {jurisdiction}, and {where, select, none {the profile gives no jurisdiction} other {the profile says you work in {where}}}.",
  "blocker-not-route":
    "It needs the opposite of something the route would make true: {inner, lower}",
  "blocker-not-true": "It needs the opposite of something already true: {inner, lower}",
  "blocker-one-day": "Its requirements cannot all be met on one day.",
  "blocker-at-least": "Only {reachable} of the options can be met, and {needed} are needed.",
  "blocker-experience":
    "The plan's work would not add up to {amount} of experience{scope} within 60 years.",
  "blocker-no-role-in-setting": "No role of {title} can be reached to work there.",
  "assume-no-job":
    "The profile names no current role, so no experience is assumed to accrue until the plan takes one up.",
  "assume-job":
    "You keep working as {roleTitle}{settingTitle, select, none {} other { in {settingTitle}}} at {hoursPerWeek, plural, one {# hour} other {# hours}} a week{recorded, select, true {} other { (the profile gives no current job, so this is assumed)}}, and take up each role in the plan as soon as you qualify.",
  "assume-counts-as":
    "Your work as {roleTitle} counts as {asTitle} from {from, date}, as long as you keep the credentials it requires.",
  "assume-setting-unlisted":
    "You can work as {roleTitle} in {settingTitle}, which the pathway does not list for that role.",
  "assume-search-capped":
    "The pathway offers too many alternative routes to compare them all (over {max}); past that point this plan takes the first that works, which may not be the earliest.",

  "render.next-steps": "Next steps on {date, date}:",
  "render.no-steps": "No step is available right now; see what is close below.",
  "render.step":
    "{rank}. {title} [{strategyTitle}] (score {score}){deadline, select, none {} other { — by {deadline, date}}}",
  "render.credentials": "Credentials:",
  "render.ce-category":
    "{title}: {counted} h counted ({minimum, select, none {{maximum, select, none {} other {at most {maximum}}}} other {at least {minimum}{maximum, select, none {} other {, at most {maximum}}}}}){needed, select, 0 {} other {, {needed} needed}}",
  "render.goals": "Goals:",
  "render.close": "Close (one thing missing):",
  "render.close-step": "{title}: first, {missing, lower}",
  "render.close-more": "… and {count} more",
  "render.blocker": "{blocker}{chain, select, none {} other { (via {chain, join, { → }})}}",
  "render.plan-item":
    "{same, select, true {{start, date}} other {{start, date} → {finish, date}}}  {title} ({because})",
  "render.plan-total":
    "Total: {steps, plural, one {# step} other {# steps}}, {cost, select, none {no stated cost} other {{cost, join, { + }}}}, {hours} hours of stated effort, {weeks} weeks to {finish, date}.",
  "render.assumes": "Assumes: {assumption}",
  "render.explanation":
    "{title} ({kind, select, step {step} role {role} other {credential}} {id}): {state}",
  "render.requirements": "Requirements:",
  "render.what-would-help": "What would make it available:",
} as const;
