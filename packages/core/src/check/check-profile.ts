import type { PathSegment } from "../diagnostics/diagnostic.js";
import { type DraftDiagnostic, makeDiagnostic } from "../diagnostics/make-diagnostic.js";
import { appendAll } from "../internal/append.js";
import { didYouMean, suggestClosest } from "../internal/suggest.js";
import { collectionOf, type EntityKind, kindLabel } from "../model/entity-kind.js";
import type { Pathway } from "../model/pathway.js";
import type { Profile } from "../model/profile.js";
import { hasId } from "../model/references.js";
import { isRenamedKind, resolveRename } from "../model/renames.js";
import { checkOverlaps } from "./check-overlaps.js";

/**
 * Checks a profile against the pathway it is for: ids the pathway does not define (with the
 * closest ids), ids the pathway has renamed (a warning carrying the current id, which
 * `applyRenames` puts in the loaded profile), a profile for another pathway, dates after the evaluation date, periods that end
 * before they start, and overlapping jobs.
 */
export function checkProfile(
  profile: Profile,
  pathway: Pathway,
  today?: string,
): DraftDiagnostic[] {
  const out: DraftDiagnostic[] = [];
  if (profile.pathway !== pathway.id) {
    out.push(
      makeDiagnostic(
        "profile-mismatch",
        `Expected a profile for pathway \`${pathway.id}\`, found one for \`${profile.pathway}\`.`,
        ["pathway"],
        { data: { expected: pathway.id, found: profile.pathway } },
      ),
    );
    return out;
  }
  const ref = (kind: EntityKind, id: string | undefined, path: PathSegment[]) => {
    if (id === undefined) return;
    const collection = pathway[collectionOf[kind]] as Record<string, unknown> | undefined;
    if (hasId(collection, id)) return;
    const renamed = isRenamedKind(kind) ? resolveRename(pathway, kind, id) : undefined;
    if (renamed !== undefined) {
      out.push(
        makeDiagnostic(
          "renamed-id",
          `\`${id}\` was renamed to \`${renamed}\`; the profile loads with \`${renamed}\`. Change it, or run \`pathwise migrate --write\`.`,
          path,
          { suggestions: [renamed], data: { kind, id, renamedTo: renamed } },
        ),
      );
      return;
    }
    const suggestions = suggestClosest(id, Object.keys(collection ?? {}));
    out.push(
      makeDiagnostic(
        "unknown-reference",
        `Expected a ${kindLabel[kind]} of pathway \`${pathway.id}\`, found \`${id}\`${didYouMean(suggestions)}`,
        path,
        { suggestions, data: { kind, id } },
      ),
    );
  };
  const future = (value: string | undefined, path: PathSegment[]) => {
    if (value && today && value > today) {
      out.push(
        makeDiagnostic(
          "future-date",
          `Expected a date on or before ${today}, found ${value}.`,
          path,
          { data: { date: value, today } },
        ),
      );
    }
  };
  const period = (
    startKey: string,
    start: string,
    endKey: string,
    end: string | undefined,
    at: PathSegment[],
  ) => {
    if (end && end < start) {
      out.push(
        makeDiagnostic(
          "invalid-period",
          `Expected \`${endKey}\` on or after \`${startKey}\` (${start}), found ${end}.`,
          [...at, endKey],
        ),
      );
    }
  };
  ref("role", profile.role, ["role"]);
  ref("setting", profile.setting, ["setting"]);
  profile.history?.forEach((h, i) => {
    ref("role", h.role, ["history", i, "role"]);
    ref("setting", h.setting, ["history", i, "setting"]);
    future(h.from, ["history", i, "from"]);
    future(h.to, ["history", i, "to"]);
    period("from", h.from, "to", h.to, ["history", i]);
  });
  appendAll(out, checkOverlaps(profile.history ?? []));
  profile.credentials?.forEach((c, i) => {
    ref("credential", c.id, ["credentials", i, "id"]);
    future(c.earned, ["credentials", i, "earned"]);
    future(c.renewed, ["credentials", i, "renewed"]);
    period("earned", c.earned, "renewed", c.renewed, ["credentials", i]);
  });
  profile.completed?.forEach((c, i) => {
    ref("step", c.step, ["completed", i, "step"]);
    future(c.date, ["completed", i, "date"]);
  });
  profile.ce?.forEach((c, i) => {
    c.categories.forEach((cat, j) => ref("ceCategory", cat, ["ce", i, "categories", j]));
    future(c.date, ["ce", i, "date"]);
  });
  profile.goals?.forEach((g, i) => {
    if ("role" in g) ref("role", g.role, ["goals", i, "role"]);
    else if ("setting" in g) ref("setting", g.setting, ["goals", i, "setting"]);
    else ref("credential", g.credential, ["goals", i, "credential"]);
  });
  for (const key of ["next", "includes", "excludes", "plan"] as const) {
    profile.expect?.[key]?.forEach((id, i) => ref("step", id, ["expect", key, i]));
  }
  return out;
}
