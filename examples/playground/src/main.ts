// The playground page: Monaco with monaco-yaml (completion and hover from the generated JSON
// Schema), Pathwise diagnostics from the language server in a worker, and a live preview.
import pathwaySchema from "@pathwise/core/pathway.schema.json";
// The editor with its standard features and YAML highlighting, without Monaco's other languages.
import "monaco-editor/esm/vs/editor/edcore.main.js";
import "monaco-editor/esm/vs/basic-languages/yaml/yaml.contribution.js";
import * as monaco from "monaco-editor/esm/vs/editor/editor.api.js";
import EditorWorker from "monaco-editor/esm/vs/editor/editor.worker?worker";
import { configureMonacoYaml } from "monaco-yaml";
import YamlWorker from "monaco-yaml/yaml.worker?worker";
import pathwayText from "../../../pathways/pharmacy-technician.pathway.yaml?raw";
import { connectPathwise, markerOwner } from "./pathwise-client.js";
import { startPreview } from "./preview.js";
import "./styles.css";

window.MonacoEnvironment = {
  getWorker: (_workerId, label) => (label === "yaml" ? new YamlWorker() : new EditorWorker()),
};

// The file's modeline (`$schema=../packages/core/schema/pathway.schema.json`) resolves to this
// URI, so the schema is found in memory whether the modeline is there or not.
const schemaUri = "file:///packages/core/schema/pathway.schema.json";
configureMonacoYaml(monaco, {
  enableSchemaRequest: false,
  // Pathwise's own diagnostics include the schema's, with the CLI's wording and one per
  // problem; monaco-yaml's would repeat them.
  validate: false,
  schemas: [{ uri: schemaUri, fileMatch: ["**/*.pathway.yaml"], schema: pathwaySchema as object }],
});

const model = monaco.editor.createModel(
  pathwayText,
  "yaml",
  monaco.Uri.parse("file:///pathways/pharmacy-technician.pathway.yaml"),
);
const editor = monaco.editor.create(document.getElementById("editor") as HTMLElement, {
  model,
  automaticLayout: true,
  minimap: { enabled: false },
  tabSize: 2,
  // Ids come from the language server, which knows which kind of id fits where.
  wordBasedSuggestions: "off",
  ariaLabel: "Pathway YAML",
});

/** Lists the Pathwise markers beside the editor; each item moves the cursor to its problem. */
function showProblems() {
  const markers = monaco.editor.getModelMarkers({ owner: markerOwner, resource: model.uri });
  const list = document.getElementById("problems") as HTMLUListElement;
  const status = document.getElementById("problems-status") as HTMLElement;
  const errors = markers.filter((m) => m.severity === monaco.MarkerSeverity.Error).length;
  status.textContent =
    markers.length === 0
      ? "No problems."
      : `${markers.length} ${markers.length === 1 ? "problem" : "problems"}, ${errors} ${errors === 1 ? "error" : "errors"}.`;
  list.replaceChildren(
    ...markers.map((marker) => {
      const item = document.createElement("li");
      item.className = marker.severity === monaco.MarkerSeverity.Error ? "error" : "warning";
      item.dataset.line = String(marker.startLineNumber);
      const button = document.createElement("button");
      button.type = "button";
      button.textContent = `Line ${marker.startLineNumber}: ${marker.message}`;
      button.addEventListener("click", () => {
        editor.setSelection({
          startLineNumber: marker.startLineNumber,
          startColumn: marker.startColumn,
          endLineNumber: marker.endLineNumber,
          endColumn: marker.endColumn,
        });
        editor.revealLineInCenter(marker.startLineNumber);
        editor.focus();
      });
      item.append(button);
      return item;
    }),
  );
}
// The page may read the clock; the engine and the language service never do.
const today = new Date().toISOString().slice(0, 10);
startPreview(model, today);
await connectPathwise(monaco, model, { today, onPublish: showProblems });
