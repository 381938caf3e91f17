// The pathway index answers as pickPathway does over every pathway it holds, through any
// sequence of changes, and analyses a changed pathway once, when a lookup needs it.
import { readFileSync } from "node:fs";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { createLanguageService, type ServiceDocument } from "../src/index.js";
import { pickPathway } from "../src/service/pathway-finder.js";
import { createPathwayIndex } from "../src/service/pathway-index.js";

const demo = readFileSync(
  new URL("../../core/test/fixtures/valid/input.yaml", import.meta.url),
  "utf8",
);
const service = createLanguageService({ today: "2026-11-24" });
// Valid and broken pathways of a few ids, and one that declares none.
const docs: ServiceDocument[] = ["a", "b", "c"].flatMap((id) => [
  service.analyze(demo.replace("id: demo", `id: ${id}`)),
  service.analyze(
    demo.replace("id: demo", `id: ${id}`).replace("strategy: certify", "strategy: x"),
  ),
]);
docs.push(service.analyze(demo.replace("id: demo\n", "")));

describe("the pathway index", () => {
  it("finds what pickPathway finds among all its pathways, through random changes", () => {
    const uri = fc.constantFrom(
      ...["1", "2", "3", "4", "5"].map((n) => `file:///p${n}.pathway.yaml`),
    );
    const change = fc.oneof(
      fc.record({ uri, doc: fc.nat({ max: docs.length - 1 }) }),
      fc.record({ uri, gone: fc.constant(true) }),
    );
    fc.assert(
      fc.property(fc.array(change, { maxLength: 12 }), (changes) => {
        const index = createPathwayIndex();
        const held = new Map<string, ServiceDocument>();
        for (const c of changes) {
          if ("gone" in c) {
            index.delete(c.uri);
            held.delete(c.uri);
          } else {
            const doc = docs[c.doc] as ServiceDocument;
            index.set(c.uri, () => doc);
            held.set(c.uri, doc);
          }
          for (const id of ["a", "b", "c", "d"]) {
            const all = [...held].map(([u, doc]) => ({ uri: u, doc }));
            expect(index.findPathway(id)?.uri).toBe(pickPathway(id, all)?.uri);
          }
          expect(index.size).toBe(held.size);
        }
      }),
    );
  });

  it("analyses a changed pathway once, at the next lookup, and forgets one that is gone", () => {
    const index = createPathwayIndex();
    let loads = 0;
    const load = () => {
      loads++;
      return docs[0];
    };
    for (let i = 0; i < 100; i++) index.set("file:///a.pathway.yaml", load);
    expect(loads).toBe(0);
    expect(index.findPathway("a")?.uri).toBe("file:///a.pathway.yaml");
    expect(index.findPathway("a")?.doc).toBe(docs[0]);
    expect(loads).toBe(1);
    index.set("file:///a.pathway.yaml", () => undefined);
    expect(index.findPathway("a")).toBeUndefined();
    expect(index.size).toBe(0);
  });
});
