// Writes docs/flagship-rules.md: the flagship pathway as `pathwise describe --format markdown`
// prints it, for reviewers who check each sentence against its source, after a list of what the
// pathway leaves out and why. Run `pnpm run docs:rules` after changing the flagship; a test keeps
// the page up to date.
import { execFileSync } from "node:child_process";
import { renameSync, writeFileSync } from "node:fs";
import { fileURLToPath } from "node:url";

const root = fileURLToPath(new URL("../../", import.meta.url));

/** What the built CLI prints for the flagship, its headings one level down to sit in the page. */
function describeFlagship() {
  const markdown = execFileSync(
    process.execPath,
    [
      "packages/cli/dist/cli.js",
      "describe",
      "--pathway",
      "pathways/pharmacy-technician.pathway.yaml",
      "--format",
      "markdown",
    ],
    { cwd: root, encoding: "utf8" },
  );
  return markdown.replace(/^(#+) /gm, "#$1 ").trimEnd();
}

// Facts the issuers' pages did not settle, or that the format cannot state: left out of the data,
// each with the reason. Keep this list in step with the pathway when either changes.
const leftOut = [
  "**Medication Therapy Management certificate: eligibility.** No stored copy of PTCB's own page for the certificate was found, and the launch release does not state it. The credential is marked `eligibility: not-published`: holding it counts toward the CPhT-Adv, but no step offers to earn it.",
  "**CSPT: continuing education.** PTCB says the CSPT needs CE, but no page read states hours or topics, so its renewal has no CE rule.",
  "**CPhT-Adv: caps and exclusions on the extra 5 hours.** The pages give 25 hours (the CPhT's 20 plus 5 in any pharmacy topic) and the CPhT's minimums; whether the CPhT's caps (pharmacist-specific, college) and the in-service exclusion apply to all 25 is not stated, so only the minimums are encoded.",
  "**CPTEd: renewal CE, exam fee, reinstatement window, degree route.** The pages read give the eligibility, the two exams, the two-year cycle and the renewal fees by PTEC membership, but not the CE needed to renew, the exam fee (lost in the stored copy) or how long reinstatement is possible. The pharmacy-degree route is not modelled, because the pathway has no pharmacy-degree credential; experience is counted as time in the educator role.",
  "**Texas: when online renewal opens, and the fees.** Two copies of the Board's FAQ disagree (60 or 75 days before expiry), so no window is encoded. The renewal fee was not retrieved; late renewal costs a multiple of it (1.5 times up to 90 days, twice after), stated in words only.",
  "**Texas: the human-trafficking course, the first renewal and the exam substitute.** The format counts CE hours, not courses: the course is a step and is named in the renewal's text, but the engine does not check it each period. The engine also asks for the 20 hours at the first renewal (which is exempt from them) and does not count a certification exam passed during the period in place of the hours.",
  "**Florida: the first renewal.** The HIV/AIDS hour (and, for a technician registered less than 12 months before the expiry, only that hour) is stated in the registration's text; the engine counts the general 20-hour rule at every renewal.",
  "**CSPT renewed with the CPhT.** PTCB charges $55 for both, the CPhT's fee alone. The format gives each renewal step its own cost, so a plan that renews both adds the CSPT's $20; the steps' text says what PTCB charges.",
  "**Reinstatement fees and reinstatement CE.** The format has no reinstatement fee or reinstatement CE rule; the amounts ($95, or $40 for the CSPT alone) and the CPhT's reinstatement CE (20 hours including 2 of law) are stated in the credentials' text.",
  "**Expiry days.** Texas and Florida registrations expire on dates the boards assign; the engine counts each cycle from the date a profile gives.",
  "**Copy dates.** Every source was read from an archived copy whose date is not shown in the copy, so each is marked `archived: undated`; re-check them against the live pages.",
];

/** The page, from the built CLI's output. */
export function renderFlagshipRulesPage() {
  return [
    "# The flagship pathway's rules, for reviewers",
    "",
    "Every credential, role and step of the US pharmacy technician pathway",
    "(`pathways/pharmacy-technician.pathway.yaml`) in plain sentences, as `pathwise describe",
    "--format markdown` prints them from the data the engine uses. Hold each sentence against the",
    "sources it cites (listed at the end with how and when each was read); where a sentence and a",
    "source disagree, the pathway is wrong.",
    "",
    "## What the pathway leaves out, and why",
    "",
    "Nothing below is in the data; where the fact is known but the format cannot state it, it is in",
    "the entity's text only.",
    "",
    ...leftOut.map((line) => `- ${line}`),
    "",
    describeFlagship(),
    "",
  ].join("\n");
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const target = `${root}docs/flagship-rules.md`;
  writeFileSync(`${target}.tmp`, renderFlagshipRulesPage());
  renameSync(`${target}.tmp`, target);
  console.log(`wrote ${target}`);
}
