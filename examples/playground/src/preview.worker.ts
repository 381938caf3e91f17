// Runs the engine on the text being edited, off the page's thread: load the pathway (the same
// checks as the CLI), load the sample profile against it, and rank the next steps.
import { createParseCache, loadPathway, loadProfile, recommendSteps } from "@pathwise/core";
import type { PreviewAnswer, PreviewRequest } from "./preview-protocol.js";

// Unchanged entries of the pathway are not parsed again between versions.
const cache = createParseCache();
const answer = (message: PreviewAnswer) => self.postMessage(message);

self.onmessage = (event: MessageEvent<PreviewRequest>) => {
  const { id, today } = event.data;
  const pathway = loadPathway(event.data.pathway, { today, cache });
  if (!pathway.ok) {
    const errors = pathway.diagnostics.filter((d) => d.severity === "error").length;
    answer({
      id,
      ok: false,
      message: `The pathway has ${errors === 1 ? "1 error" : `${errors} errors`}; fix ${errors === 1 ? "it" : "them"} to see the preview.`,
    });
    return;
  }
  const profile = loadProfile(event.data.profile, { pathway: pathway.value, today });
  if (!profile.ok) {
    const first = profile.diagnostics.find((d) => d.severity === "error") ?? profile.diagnostics[0];
    answer({
      id,
      ok: false,
      message: `The sample profile no longer fits the pathway: ${first?.message}`,
    });
    return;
  }
  const date = profile.value.date ?? today;
  const result = recommendSteps(pathway.value, profile.value, { date, limit: 5 });
  answer({
    id,
    ok: true,
    date,
    steps: result.steps.map((step) => ({
      step: step.step,
      title: step.title,
      strategy: step.strategyTitle,
      reasons: step.reasons.map((reason) => reason.message),
    })),
  });
};
