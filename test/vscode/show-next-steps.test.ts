// The "Pathwise: Show next steps for profile" command without an editor: the extension's logic
// with the editor's parts handed in.
import { describe, expect, it } from "vitest";
import {
  type ShowNextStepsHost,
  showNextSteps,
} from "../../packages/vscode/src/show-next-steps.js";

function host(overrides: Partial<ShowNextStepsHost> = {}) {
  const shown: { preview: string[]; errors: string[]; requests: unknown[][] } = {
    preview: [],
    errors: [],
    requests: [],
  };
  const value: ShowNextStepsHost = {
    activeUri: "file:///ws/me.profile.yaml",
    executeCommand: async (command, args) => {
      shown.requests.push([command, ...args]);
      return {
        uri: args[0],
        pathway: "file:///ws/pathways/demo.pathway.yaml",
        date: "2026-11-24",
        text: "Next steps on 2026-11-24:\n  1. Earn the basic certificate\n",
      };
    },
    displayPath: (uri) => uri.replace("file:///ws/", ""),
    showPreview: (text) => shown.preview.push(text),
    showError: (message) => shown.errors.push(message),
    ...overrides,
  };
  return { value, shown };
}

describe("Show next steps for profile", () => {
  it("asks the server for the active profile's next steps and shows the text", async () => {
    const { value, shown } = host();
    await showNextSteps(value);
    expect(shown).toEqual({
      requests: [["pathwise.nextSteps", "file:///ws/me.profile.yaml"]],
      preview: [
        "me.profile.yaml against pathways/demo.pathway.yaml\n\nNext steps on 2026-11-24:\n  1. Earn the basic certificate\n",
      ],
      errors: [],
    });
  });

  it("says what to do when the active file is not a profile, or the server is off", async () => {
    const notProfile = host({ activeUri: "file:///ws/demo.pathway.yaml" });
    await showNextSteps(notProfile.value);
    const none = host({ activeUri: undefined });
    await showNextSteps(none.value);
    const off = host({ executeCommand: undefined });
    await showNextSteps(off.value);
    expect([notProfile, none, off].map((h) => [h.shown.errors, h.shown.requests])).toEqual([
      [["Open a `*.profile.yaml` file to see its next steps."], []],
      [["Open a `*.profile.yaml` file to see its next steps."], []],
      [["The Pathwise language server is off; turn on `pathwise.enable`."], []],
    ]);
  });

  it("shows the server's error message", async () => {
    const { value, shown } = host({
      executeCommand: async () => {
        throw new Error("Expected a profile without errors, found 1 error: …");
      },
    });
    await showNextSteps(value);
    expect(shown.errors).toEqual(["Expected a profile without errors, found 1 error: …"]);
    expect(shown.preview).toEqual([]);
  });
});
