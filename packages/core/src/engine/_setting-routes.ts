import type { Pathway } from "../model/pathway.js";

// The ways into each setting, worked out once per pathway: a plan asks for them every time it
// reaches a setting, and a scan of every step and role each time grew with the pathway's size.

/** The steps that grant a setting and the roles it has, each in the pathway's order. @internal */
export interface _SettingRoutes {
  readonly steps: readonly string[];
  readonly roles: readonly string[];
}

const indexes = new WeakMap<Pathway, ReadonlyMap<string, _SettingRoutes>>();
const none: _SettingRoutes = { steps: [], roles: [] };

/** The ways into setting `id`; kept until the pathway is garbage collected. @internal */
export function _settingRoutes(pathway: Pathway, id: string): _SettingRoutes {
  let index = indexes.get(pathway);
  if (!index) {
    index = buildIndex(pathway);
    indexes.set(pathway, index);
  }
  return index.get(id) ?? none;
}

function buildIndex(pathway: Pathway): Map<string, { steps: string[]; roles: string[] }> {
  const out = new Map<string, { steps: string[]; roles: string[] }>();
  const entry = (setting: string) => {
    let e = out.get(setting);
    if (!e) {
      e = { steps: [], roles: [] };
      out.set(setting, e);
    }
    return e;
  };
  for (const [id, step] of Object.entries(pathway.steps)) {
    if (step.grants?.setting !== undefined) entry(step.grants.setting).steps.push(id);
  }
  // A role listing a setting twice is one way in, as the scan it replaces found it once.
  for (const [id, role] of Object.entries(pathway.roles)) {
    for (const setting of new Set(role.settings ?? [])) entry(setting).roles.push(id);
  }
  return out;
}
