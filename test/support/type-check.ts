// Type-checks one TypeScript file inside a consumer project, as a user's own tsconfig would,
// under the module resolution given; throws with the compiler's output when it fails.
import { execFileSync } from "node:child_process";
import { mkdirSync, writeFileSync } from "node:fs";
import { join } from "node:path";

export function typeCheckInProject(
  app: string,
  name: string,
  resolution: "node16" | "bundler",
  source: string,
  types: readonly string[] = [],
): void {
  const dir = join(app, name);
  mkdirSync(dir, { recursive: true });
  writeFileSync(join(dir, "index.ts"), source);
  writeFileSync(
    join(dir, "tsconfig.json"),
    JSON.stringify({
      compilerOptions: {
        strict: true,
        noEmit: true,
        module: resolution === "node16" ? "node16" : "esnext",
        moduleResolution: resolution,
        target: "es2022",
        skipLibCheck: false,
        types,
      },
      files: ["index.ts"],
    }),
  );
  writeFileSync(join(dir, "package.json"), JSON.stringify({ type: "module" }));
  execFileSync(join(app, "node_modules/.bin/tsc"), ["-p", dir], {
    encoding: "utf8",
    stdio: "pipe",
  });
}
