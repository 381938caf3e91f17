// Runs every bench/*.bench.mjs in turn, each in its own process so that one suite's heap and
// JIT state cannot colour another's figures. Each suite prints its own table of ratios.
import { spawnSync } from "node:child_process";
import { readdirSync } from "node:fs";
import { fileURLToPath } from "node:url";

const dir = fileURLToPath(new URL(".", import.meta.url));
const only = process.argv.slice(2);
const suites = readdirSync(dir)
  .filter((f) => f.endsWith(".bench.mjs"))
  .filter((f) => only.length === 0 || only.some((o) => f.includes(o)))
  .sort();
let failed = 0;
for (const suite of suites) {
  console.log(`\n## ${suite.replace(".bench.mjs", "")}\n`);
  const run = spawnSync(
    process.execPath,
    ["--expose-gc", "--max-old-space-size=4096", `${dir}${suite}`],
    {
      stdio: "inherit",
    },
  );
  if (run.status !== 0) failed++;
}
process.exit(failed === 0 ? 0 : 1);
