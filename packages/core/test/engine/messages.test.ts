// The message catalogs: complete in every shipped locale, with the same placeholders as English,
// and sufficient: every sentence of every answer renders again from its code and data alone.
import { readdirSync, readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { parseTemplate, placeholdersOf } from "../../src/engine/messages/template.js";
import {
  englishMessages,
  explain,
  formatMessage,
  type Goal,
  loadProfile,
  messagesFor,
  type Profile,
  planRoute,
  recommendSteps,
  renderRecommendations,
  spanishMessages,
} from "../../src/index.js";
import { flagship, today } from "./helpers.js";

const pathway = flagship();
const folder = new URL("../../../../pathways/profiles/", import.meta.url);
const personas: [string, Profile][] = readdirSync(folder)
  .filter((f) => f.endsWith(".profile.yaml"))
  .sort()
  .map((file) => {
    const loaded = loadProfile(readFileSync(new URL(file, folder)), { pathway, today });
    if (!loaded.ok) throw new Error(JSON.stringify(loaded.diagnostics));
    return [file, loaded.value];
  });

/** Every piece of an answer that has a code, data and a sentence (or a plan item's title). */
function pieces(value: unknown, out: Record<string, unknown>[] = []): Record<string, unknown>[] {
  if (Array.isArray(value)) for (const v of value) pieces(v, out);
  else if (typeof value === "object" && value !== null) {
    const o = value as Record<string, unknown>;
    if (typeof o.code === "string" && typeof o.data === "object") out.push(o);
    for (const v of Object.values(o)) pieces(v, out);
  }
  return out;
}

describe("message catalogs", () => {
  const shipped = { en: englishMessages, es: spanishMessages };

  it("has every code in every shipped catalog, with the placeholders of the English one", () => {
    for (const [locale, catalog] of Object.entries(shipped)) {
      expect({ locale, keys: Object.keys(catalog).sort() }).toEqual({
        locale,
        keys: Object.keys(englishMessages).sort(),
      });
      for (const [key, template] of Object.entries(englishMessages)) {
        const theirs = (catalog as Record<string, string>)[key] as string;
        const names = (t: string) => [...placeholdersOf(parseTemplate(t))].sort();
        expect({ locale, key, names: names(theirs) }).toEqual({
          locale,
          key,
          names: names(template),
        });
      }
    }
  });

  it("resolves the shipped locales and refuses others", () => {
    expect(messagesFor("es")).toBe(spanishMessages);
    expect(() => messagesFor("fr")).toThrow(/`en` or `es`, found `fr`/);
  });

  it("renders every sentence of every flagship answer again from its code and data", () => {
    let checked = 0;
    for (const [file, person] of personas) {
      const options = { date: person.date ?? today, limit: 50 };
      const goals: Goal[] = Object.keys(pathway.roles).map((role) => ({ role }));
      const answers = [
        recommendSteps(pathway, person, options),
        ...goals.map((g) => planRoute(pathway, person, g, options)),
        ...Object.keys(pathway.credentials).map((id) =>
          explain(pathway, person, `credential:${id}`, options),
        ),
        ...Object.keys(pathway.steps)
          .slice(0, 20)
          .map((id) => explain(pathway, person, `step:${id}`, options)),
      ];
      for (const piece of pieces(answers)) {
        const text = formatMessage(englishMessages, piece.code as string, piece.data as object);
        const said = "message" in piece ? piece.message : piece.title;
        expect({ file, code: piece.code, said }).toEqual({ file, code: piece.code, said: text });
        checked++;
      }
    }
    expect(checked).toBeGreaterThan(1000);
  });

  it("answers a flagship persona in Spanish, every sentence from the catalog", () => {
    const person = personas.find(([f]) => f.startsWith("renewing-hospital"))?.[1] as Profile;
    const next = recommendSteps(pathway, person, {
      date: person.date ?? today,
      messages: spanishMessages,
    });
    const texts = next.steps.flatMap((s) => s.reasons.map((r) => r.message));
    expect(texts).toContain(
      "Cuenta para renovar su credencial Registered pharmacy technician (Texas): faltan 2 horas antes del 06/01/2027.",
    );
    const text = renderRecommendations(next, { messages: spanishMessages });
    expect(text.startsWith("Próximos pasos al 24/11/2026:\n")).toBe(true);
    expect(text).toContain("Credenciales:");
    // No code fell back to its bracketed key, and no English label is left.
    expect(text).not.toMatch(/\[[a-z.-]+\]|Next steps|Credentials:|It costs/);
  });
});
