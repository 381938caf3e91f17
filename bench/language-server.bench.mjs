// Diagnostics latency of the built language server over stdio: each edit is sent as its own
// didChange and the bench waits for that version's diagnostics before sending the next (no
// coalesced burst). A generated pathway of about 5,000 lines that uses YAML aliases (an anchor
// in one role, aliases in others, as content repositories write them), next to the same pathway
// without them, edits interleaved (A B A B); and the bare `yaml` parse of the same text, the floor
// for any server built on that parser. Also the server's memory after a burst of edits, and the
// latency after an edit of a profile checked against that pathway.

import { spawn } from "node:child_process";
import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import {
  createMessageConnection,
  StreamMessageReader,
  StreamMessageWriter,
} from "vscode-jsonrpc/node";
import { parseDocument } from "../packages/core/node_modules/yaml/dist/index.js";
import { median, quantile, quick } from "./_support.mjs";
import { generatePathway } from "./corpus.mjs";

const targetLines = quick ? 500 : 5000;
const editCount = quick ? 5 : 60;
let roles = 20;
let text = generatePathway({ roles, seed: 3 });
while (text.split("\n").length < targetLines) {
  roles += 20;
  text = generatePathway({ roles, seed: 3 });
}
const lines = text.split("\n").length;
// The same pathway with an anchor on role-0's settings and an alias in every tenth role.
let aliased = text
  .replace("id: generated\n", "id: generated-aliases\n")
  .replace(/( {2}role-0:\n.*\n {4}settings: )/, "$1&where ");
for (let i = 10; i < roles; i += 10)
  aliased = aliased.replace(
    new RegExp(`( {2}role-${i}:\n.*\n {4}settings: )\\[\\w+\\]`),
    "$1*where",
  );
const aliases = aliased.split("*where").length - 1;

const server = spawn(
  process.execPath,
  [
    "--expose-gc",
    fileURLToPath(new URL("../packages/language-server/dist/node.js", import.meta.url)),
    "--stdio",
  ],
  {
    stdio: "pipe",
  },
);
const client = createMessageConnection(
  new StreamMessageReader(server.stdout),
  new StreamMessageWriter(server.stdin),
);
const waiters = new Map();
client.onNotification("textDocument/publishDiagnostics", (p) =>
  waiters.get(`${p.uri}#${p.version}`)?.(p),
);
client.listen();
await client.sendRequest("initialize", { processId: null, rootUri: null, capabilities: {} });
await client.sendNotification("initialized", {});
const uri = "file:///bench.pathway.yaml";
const aliasedUri = "file:///bench-aliases.pathway.yaml";
const published = (at, version) =>
  new Promise((resolve) => waiters.set(`${at}#${version}`, resolve));
const versions = { [uri]: 1, [aliasedUri]: 1 };
for (const [at, body] of [
  [uri, text],
  [aliasedUri, aliased],
]) {
  const wait = published(at, 1);
  await client.sendNotification("textDocument/didOpen", {
    textDocument: { uri: at, languageId: "yaml", version: 1, text: body },
  });
  const opened = await wait;
  if (opened.diagnostics.some((d) => d.severity === 1))
    throw new Error(`bench input has errors: ${JSON.stringify(opened.diagnostics[0])}`);
}

/** Sends one edit and waits for its diagnostics; the time between the two. */
async function awaitedEdit(at, body) {
  const version = ++versions[at];
  const wait = published(at, version);
  const start = performance.now();
  await client.sendNotification("textDocument/didChange", {
    textDocument: { uri: at, version },
    contentChanges: [{ text: body }],
  });
  await wait;
  return performance.now() - start;
}
// Each edit retitles another role (role-0, the anchor's, among them), as typing would.
const edit = (body, i) => {
  const role = (i * 7) % roles;
  return body.replace(`title: Role ${role}\n`, `title: Role ${role}${i}\n`);
};
const latencies = { plain: [], aliased: [] };
for (let i = 0; i < editCount; i++) {
  latencies.plain.push(await awaitedEdit(uri, edit(text, i)));
  latencies.aliased.push(await awaitedEdit(aliasedUri, edit(aliased, i)));
}

const parseTimes = [];
for (let i = 0; i < (quick ? 3 : 30); i++) {
  const t = performance.now();
  parseDocument(aliased, { uniqueKeys: false });
  parseTimes.push(performance.now() - t);
}
const bare = median(parseTimes);

// A burst of edits (the server coalesces them), then one more that is awaited.
const burst = quick ? 50 : 1000;
for (let i = 0; i < burst; i++) {
  const version = ++versions[aliasedUri];
  void client.sendNotification("textDocument/didChange", {
    textDocument: { uri: aliasedUri, version },
    contentChanges: [{ text: `${aliased}# ${i}\n` }],
  });
}
await awaitedEdit(aliasedUri, aliased);
const pid = server.pid;
const rss =
  Number(/VmRSS:\s+(\d+)/.exec(readFileSync(`/proc/${pid}/status`, "utf8"))?.[1] ?? 0) / 1024;

// A profile naming the generated pathway (open, so found without a workspace scan).
const profileUri = "file:///bench.profile.yaml";
const profile = (role) =>
  `pathwise: 1\npathway: generated\nrole: ${role}\ngoals:\n  - role: role-${Math.min(42, roles - 1)}\n`;
const profileWait = published(profileUri, 1);
await client.sendNotification("textDocument/didOpen", {
  textDocument: {
    uri: profileUri,
    languageId: "yaml",
    version: 1,
    text: profile("role-0"),
  },
});
const opened = await profileWait;
if (opened.diagnostics.length > 0)
  throw new Error(`unexpected: ${JSON.stringify(opened.diagnostics)}`);
versions[profileUri] = 1;
const profileLatencies = [];
for (let i = 0; i < editCount; i++)
  profileLatencies.push(await awaitedEdit(profileUri, profile(`role-${i % Math.min(50, roles)}`)));

const ms = (v) => `${v.toFixed(1)} ms`;
const row = (measure, v) =>
  console.log(`| ${measure} | ${ms(v)} | ${v === undefined ? "" : `${(v / bare).toFixed(2)}×`} |`);
console.log(
  `Document: ${lines} lines, ${(text.length / 1024).toFixed(0)} KB, with ${aliases} aliases of one anchor, and the same without; ${editCount} awaited edits of each, interleaved.\n`,
);
console.log("| measure | value | ratio to the bare yaml parse |");
console.log("|---|---|---|");
row("bare yaml parseDocument, median", bare);
row("edit → diagnostics, with aliases, p50", quantile(latencies.aliased, 0.5));
row("edit → diagnostics, with aliases, p95 (goal ≤ 50 ms)", quantile(latencies.aliased, 0.95));
row("edit → diagnostics, no aliases, p50", quantile(latencies.plain, 0.5));
row("edit → diagnostics, no aliases, p95", quantile(latencies.plain, 0.95));
console.log(`| server resident memory after ${burst} more edits | ${rss.toFixed(0)} MB | |`);
row("profile edit → diagnostics against it, p50", quantile(profileLatencies, 0.5));
row("profile edit → diagnostics against it, p95", quantile(profileLatencies, 0.95));
client.dispose();
server.kill();
