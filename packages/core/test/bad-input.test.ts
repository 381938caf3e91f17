import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { loadPathway, loadPathwayOrThrow, PathwiseError, validatePathway } from "../src/index.js";
import { fixturesDir } from "./fixtures.js";

const valid = readFileSync(`${fixturesDir}valid/input.yaml`, "utf8");
const codes = (text: string | Uint8Array, options = {}) =>
  loadPathway(text, options).diagnostics.map((d) => d.code);

describe("hostile and accidental input", () => {
  it("reports deep nesting at the default limit instead of overflowing the stack", () => {
    const deep = `pathwise: 1\nx: ${"[".repeat(5000)}${"]".repeat(5000)}\n`;
    expect(codes(deep)).toEqual(["too-deep"]);
    const block = `pathwise: 1\n${Array.from({ length: 200 }, (_, i) => `${" ".repeat(i * 2)}k${i}:`).join("\n")}\n`;
    expect(codes(block)).toEqual(["too-deep"]);
  });

  it("stops a billion-laughs alias bomb with the default budget", () => {
    let bomb = "a0: &a0 [x, x, x, x, x, x, x, x, x, x]\n";
    for (let i = 1; i < 10; i++)
      bomb += `a${i}: &a${i} [${Array(10)
        .fill(`*a${i - 1}`)
        .join(", ")}]\n`;
    expect(codes(`pathwise: 1\n${bomb}`)).toEqual(["alias-limit"]);
  });

  it("handles a megabyte-long line and positions after it", () => {
    const long = valid
      .replace("title: Demo pathway", `title: ${"x".repeat(1_000_000)}`)
      .replace("kind: certification", "kind: nope");
    const result = loadPathway(long);
    const kind = result.diagnostics.find((d) => d.path.at(-1) === "kind");
    expect(kind?.range?.start.line).toBe(15);
    expect(kind?.range?.start.column).toBe(11);
    expect(result.diagnostics.find((d) => d.path.at(-1) === "title")?.code).toBe("invalid-value");
  });

  it("loads a multi-megabyte pathway", () => {
    const roles = Array.from(
      { length: 25_000 },
      (_, i) =>
        `  role-${i}:\n    title: Role ${i}\n    settings: [clinic]\n    requires: { credential: basic-cert }\n`,
    ).join("");
    const big = valid.replace("roles:\n", `roles:\n${roles}`);
    expect(big.length).toBeGreaterThan(2_000_000);
    const result = loadPathway(big);
    expect(result.ok).toBe(true);
    expect(Object.keys(result.ok ? result.value.roles : {})).toHaveLength(25_002);
  });

  it("refuses files above the size limit without parsing them", () => {
    expect(codes("a: 1\n".repeat(10), { maxBytes: 20 })).toEqual(["too-large"]);
  });

  it("reports binary garbage as an encoding problem", () => {
    const bytes = new Uint8Array(256).map((_, i) => (i * 37) % 256);
    expect(codes(bytes)).toEqual(["invalid-encoding"]);
  });

  it("never pollutes Object.prototype through ids or keys", () => {
    const hostile = valid
      .replace("  senior:", "  __proto__:\n    polluted: yes\n    title: Hacked\n  senior:")
      .replace(
        "title: Demo pathway",
        "title: Demo pathway\n__proto__: { polluted: yes }\nconstructor: { prototype: { polluted: yes } }",
      );
    const result = loadPathway(hostile);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    expect(Object.prototype).not.toHaveProperty("polluted");
    expect(result.diagnostics.map((d) => d.code)).toEqual([
      "unknown-field",
      "unknown-field",
      "invalid-id",
    ]);
  });

  it("treats JSON as YAML", () => {
    const result = loadPathway(JSON.stringify({ pathwise: 1, id: "x" }));
    expect(result.diagnostics.map((d) => `${d.code}:${d.range?.start.line}`)).toContain(
      "missing-field:1",
    );
  });

  it("validates parsed data without ranges", () => {
    const result = validatePathway({
      pathwise: 1,
      id: "x",
      title: "X",
      reviewed: "2026-01-01",
      sources: {},
      settings: {},
      strategies: {},
      credentials: {},
      roles: { a: { title: "A", requires: { role: "b" } } },
      steps: {},
    });
    expect(result.ok).toBe(false);
    expect(result.diagnostics).toEqual([
      expect.objectContaining({
        code: "unknown-reference",
        path: ["roles", "a", "requires", "role"],
      }),
    ]);
    expect(result.diagnostics[0]).not.toHaveProperty("range");
    expect(validatePathway(null).diagnostics.map((d) => d.code)).toEqual(["wrong-type"]);
  });

  it("throws one error class, carrying the diagnostics, only from the OrThrow convenience", () => {
    expect(() => loadPathwayOrThrow("pathwise: 3\n")).toThrowError(PathwiseError);
    try {
      loadPathwayOrThrow("pathwise: 3\n");
    } catch (error) {
      expect((error as PathwiseError).code).toBe("invalid-content");
      expect((error as PathwiseError).diagnostics.map((d) => d.code)).toEqual([
        "unsupported-version",
      ]);
    }
    expect(loadPathwayOrThrow(valid).id).toBe("demo");
  });
});
