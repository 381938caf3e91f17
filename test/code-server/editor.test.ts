// The Pathwise extension in a real VS Code: the packaged .vsix installed into code-server, driven
// in Debian's Chromium the way a content editor works. Every wait is on something appearing on
// screen, never on time. Run by .ci/run (`pnpm run test:code-server`) after ./install.sh.
import { execFileSync } from "node:child_process";
import { cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { afterAll, afterEach, beforeAll, describe, expect, it } from "vitest";
import { launchChromium, type Page } from "../support/browser.js";
import {
  type CodeServer,
  codeServerInstalled,
  installExtension,
  prepareFolders,
  startCodeServer,
  toolsDir,
} from "./code-server.js";

const repo = fileURLToPath(new URL("../../", import.meta.url));
const work = mkdtempSync(join(tmpdir(), "pathwise-code-server-"));
const workspace = join(work, "content");
const flagshipName = "pharmacy-technician.pathway.yaml";
const flagship = readFileSync(join(repo, "pathways", flagshipName), "utf8");
// Screenshots for docs/editor-setup.md, written there when PATHWISE_SCREENSHOTS=1.
const shots =
  process.env.PATHWISE_SCREENSHOTS === "1"
    ? join(repo, "docs/images")
    : (process.env.PATHWISE_SCREENSHOTS_DIR ?? join(work, "shots"));

let server: CodeServer | undefined;
let browser: Awaited<ReturnType<typeof launchChromium>> | undefined;
let page: Page;

beforeAll(async () => {
  if (!codeServerInstalled())
    throw new Error(`code-server is not installed in ${toolsDir}: run test/code-server/install.sh`);
  mkdirSync(shots, { recursive: true });
  cpSync(join(repo, "pathways"), workspace, { recursive: true });
  const vsix = join(work, "pathwise.vsix");
  execFileSync(
    "pnpm",
    ["exec", "vsce", "package", "--no-dependencies", "--allow-missing-repository", "-o", vsix],
    { cwd: join(repo, "packages/vscode"), stdio: "pipe" },
  );
  const folders = prepareFolders(join(work, "vscode"));
  await installExtension(folders, vsix);
  server = await startCodeServer(folders);
  browser = await launchChromium();
  page = await browser.newPage();
  await page.setViewportSize({ width: 1400, height: 900 });
  await page.goto(`${server.url}?folder=${encodeURIComponent(workspace)}`);
  await page.locator(".monaco-workbench").waitFor();
}, 300_000);

// What the screen showed when a step failed: a screenshot next to the other screenshots, and in
// the test's output what had focus, where the cursor was and what popups and notifications said.
afterEach(async (context) => {
  if (context.task.result?.state !== "fail" || !page) return;
  await page.screenshot({
    path: join(shots, `failed-${context.task.name.replace(/\W+/g, "-")}.png`),
  });
  const screen = await page.evaluate(() => {
    const text = (selector: string) =>
      [...document.querySelectorAll<HTMLElement>(selector)]
        .filter((e) => e.offsetParent !== null)
        .map((e) => (e.textContent ?? "").trim())
        .filter((t) => t !== "");
    const active = document.activeElement;
    return {
      focus: active ? `${active.tagName}.${active.className}` : "none",
      cursor: text("#status\\.editor\\.selection"),
      problems: document.querySelector("#status\\.problems")?.getAttribute("aria-label"),
      popups: text(".action-widget, .context-view, .quick-input-widget, .suggest-widget"),
      notifications: text(".notification-toast"),
    };
  });
  console.log(`The screen when "${context.task.name}" failed:`, JSON.stringify(screen, null, 2));
});

afterAll(async () => {
  await browser?.close();
  await server?.stop();
  rmSync(work, { recursive: true, force: true });
});

/** The 1-based line and column just after `needle` (its n-th occurrence) in the flagship. */
function endOf(needle: string, nth = 0) {
  let at = -1;
  for (let i = 0; i <= nth; i++) at = flagship.indexOf(needle, at + 1);
  if (at < 0) throw new Error(`The flagship no longer contains ${JSON.stringify(needle)}.`);
  const before = flagship.slice(0, at + needle.length);
  const line = before.split("\n").length;
  return { line, column: before.length - before.lastIndexOf("\n") };
}

/** Opens a file of the workspace with Quick Open and waits for its tab. */
async function openFile(name: string) {
  await page.keyboard.press("Control+P");
  const input = page.locator(".quick-input-widget input");
  await input.waitFor();
  await input.fill(name);
  await page.locator(".quick-input-list .monaco-list-row", { hasText: name }).first().waitFor();
  await page.keyboard.press("Enter");
  await page.locator(`.tab.active[aria-label*="${name}"]`).waitFor();
  await page.locator(".monaco-editor.focused").waitFor();
}

/** Moves the cursor with "Go to Line/Column". */
async function goTo(line: number, column: number) {
  await page.keyboard.press("Control+G");
  const input = page.locator(".quick-input-widget input");
  await input.waitFor();
  // The box opens holding ":" (its "go to line" prefix); the line and column follow it.
  await input.fill(`:${line}:${column}`);
  // Enter before the box has read the position would close it without moving the cursor.
  await page
    .locator(".quick-input-widget", { hasText: `go to line ${line} at column ${column}` })
    .waitFor();
  await page.keyboard.press("Enter");
  await page.locator(".quick-input-widget").waitFor({ state: "hidden" });
  await page
    .locator("#status\\.editor\\.selection", { hasText: `Ln ${line}, Col ${column}` })
    .waitFor();
  await page.locator(".monaco-editor.focused").waitFor();
}

/** The labels in the open suggestion widget. */
async function suggestions(): Promise<string[]> {
  const rows = page.locator(".suggest-widget .monaco-list-row .label-name");
  await rows.first().waitFor();
  return rows.allInnerTexts();
}

const problems = () => page.locator("#status\\.problems");

describe("the extension in code-server", () => {
  it("opens the flagship as a Pathwise pathway, with no problems", async () => {
    await openFile(flagshipName);
    await expect
      .poll(async () => (await page.locator("#status\\.editor\\.mode").textContent())?.trim())
      .toBe("Pathwise pathway");
    await expect.poll(() => problems().getAttribute("aria-label")).toMatch(/^No Problems/);
  });

  it("shows a broken id once, as one squiggle and one Problems entry, and fixes it", async () => {
    const at = endOf("- credential: ptcb-cpht");
    await goTo(at.line, at.column);
    await page.keyboard.type("x");
    const squiggle = page.locator(".monaco-editor .squiggly-error");
    await squiggle.first().waitFor();
    await page.keyboard.press("Control+Shift+M");
    const entries = page.locator(".markers-panel .monaco-list-row", { hasText: "ptcb-cphtx" });
    await entries.first().waitFor();
    expect(await entries.count()).toBe(1);
    expect(await squiggle.count()).toBe(1);
    await expect.poll(() => problems().getAttribute("aria-label")).toMatch(/Errors: 1\b/);
    await page.screenshot({ path: join(shots, "editor-problem.png") });

    await goTo(at.line, at.column);
    await page.keyboard.press("Control+.");
    const fix = page.locator(".action-widget .monaco-list-row", {
      hasText: "Change to `ptcb-cpht`",
    });
    await fix.waitFor();
    await page.screenshot({ path: join(shots, "editor-quick-fix.png") });
    await fix.click();
    await squiggle.first().waitFor({ state: "detached" });
    await expect.poll(() => problems().getAttribute("aria-label")).toMatch(/^No Problems/);
  });

  it("completes an id once, with its title", async () => {
    const at = endOf("- credential: ptcb-cpht");
    await goTo(at.line, at.column);
    for (let i = 0; i < "cpht".length; i++) await page.keyboard.press("Backspace");
    await page.keyboard.press("Control+Space");
    const labels = await suggestions();
    expect(labels.filter((l) => l === "ptcb-cpht")).toHaveLength(1);
    await page.screenshot({ path: join(shots, "editor-completion.png") });
    await page.keyboard.press("Escape");
    await page.keyboard.type("cpht");
  });

  it("completes an enum value from the schema", async () => {
    const at = endOf("kind: certification");
    await goTo(at.line, at.column);
    for (let i = 0; i < "certification".length; i++) await page.keyboard.press("Backspace");
    await page.keyboard.press("Control+Space");
    const labels = await suggestions();
    expect(labels).toEqual(
      expect.arrayContaining(["certification", "certificate", "registration", "license"]),
    );
    expect(labels.filter((l) => l === "certification")).toHaveLength(1);
    await page.keyboard.press("Escape");
    await page.keyboard.type("certification");
    await expect.poll(() => problems().getAttribute("aria-label")).toMatch(/^No Problems/);
  });

  it("shows the next steps for a profile", async () => {
    await openFile("new-technician.profile.yaml");
    await expect
      .poll(async () => (await page.locator("#status\\.editor\\.mode").textContent())?.trim())
      .toBe("Pathwise profile");
    await page.keyboard.press("F1");
    const input = page.locator(".quick-input-widget input");
    await input.waitFor();
    await input.fill(">Pathwise: Show next steps for profile");
    await page
      .locator(".quick-input-list .monaco-list-row", { hasText: "Show next steps for profile" })
      .first()
      .waitFor();
    await page.keyboard.press("Enter");
    // The preview opens scrolled to its end; its first line names the profile's date.
    const channel = page.locator(".panel select", { hasText: "Pathwise next steps" });
    await channel.first().waitFor();
    const output = page.locator(".panel .monaco-editor").first();
    await output.locator(".view-line").first().waitFor();
    await output.click();
    await page.keyboard.press("Control+Home");
    await output.locator(".view-line", { hasText: "Next steps on 2026-11-24" }).waitFor();
    await page.screenshot({ path: join(shots, "editor-next-steps.png") });
  });
});
