// The live preview: the next steps the engine gives a sample profile for the text being edited.
// At most one request is in flight; edits made meanwhile are sent as one when it returns.
import type * as Monaco from "monaco-editor/esm/vs/editor/editor.api.js";
import PreviewWorker from "./preview.worker.ts?worker";
import type { PreviewAnswer, PreviewRequest } from "./preview-protocol.js";

const samples = Object.entries(
  import.meta.glob<string>("../../../pathways/profiles/*.profile.yaml", {
    query: "?raw",
    import: "default",
    eager: true,
  }),
).map(([path, text]) => ({
  file: path.slice(path.lastIndexOf("/") + 1),
  name: /^name:\s*(.+)$/m.exec(text)?.[1] ?? path,
  text,
}));

/** Shows the next steps for the chosen sample profile, as of its own date or else `today`. */
export function startPreview(model: Monaco.editor.ITextModel, today: string): void {
  const select = document.getElementById("profile") as HTMLSelectElement;
  const status = document.getElementById("preview-status") as HTMLElement;
  const list = document.getElementById("preview") as HTMLOListElement;
  const worker = new PreviewWorker({ name: "pathwise-preview" });
  let sent = 0;
  let inFlight = false;
  let stale = false;

  select.append(
    ...samples.map((sample) => {
      const option = document.createElement("option");
      option.value = sample.file;
      option.textContent = sample.name;
      return option;
    }),
  );

  const request = () => {
    if (inFlight) {
      stale = true;
      return;
    }
    inFlight = true;
    stale = false;
    const sample = samples.find((s) => s.file === select.value) ?? samples[0];
    const message: PreviewRequest = {
      id: ++sent,
      pathway: model.getValue(),
      profile: sample?.text ?? "",
      today,
    };
    worker.postMessage(message);
  };

  worker.onmessage = (event: MessageEvent<PreviewAnswer>) => {
    inFlight = false;
    if (stale) {
      request();
      return;
    }
    const answer = event.data;
    if (!answer.ok) {
      status.textContent = answer.message;
      list.replaceChildren();
      return;
    }
    status.textContent = `${answer.steps.length} next steps as of ${answer.date}.`;
    list.replaceChildren(
      ...answer.steps.map((step) => {
        const item = document.createElement("li");
        item.dataset.step = step.step;
        const title = document.createElement("strong");
        title.textContent = step.title;
        const strategy = document.createElement("span");
        strategy.className = "meta";
        strategy.textContent = ` · ${step.strategy}`;
        const reasons = document.createElement("ul");
        reasons.append(
          ...step.reasons.map((reason) => {
            const li = document.createElement("li");
            li.textContent = reason;
            return li;
          }),
        );
        item.append(title, strategy, reasons);
        return item;
      }),
    );
  };

  select.addEventListener("change", request);
  model.onDidChangeContent(request);
  request();
}
