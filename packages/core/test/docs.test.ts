import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { renderDiagnosticsDoc } from "../scripts/render-diagnostics-doc.js";
import { renderFormatReference } from "../scripts/render-format-reference.js";
import { allDiagnosticCodes } from "../src/index.js";

const doc = readFileSync(new URL("../../../docs/diagnostics.md", import.meta.url), "utf8");

describe("docs/diagnostics.md", () => {
  it("is up to date with the code list and fixtures (run `pnpm docs:diagnostics`)", () => {
    expect(doc).toBe(renderDiagnosticsDoc());
  });

  it("has a section with a fix and an example for every code", () => {
    for (const code of allDiagnosticCodes) {
      const section = doc.split(`\n## ${code}\n`)[1]?.split("\n## ")[0] ?? "";
      expect(section, code).toContain("**How to fix:**");
      expect(section, code).toContain("Example:");
    }
  });
});

describe("docs/format-reference.md", () => {
  it("lists every field of the schemas (run `pnpm --filter @pathwise/core run docs:format`)", () => {
    const reference = readFileSync(
      new URL("../../../docs/format-reference.md", import.meta.url),
      "utf8",
    );
    expect(reference).toBe(renderFormatReference());
    expect(reference).toContain("| `credentials.<id>.renewal.ce.hours` | number | yes |");
    expect(reference).toContain("| `ce[].categories` | list of string | yes |");
  });
});
