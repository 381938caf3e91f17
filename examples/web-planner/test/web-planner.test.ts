// The planner as a person uses it, in headless Chromium: the production build, served over HTTP.
import { mkdirSync, readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import {
  type Goal,
  loadPathwayOrThrow,
  loadProfile,
  planRoute,
  recommendSteps,
} from "@pathwise/core";
import { afterAll, beforeAll, expect, it } from "vitest";
import { openBuiltApp, type Page } from "../../../test/support/browser.js";

const root = fileURLToPath(new URL("..", import.meta.url));
const repo = fileURLToPath(new URL("../../../", import.meta.url));
const resultsDir = `${root}test-results`;
const date = "2026-11-24";

let app: Awaited<ReturnType<typeof openBuiltApp>>;
let page: Page;

beforeAll(async () => {
  app = await openBuiltApp(root);
  page = app.page;
});

afterAll(() => app?.close());

const pathway = loadPathwayOrThrow(
  readFileSync(`${repo}pathways/pharmacy-technician.pathway.yaml`),
);

/** A flagship example profile, as the engine in Node reads it, optionally changed. */
function exampleProfile(file: string, change: (data: Record<string, unknown>) => void = () => {}) {
  const loaded = loadProfile(readFileSync(`${repo}pathways/profiles/${file}`), { pathway });
  if (!loaded.ok) throw new Error(loaded.diagnostics[0]?.message);
  const { expect: _expect, ...profile } = loaded.value;
  change(profile);
  return profile;
}

/** The steps the engine recommends in Node, to compare with the page's. */
function expectedSteps(file: string, change?: (data: Record<string, unknown>) => void) {
  const profile = exampleProfile(file, change);
  return recommendSteps(pathway, profile, { date, limit: 5 }).steps.map((s) => s.step);
}

/** The plan the engine makes in Node, to compare with the page's timeline. */
function expectedPlan(file: string, goal: Goal, change?: (data: Record<string, unknown>) => void) {
  return planRoute(pathway, exampleProfile(file, change), goal, { date });
}

const shownSteps = (page: Page) =>
  page
    .locator("ol.steps > li")
    .evaluateAll((items) => items.map((li) => li.getAttribute("data-step")));

/** Waits until the page lists exactly these steps, in this order. */
async function waitForSteps(page: Page, steps: readonly string[]) {
  await page.waitForFunction(
    (expected) =>
      [...document.querySelectorAll("ol.steps > li")]
        .map((li) => li.getAttribute("data-step"))
        .join() === expected.join(),
    steps,
  );
}

it("recommends next steps for an example profile, and follows changes to it", async () => {
  await page.goto(app.url);
  await page.getByRole("heading", { level: 1, name: "Pathwise planner" }).waitFor();
  await waitForSteps(page, expectedSteps("aspiring-advanced-technician.profile.yaml"));

  // Pick another example profile: the renewing technician's CE shortfalls drive the list.
  await page.getByLabel("Start from").selectOption("renewing-hospital-technician.profile.yaml");
  await waitForSteps(page, expectedSteps("renewing-hospital-technician.profile.yaml"));
  const law = page.getByRole("progressbar", { name: /^Pharmacy law/ });
  expect(await law.getAttribute("aria-label")).toMatch(/of at least 1 h$/);

  // A new technician, then the CPhT they just earned, added with the keyboard.
  await page.getByLabel("Start from").selectOption("new-technician.profile.yaml");
  const before = expectedSteps("new-technician.profile.yaml");
  await waitForSteps(page, before);
  expect(before).toContain("earn-ptcb-cpht");
  const add = page.getByRole("button", { name: "Add credential" });
  await add.focus();
  await page.keyboard.press("Enter");
  const credential = page.getByRole("group", { name: "Credential 1" });
  await credential.getByLabel("Credential", { exact: true }).selectOption("ptcb-cpht");
  await credential.getByLabel("Earned").fill("2026-10-01");
  const after = expectedSteps("new-technician.profile.yaml", (profile) => {
    profile.credentials = [{ id: "ptcb-cpht", earned: "2026-10-01" }];
  });
  expect(after).not.toEqual(before);
  expect(after).not.toContain("earn-ptcb-cpht");
  await waitForSteps(page, after);
  expect(await page.getByRole("status").textContent()).toContain(`as of ${date}`);

  // A date that is not a date: the error sits next to the field and describes it.
  const earned = credential.getByLabel("Earned");
  await earned.fill("2026-13-40");
  const error = page.locator("#field-credentials-0-earned-error");
  await error.waitFor();
  expect(await error.textContent()).toContain(
    "Expected a date as YYYY-MM-DD for `earned`, found `2026-13-40`.",
  );
  expect(await earned.getAttribute("aria-invalid")).toBe("true");
  expect(await earned.getAttribute("aria-describedby")).toContain(
    "field-credentials-0-earned-error",
  );
  await page.getByRole("status").filter({ hasText: "Fix the highlighted field" }).waitFor();
  expect(await shownSteps(page)).toEqual([]);

  await earned.fill("2026-10-01");
  await waitForSteps(page, after);
  await error.waitFor({ state: "detached" });

  // A plan to another goal, chosen in the list: the timeline follows.
  const plan = expectedPlan(
    "new-technician.profile.yaml",
    { credential: "ptcb-cspt" },
    (profile) => {
      profile.credentials = [{ id: "ptcb-cpht", earned: "2026-10-01" }];
    },
  );
  await page.getByLabel("Plan a route to").selectOption("credential:ptcb-cspt");
  await page.locator(".plan > p").first().filter({ hasText: plan.message }).waitFor();
  const items = plan.reachable ? plan.items.length : 0;
  expect(await page.locator("ol.timeline > li").count()).toBe(items);

  mkdirSync(resultsDir, { recursive: true });
  await page.screenshot({ path: `${resultsDir}/web-planner.png`, fullPage: true });
  expect(app.errors).toEqual([]);
});
