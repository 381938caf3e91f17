// Diagnostics latency of the built language server over stdio, after single-character edits in a
// generated pathway of about 5,000 lines, next to the bare `yaml` parse of the same text (the
// floor for any server built on that parser). Also the server's memory after 1,000 edits, and the
// latency after an edit of a profile checked against that pathway.
import { spawn } from "node:child_process";
import { fileURLToPath } from "node:url";
import {
  createMessageConnection,
  StreamMessageReader,
  StreamMessageWriter,
} from "vscode-jsonrpc/node";
import { parseDocument } from "../packages/core/node_modules/yaml/dist/index.js";
import { generatePathway } from "./corpus.mjs";

let roles = 100;
let text = generatePathway({ roles, seed: 3 });
while (text.split("\n").length < 5000) {
  roles += 20;
  text = generatePathway({ roles, seed: 3 });
}
const lines = text.split("\n").length;

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
const profileWaiters = new Map();
client.onNotification("textDocument/publishDiagnostics", (p) =>
  (p.uri === uri ? waiters : profileWaiters).get(p.version)?.(p),
);
client.listen();
await client.sendRequest("initialize", { processId: null, rootUri: null, capabilities: {} });
await client.sendNotification("initialized", {});
const uri = "file:///bench.pathway.yaml";
const published = (version) => new Promise((resolve) => waiters.set(version, resolve));

let version = 1;
let wait = published(version);
await client.sendNotification("textDocument/didOpen", {
  textDocument: { uri, languageId: "yaml", version, text },
});
await wait;

const latencies = [];
for (let i = 0; i < 60; i++) {
  version++;
  const edited = text.replace("title: Role 42\n", `title: Role 42${i}\n`);
  wait = published(version);
  const start = performance.now();
  await client.sendNotification("textDocument/didChange", {
    textDocument: { uri, version },
    contentChanges: [{ text: edited }],
  });
  await wait;
  latencies.push(performance.now() - start);
}
latencies.sort((a, b) => a - b);
const p = (q) => latencies[Math.min(latencies.length - 1, Math.floor(q * latencies.length))];

const parseTimes = [];
for (let i = 0; i < 30; i++) {
  const t = performance.now();
  parseDocument(text, { uniqueKeys: false });
  parseTimes.push(performance.now() - t);
}
parseTimes.sort((a, b) => a - b);
const bare = parseTimes[Math.floor(parseTimes.length / 2)];

// 1,000 edits in a burst (the server coalesces them), then one more that is awaited.
for (let i = 0; i < 1000; i++) {
  version++;
  void client.sendNotification("textDocument/didChange", {
    textDocument: { uri, version },
    contentChanges: [{ text: `${text}# ${i}\n` }],
  });
}
version++;
wait = published(version);
await client.sendNotification("textDocument/didChange", {
  textDocument: { uri, version },
  contentChanges: [{ text }],
});
await wait;
const pid = server.pid;
const { readFileSync } = await import("node:fs");
const rss =
  Number(/VmRSS:\s+(\d+)/.exec(readFileSync(`/proc/${pid}/status`, "utf8"))?.[1] ?? 0) / 1024;

// A profile naming the generated pathway (open, so found without a workspace scan).
const profileUri = "file:///bench.profile.yaml";
const profile = (role) =>
  `pathwise: 1\npathway: generated\nrole: ${role}\ngoals:\n  - role: role-42\n`;
let profileVersion = 1;
let profileWait = new Promise((resolve) => profileWaiters.set(profileVersion, resolve));
await client.sendNotification("textDocument/didOpen", {
  textDocument: {
    uri: profileUri,
    languageId: "yaml",
    version: profileVersion,
    text: profile("role-0"),
  },
});
const opened = await profileWait;
if (opened.diagnostics.length > 0)
  throw new Error(`unexpected: ${JSON.stringify(opened.diagnostics)}`);
const profileLatencies = [];
for (let i = 0; i < 60; i++) {
  profileVersion++;
  profileWait = new Promise((resolve) => profileWaiters.set(profileVersion, resolve));
  const start = performance.now();
  await client.sendNotification("textDocument/didChange", {
    textDocument: { uri: profileUri, version: profileVersion },
    contentChanges: [{ text: profile(`role-${i % 50}`) }],
  });
  await profileWait;
  profileLatencies.push(performance.now() - start);
}
profileLatencies.sort((a, b) => a - b);
const pp = (q) =>
  profileLatencies[Math.min(profileLatencies.length - 1, Math.floor(q * profileLatencies.length))];

console.log(`Document: ${lines} lines, ${(text.length / 1024).toFixed(0)} KB.\n`);
console.log("| measure | value | ratio to the bare yaml parse |");
console.log("|---|---|---|");
console.log(`| bare yaml parseDocument, median | ${bare.toFixed(1)} ms | 1.00× |`);
console.log(
  `| edit → diagnostics, p50 | ${p(0.5).toFixed(1)} ms | ${(p(0.5) / bare).toFixed(2)}× |`,
);
console.log(
  `| edit → diagnostics, p95 (goal ≤ 50 ms) | ${p(0.95).toFixed(1)} ms | ${(p(0.95) / bare).toFixed(2)}× |`,
);
console.log(`| server resident memory after 1,000 more edits | ${rss.toFixed(0)} MB | |`);
console.log(
  `| profile edit → diagnostics against it, p50 | ${pp(0.5).toFixed(1)} ms | ${(pp(0.5) / bare).toFixed(2)}× |`,
);
console.log(
  `| profile edit → diagnostics against it, p95 | ${pp(0.95).toFixed(1)} ms | ${(pp(0.95) / bare).toFixed(2)}× |`,
);
client.dispose();
server.kill();
