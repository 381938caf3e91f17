import { describe, expect, it } from "vitest";
import { validatePathway } from "./validate-pathway.js";

const pathway = (extra: string) =>
  JSON.parse(`{
    "pathwise": 1, "id": "demo", "title": "Demo", "reviewed": "2026-11-01",
    "sources": {}, "settings": {}, "strategies": {}, "credentials": {}, "steps": {},
    ${extra}
  }`);

describe("`__proto__` keys in data parsed from JSON", () => {
  it("are refused in maps keyed by ids, as the JSON Schema refuses them", () => {
    const result = validatePathway(
      pathway(`"roles": {}, "renamed": { "roles": { "__proto__": "lead-technician" } }`),
    );
    expect(result.ok).toBe(false);
    expect(result.diagnostics.map((d) => [d.code, d.path])).toEqual([
      ["invalid-id", ["renamed", "roles", "__proto__"]],
    ]);
  });

  it("are refused in a role's codes", () => {
    const result = validatePathway(
      pathway(`"roles": { "tech": { "title": "Tech", "codes": { "__proto__": "1" } } }`),
    );
    expect(result.diagnostics.map((d) => [d.code, d.path])).toEqual([
      ["invalid-id", ["roles", "tech", "codes", "__proto__"]],
    ]);
  });

  it("are reported once where zod reports them too", () => {
    const collection = validatePathway(pathway(`"roles": { "__proto__": { "title": "X" } }`));
    expect(collection.diagnostics.map((d) => [d.code, d.path])).toEqual([
      ["invalid-id", ["roles", "__proto__"]],
    ]);
    const field = validatePathway(pathway(`"roles": {}, "__proto__": 1`));
    expect(field.diagnostics.map((d) => [d.code, d.path])).toEqual([
      ["unknown-field", ["__proto__"]],
    ]);
  });
});
