// The wording helpers every sentence builder shares.
import { describe, expect, it } from "vitest";
import { count, lowerFirst, titleOf, upperFirst } from "../src/internal/text.js";

describe("wording helpers", () => {
  it("puts the noun in the plural for every count but one", () => {
    expect([0, 1, 2, 1.5].map((n) => count(n, "hour"))).toEqual([
      "0 hours",
      "1 hour",
      "2 hours",
      "1.5 hours",
    ]);
    expect(count(2, "entry", "entries")).toBe("2 entries");
  });

  it("lowers a sentence's first letter but keeps acronyms, and raises it back", () => {
    expect(lowerFirst("Earn the CPhT")).toBe("earn the CPhT");
    expect(lowerFirst("PTCB exam")).toBe("PTCB exam");
    expect(upperFirst("renewing costs $55")).toBe("Renewing costs $55");
  });

  it("titles an entity by its own key only, else shows the id", () => {
    const roles = { lead: { title: "Lead technician" } };
    expect(titleOf(roles, "lead")).toBe("Lead technician");
    expect(titleOf(roles, "constructor")).toBe("constructor");
    expect(titleOf(undefined, "lead")).toBe("lead");
  });
});
