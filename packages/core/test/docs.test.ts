import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { renderDiagnosticsDoc } from "../scripts/render-diagnostics-doc.js";
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
