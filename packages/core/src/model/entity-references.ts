import type { PathSegment } from "../diagnostics/diagnostic.js";
import { appendAll } from "../internal/append.js";
import { type DerivedMemo, memoTable, remembered } from "../internal/derived-memo.js";
import type { Condition } from "./condition.js";
import type { Credential } from "./credential.js";
import type { EntityKind } from "./entity-kind.js";
import type { Pathway, Role, Setting, Step } from "./pathway.js";
import type { Reference } from "./references.js";

type Add = (
  kind: EntityKind,
  id: string,
  path: PathSegment[],
  inCondition?: boolean,
  negated?: boolean,
) => void;

/**
 * The references made inside the entities of a pathway (everything but the `renamed` map), in
 * document order of collections. An entity's references depend on its id and data alone, so
 * with a memo they are reused while its data object is.
 * @internal
 */
export function entityReferences(pathway: Pathway, memo?: DerivedMemo): Reference[] {
  const out: Reference[] = [];
  const table = memoTable(memo, "references");
  const each = <T>(
    collection: string,
    kind: string,
    record: Readonly<Record<string, T>> | undefined,
    collect: (entity: T, base: PathSegment[], add: Add) => void,
  ) => {
    for (const [id, entity] of Object.entries(record ?? {})) {
      const from = `${kind}:${id}`;
      const found = remembered(table, entity, collection, id, () => {
        const own: Reference[] = [];
        const add: Add = (k, target, path, inCondition = false, negated = false) =>
          own.push({ kind: k, id: target, path, from, inCondition, negated, inRenamed: false });
        collect(entity, [collection, id], add);
        return own;
      });
      appendAll(out, found);
    }
  };
  each("settings", "setting", pathway.settings, settingReferences);
  each("credentials", "credential", pathway.credentials, credentialReferences);
  each("roles", "role", pathway.roles, roleReferences);
  each("steps", "step", pathway.steps, stepReferences);
  return out;
}

function sources(list: readonly string[] | undefined, base: PathSegment[], add: Add): void {
  list?.forEach((id, i) => add("source", id, [...base, "sources", i]));
}

function settingReferences(setting: Setting, base: PathSegment[], add: Add): void {
  sources(setting.sources, base, add);
}

function credentialReferences(credential: Credential, base: PathSegment[], add: Add): void {
  if (credential.requires) walkCondition(credential.requires, [...base, "requires"], add);
  const ce = credential.renewal?.ce;
  for (const bound of ["minimum", "maximum"] as const) {
    for (const category of Object.keys(ce?.[bound] ?? {})) {
      add("ceCategory", category, [...base, "renewal", "ce", bound, category]);
    }
  }
  for (const list of ["excludes", "only"] as const) {
    ce?.[list]?.forEach((category, i) =>
      add("ceCategory", category, [...base, "renewal", "ce", list, i]),
    );
  }
  credential.implies?.forEach((other, i) => add("credential", other, [...base, "implies", i]));
  sources(credential.sources, base, add);
}

function roleReferences(role: Role, base: PathSegment[], add: Add): void {
  role.settings?.forEach((s, i) => add("setting", s, [...base, "settings", i]));
  if (role.requires) walkCondition(role.requires, [...base, "requires"], add);
  sources(role.sources, base, add);
}

function stepReferences(step: Step, base: PathSegment[], add: Add): void {
  add("strategy", step.strategy, [...base, "strategy"]);
  if (step.requires) walkCondition(step.requires, [...base, "requires"], add);
  const g = step.grants;
  if (g?.credential) add("credential", g.credential, [...base, "grants", "credential"]);
  if (g?.role) add("role", g.role, [...base, "grants", "role"]);
  if (g?.setting) add("setting", g.setting, [...base, "grants", "setting"]);
  g?.ce?.categories?.forEach((c, i) =>
    add("ceCategory", c, [...base, "grants", "ce", "categories", i]),
  );
  if (step.renews) add("credential", step.renews, [...base, "renews"]);
  step.advances?.forEach((goal, i) => {
    const [kind, target] = goal.split(":") as [EntityKind, string];
    add(kind, target, [...base, "advances", i]);
  });
  sources(step.sources, base, add);
}

function walkCondition(c: Condition, path: PathSegment[], add: Add, negated = false): void {
  if ("all" in c) c.all.forEach((x, i) => walkCondition(x, [...path, "all", i], add, negated));
  else if ("any" in c) c.any.forEach((x, i) => walkCondition(x, [...path, "any", i], add, negated));
  else if ("not" in c) walkCondition(c.not, [...path, "not"], add, !negated);
  else if ("atLeast" in c)
    c.of.forEach((x, i) => walkCondition(x, [...path, "of", i], add, negated));
  else if ("credential" in c)
    add("credential", c.credential, [...path, "credential"], true, negated);
  else if ("role" in c) add("role", c.role, [...path, "role"], true, negated);
  else if ("step" in c) add("step", c.step, [...path, "step"], true, negated);
  else if ("setting" in c) add("setting", c.setting, [...path, "setting"], true, negated);
  else if ("experience" in c) {
    if (c.experience.role)
      add("role", c.experience.role, [...path, "experience", "role"], true, negated);
    if (c.experience.setting)
      add("setting", c.experience.setting, [...path, "experience", "setting"], true, negated);
  }
}
