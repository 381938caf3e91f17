import Ajv from "ajv";
import addFormats from "ajv-formats";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { validatePathway } from "../validate/validate-pathway.js";
import { httpUrlPattern } from "./source.js";

describe("httpUrlPattern", () => {
  it("accepts http and https URLs as sources write them", () => {
    for (const url of [
      "https://www.ptcb.org/credentials/medication-history-certificate",
      "http://online.onetcenter.org/link/summary/29-2052.00",
      "https://texreg.sos.state.tx.us/public/readtac%24ext.TacPage?sl=R&app=9&p_dir=&pg=1",
      "https://example.org:8443/a/(b)/?q=1&r=a:b#top",
      "https://localhost",
    ])
      expect(httpUrlPattern.test(url), url).toBe(true);
  });

  it("refuses spaces, other schemes, bad escapes and characters outside URIs", () => {
    for (const url of [
      "https://example.org/a b",
      "https://exa mple.org/",
      "ftp://example.org/",
      "https:example.org",
      "https://",
      "https://example.org/%zz",
      "https://example.org/\u00e4",
      "https://example.org/a|b",
      "https://user@example.org/",
      "https://-a.example/",
    ])
      expect(httpUrlPattern.test(url), url).toBe(false);
  });

  it("accepts only URLs that are also a JSON Schema `uri` (what editors check)", () => {
    const ajv = new Ajv();
    addFormats(ajv);
    const isUri = ajv.compile({ type: "string", format: "uri" });
    const url = fc.oneof(
      fc.webUrl({ withQueryParameters: true, withFragments: true }),
      fc
        .string({ unit: fc.constantFrom(..."hts:/.?#%[]@!$&'()*+,;=-_~aZ09 \u00e4") })
        .map((rest) => `https://a.${rest}`),
    );
    fc.assert(
      fc.property(url, (u) => !httpUrlPattern.test(u) || isUri(u) === true),
      { seed: 17, numRuns: 5000 },
    );
  });

  it("makes the core refuse a source URL with a space, which a URL parser would encode", () => {
    const result = validatePathway({
      pathwise: 1,
      id: "demo",
      title: "Demo",
      reviewed: "2026-11-01",
      sources: { a: { title: "A", url: "https://example.org/a b", accessed: "2026-11-01" } },
      settings: {},
      strategies: {},
      credentials: {},
      roles: {},
      steps: {},
    });
    expect(result.diagnostics.map((d) => [d.code, d.message])).toEqual([
      [
        "invalid-value",
        "Expected an http or https URL for `url`, found `https://example.org/a b`.",
      ],
    ]);
  });
});
