// The playground as a content editor uses it, in headless Chromium: the production build,
// served over HTTP, with the language server and the preview in their web workers.
import { mkdirSync, readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { loadPathway } from "@pathwise/core";
import { afterAll, beforeAll, expect, it } from "vitest";
import { openBuiltApp, type Page } from "../../../test/support/browser.js";

const root = fileURLToPath(new URL("..", import.meta.url));
const pathwayFile = fileURLToPath(
  new URL("../../../pathways/pharmacy-technician.pathway.yaml", import.meta.url),
);

let app: Awaited<ReturnType<typeof openBuiltApp>>;
let page: Page;

beforeAll(async () => {
  app = await openBuiltApp(root);
  page = app.page;
});

afterAll(() => app?.close());

it("marks an unknown reference on its line with a suggestion, and clears it once fixed", async () => {
  // The first line that ends with this reference, so typing at the end of it changes the id.
  const lines = readFileSync(pathwayFile, "utf8").split("\n");
  const line = lines.findIndex((text) => /credential: ptcb-cpht\s*$/.test(text)) + 1;
  expect(line).toBeGreaterThan(0);
  // The CLI's verdict on the misspelt file: the page must show the same message on that line.
  const misspelt = lines.map((text, i) =>
    i === line - 1 ? text.replace(/cpht(\s*)$/, "cpth$1") : text,
  );
  const expected = loadPathway(misspelt.join("\n")).diagnostics.filter(
    (d) => d.severity === "error",
  );
  expect(expected).toHaveLength(1);
  expect(expected[0]?.range?.start.line).toBe(line);
  expect(expected[0]?.message).toContain("did you mean `ptcb-cpht`?");

  await page.goto(app.url);
  await page.locator(".monaco-editor .view-lines").waitFor();
  // The language server has answered once the status leaves "Checking…"; the preview has run
  // once it names its date.
  await page.locator("#problems-status").filter({ hasNotText: "Checking" }).waitFor();
  await page.locator("#preview-status").filter({ hasText: "next steps as of" }).waitFor();
  expect(await page.locator("#problems li.error").count()).toBe(0);
  expect(await page.locator("#preview > li").count()).toBeGreaterThan(0);

  // Go to the line (Ctrl+G), to its end, and misspell the id.
  await page.locator(".monaco-editor .view-lines").click();
  await page.keyboard.press("Control+G");
  await page.keyboard.type(String(line));
  await page.keyboard.press("Enter");
  await page.keyboard.press("End");
  await page.keyboard.press("Backspace");
  await page.keyboard.press("Backspace");
  await page.keyboard.type("th");

  // Each keystroke is a version; wait for the one with the whole misspelt id.
  const problem = page
    .locator(`#problems li.error[data-line="${line}"]`)
    .getByText(`Line ${line}: ${expected[0]?.message}`, { exact: true });
  await problem.waitFor();
  expect(await page.locator("#problems li.error").count()).toBe(1);
  // The marker is drawn in the editor too, and the preview says why it stopped.
  await page.locator(".monaco-editor .squiggly-error").first().waitFor();
  await page.locator("#preview-status").filter({ hasText: "The pathway has 1 error" }).waitFor();
  mkdirSync(`${root}test-results`, { recursive: true });
  await page.screenshot({ path: `${root}test-results/playground.png` });

  // Fix it with the quick fix the language server offers: Ctrl+. on the marked id, then Enter.
  await page.keyboard.press("Control+Period");
  await page.locator(".action-widget").getByText("ptcb-cpht").first().waitFor();
  await page.keyboard.press("Enter");
  await problem.waitFor({ state: "detached" });
  expect(
    await page.locator(".monaco-editor .view-line").filter({ hasText: "ptcb-cpth" }).count(),
  ).toBe(0);
  await page.locator(".monaco-editor .squiggly-error").first().waitFor({ state: "detached" });
  await page.locator("#preview-status").filter({ hasText: "next steps as of" }).waitFor();

  // Ids complete where an id is expected (from the language server; the editor's word-based
  // suggestions are off): retype the value's start and ask (Ctrl+Space).
  await page.keyboard.press("End");
  await page.keyboard.press("Shift+Home");
  await page.keyboard.type("- credential: ptcb-c");
  await page.keyboard.press("Control+Space");
  await page.locator(".suggest-widget").getByText("ptcb-cspt").first().waitFor();
  await page.keyboard.press("Escape");
  expect(app.errors).toEqual([]);
});
