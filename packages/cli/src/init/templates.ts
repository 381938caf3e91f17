import { pathwaySchemaId } from "@pathwise/core";

/** The VS Code extension's id (`publisher.name` of packages/vscode); a test keeps them equal. */
export const extensionId = "pathwise.pathwise-vscode";

/** A file `pathwise init` writes, relative to the target folder. */
export interface ScaffoldFile {
  readonly path: string;
  readonly text: string;
}

/**
 * The files of a new content repo. The example pathway is dated `today`, so that it passes
 * the staleness checks right away; the workflow runs this same version of the CLI.
 */
export function scaffoldFiles(options: { today: string; version: string }): ScaffoldFile[] {
  const { today, version } = options;
  return [
    { path: "pathways/example.pathway.yaml", text: examplePathway(today) },
    { path: "README.md", text: readme() },
    {
      path: ".vscode/settings.json",
      text: `${JSON.stringify({ "yaml.schemas": { [pathwaySchemaId]: "*.pathway.yaml" } }, null, 2)}\n`,
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

function readme(): string {
  return `# Career pathways

Pathway files live in \`pathways/\` as \`*.pathway.yaml\`. Check them with the Pathwise CLI:

\`\`\`sh
npx @pathwise/cli validate            # every file under pathways/
npx @pathwise/cli graph --pathway pathways/example.pathway.yaml   # a Mermaid picture
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
`;
}
