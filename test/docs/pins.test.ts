// The guides pin the CLI (`npx @pathwise/cli@<version>`) so that a release cannot change a
// content repository's verdict unannounced; the pins must name this repository's CLI version, so
// that the release's "Version packages" pull request updates them with the version it publishes.
import { readdirSync, readFileSync } from "node:fs";
import { expect, it } from "vitest";

const read = (path: string) => readFileSync(new URL(`../../${path}`, import.meta.url), "utf8");
const version = JSON.parse(read("packages/cli/package.json")).version as string;

it("the guides pin the CLI's current version", () => {
  const pins = readdirSync(new URL("../../docs/", import.meta.url))
    .filter((file) => file.endsWith(".md"))
    .flatMap((file) =>
      [...read(`docs/${file}`).matchAll(/@pathwise\/cli@(\d[\w.-]*)/g)].map(
        (m) => `${file}: ${m[1]}`,
      ),
    );
  expect(pins).toContain(`ci.md: ${version}`);
  expect(pins.filter((pin) => !pin.endsWith(`: ${version}`))).toEqual([]);
});
