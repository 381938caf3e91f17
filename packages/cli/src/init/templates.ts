import { pathwaySchemaId, profileSchemaId } from "@pathwise/core";

/** The VS Code extension's id (`publisher.name` of packages/vscode); a test keeps them equal. */
export const extensionId = "pathwise.pathwise-vscode";

/** A file `pathwise init` writes, relative to the target folder. */
export interface ScaffoldFile {
  readonly path: string;
  readonly text: string;
}

/**
 * The files of a new content repo. The example pathway is dated `today`, so that it passes
 * the staleness checks right away, and the example profile's history ends before it; the workflow runs this same version of the CLI.
 */
export function scaffoldFiles(options: { today: string; version: string }): ScaffoldFile[] {
  const { today, version } = options;
  return [
    { path: "pathways/example.pathway.yaml", text: examplePathway(today) },
    { path: "pathways/example.profile.yaml", text: exampleProfile(today) },
    { path: "README.md", text: readme() },
    {
      path: ".vscode/settings.json",
      text: `${JSON.stringify(
        {
          "yaml.schemas": {
            [pathwaySchemaId]: "*.pathway.yaml",
            [profileSchemaId]: "*.profile.yaml",
          },
        },
        null,
        2,
      )}\n`,
    },
    {
      path: ".vscode/extensions.json",
      text: `${JSON.stringify({ recommendations: [extensionId, "redhat.vscode-yaml"] }, null, 2)}\n`,
    },
    { path: ".github/workflows/pathwise.yml", text: workflow(version) },
  ];
}

function examplePathway(today: string): string {
  return `# yaml-language-server: $schema=${pathwaySchemaId}
#
# An example pathway: rename it, then replace the roles, credentials and steps with your own.
# \`pathwise validate\` checks it; every fact cites a source under \`sources\`.
pathwise: 1
id: example
title: Example career
summary: A starting point with two roles, one credential and the steps between them.
reviewed: ${today}

sources:
  example-board:
    title: How to earn the example certificate
    url: https://example.org/certificate
    publisher: Example Board
    accessed: ${today}

settings:
  clinic: { title: Clinic }
  hospital: { title: Hospital }

strategies:
  certify: { title: Gain certifications }
  grow: { title: Take on more responsibility }

credentials:
  example-cert:
    title: Example certificate
    issuer: Example Board
    kind: certification
    requires: { step: complete-training }
    renewal:
      every: { years: 2 }
    sources: [example-board]

roles:
  assistant:
    title: Assistant
    settings: [clinic, hospital]
  senior-assistant:
    title: Senior assistant
    settings: [hospital]
    requires:
      all:
        - { credential: example-cert }
        - { experience: { years: 1 } }

steps:
  complete-training:
    strategy: certify
    title: Complete a recognized training program
    effort: { weeks: 12 }
  earn-example-cert:
    strategy: certify
    title: Earn the example certificate
    grants: { credential: example-cert }
    effort: { weeks: 4 }
  renew-example-cert:
    strategy: certify
    title: Renew the example certificate
    renews: example-cert
    repeatable: true
  mentor-new-staff:
    strategy: grow
    title: Mentor new staff
    advances: [role:senior-assistant]
`;
}

function exampleProfile(today: string): string {
  return `# yaml-language-server: $schema=${profileSchemaId}
#
# An example person, with what the engine must answer for them under \`expect\`:
# \`pathwise test\` checks it, so a content change that alters this advice fails CI.
pathwise: 1
pathway: example
name: New assistant in a clinic
date: ${today}
role: assistant
setting: clinic
history:
  - { role: assistant, setting: clinic, from: ${addDays(today, -270)}, hoursPerWeek: 32 }
goals:
  - role: senior-assistant
expect:
  next: [complete-training, mentor-new-staff]
  reachable: true
  plan: [complete-training, earn-example-cert]
`;
}

/** A \`YYYY-MM-DD\` date moved by a number of days. */
function addDays(date: string, days: number): string {
  const [y, m, d] = date.split("-").map(Number) as [number, number, number];
  return new Date(Date.UTC(y, m - 1, d + days)).toISOString().slice(0, 10);
}

function readme(): string {
  return `# Career pathways

Pathway files live in \`pathways/\` as \`*.pathway.yaml\`, with example people as
\`*.profile.yaml\`. Check them with the Pathwise CLI:

\`\`\`sh
npx @pathwise/cli validate            # every pathway and profile under pathways/
npx @pathwise/cli test                # each profile's expected next steps and plan
npx @pathwise/cli next -p pathways/example.pathway.yaml -P pathways/example.profile.yaml
npx @pathwise/cli graph -p pathways/example.pathway.yaml   # a Mermaid picture
\`\`\`

Open the folder in VS Code and accept the recommended extensions for completion, hover,
diagnostics and quick fixes as you type. CI (\`.github/workflows/pathwise.yml\`) runs the same
validation on every push and pull request and annotates the lines with problems.
`;
}

function workflow(version: string): string {
  return `name: Pathwise
on:
  push:
  pull_request:
jobs:
  validate:
    runs-on: ubuntu-latest
    steps:
      - uses: actions/checkout@v4
      - uses: actions/setup-node@v4
        with:
          node-version: 20
      - run: npx --yes @pathwise/cli@${version} validate --format github
      - run: npx --yes @pathwise/cli@${version} test
`;
}
