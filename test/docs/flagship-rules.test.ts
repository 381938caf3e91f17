// docs/flagship-rules.md must be what `pathwise describe` prints for the flagship today.
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
// @ts-expect-error a plain ESM script without types
import { renderFlagshipRulesPage } from "./write-flagship-rules.mjs";

const page = readFileSync(new URL("../../docs/flagship-rules.md", import.meta.url), "utf8");

describe("docs/flagship-rules.md", () => {
  it("is the CLI's current description of the flagship (run `pnpm run docs:rules`)", () => {
    expect(page).toBe(renderFlagshipRulesPage());
  });

  it("says what is left out and cites a source for every credential", () => {
    expect(page).toContain("## What the pathway leaves out, and why");
    const credentials = page.split("\n### Credentials\n")[1]?.split("\n### Roles\n")[0] ?? "";
    const entries = credentials.split("\n#### ").slice(1);
    expect(entries.length).toBeGreaterThanOrEqual(12);
    for (const entry of entries) expect(entry, entry.split("\n")[0]).toMatch(/Sources: \[/);
  });
});
