// `--locale` on the engine commands of the built CLI, with the commands docs/cli.md shows.
import { describe, expect, it } from "vitest";
import { pathwise } from "./pathwise.js";

const p = "pathways/pharmacy-technician.pathway.yaml";
const persona = "pathways/profiles/renewing-hospital-technician.profile.yaml";

describe("pathwise --locale", () => {
  it("prints next steps and their reasons in Spanish", () => {
    const run = pathwise(["next", "-p", p, "-P", persona, "--locale", "es"]);
    expect(run.code).toBe(0);
    expect(run.stdout).toMatch(/^Próximos pasos al 24\/11\/2026:\n {2}1\. /);
    expect(run.stdout).toContain("Cuenta para renovar su credencial");
    expect(run.stdout).toContain("\nCredenciales:\n");
    expect(run.stdout).not.toMatch(/Next steps|It counts toward|Credentials:/);
  });

  it("gives --json reasons their code and data, in the locale's words", () => {
    const run = pathwise(["next", "-p", p, "-P", persona, "--locale", "es", "--json"]);
    expect(run.code).toBe(0);
    const reasons = JSON.parse(run.stdout).steps.flatMap((s: { reasons: unknown[] }) => s.reasons);
    const ce = reasons.find((r: { code: string }) => r.code === "ce-needed");
    expect(ce.data).toMatchObject({ credential: "texas-technician-registration", hours: 2 });
    expect(ce.message).toMatch(/^Cuenta para renovar/);
  });

  it("prints a plan and an explanation in Spanish", () => {
    const plan = pathwise([
      "plan",
      "-p",
      p,
      "-P",
      persona,
      "--goal",
      "credential:ptcb-cspt",
      "--locale",
      "es",
    ]);
    expect(plan.code).toBe(0);
    expect(plan.stdout).toMatch(/^Puede alcanzar .* el \d\d\/\d\d\/\d{4} con \d+ pasos?/);
    // Money in the total as in every other sentence: the catalog's `$199`, not `199 USD`.
    expect(plan.stdout).toMatch(/\nTotal: \d+ pasos?, \$\d+, /);
    expect(plan.stdout).toContain("Supone: Sigue trabajando como");
    const why = pathwise(["explain", "-p", p, "-P", persona, "earn-ptcb-cpht", "--locale", "es"]);
    expect(why.code).toBe(0);
    expect(why.stdout).toMatch(/\(paso earn-ptcb-cpht\): /);
  });

  it("keeps English the default, and refuses an unknown locale as a usage error", () => {
    const en = pathwise(["next", "-p", p, "-P", persona, "--locale", "en"]);
    expect(en.stdout).toBe(pathwise(["next", "-p", p, "-P", persona]).stdout);
    const fr = pathwise(["next", "-p", p, "-P", persona, "--locale", "fr"]);
    expect(fr.code).toBe(2);
    expect(fr.stdout).toBe("");
    expect(fr.stderr).toContain("Option `--locale` expects `en`, `es`, found `fr`");
  });
});
