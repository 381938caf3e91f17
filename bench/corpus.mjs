// Generates valid pathway text of a given size, shaped like real content: settings, strategies,
// credentials with eligibility and renewal, roles with requirements, steps that grant and advance.
export function generatePathway({ roles = 100, seed = 1 } = {}) {
  let s = seed;
  const rand = (n) => {
    s = (s * 1103515245 + 12345) % 2147483648;
    return s % n;
  };
  const credentials = Math.max(2, Math.floor(roles / 2));
  const steps = roles * 2;
  const out = [];
  out.push(
    "pathwise: 1",
    "id: generated",
    "title: Generated pathway",
    "reviewed: 2026-11-01",
    "sources:",
  );
  out.push(
    '  handbook: { title: Handbook, url: "https://example.org/handbook", accessed: 2026-11-01 }',
  );
  out.push("settings:");
  for (const id of ["clinic", "hospital", "lab", "remote"])
    out.push(`  ${id}: { title: Setting ${id} }`);
  out.push("strategies:");
  for (const id of ["certify", "learn", "network"]) out.push(`  ${id}: { title: Strategy ${id} }`);
  out.push("ceCategories:", "  law: { title: Law }", "  safety: { title: Safety }");
  out.push("credentials:");
  for (let i = 0; i < credentials; i++) {
    out.push(
      `  cred-${i}:`,
      `    title: Credential ${i}`,
      "    issuer: Board",
      "    kind: certification",
    );
    if (i > 0)
      out.push(
        `    requires: { any: [{ credential: cred-${rand(i)} }, { experience: { hours: ${100 + rand(900)} } }] }`,
      );
    out.push(
      "    renewal: { every: { years: 2 }, ce: { hours: 20, minimum: { law: 1, safety: 1 } } }",
      "    sources: [handbook]",
    );
  }
  out.push("roles:");
  for (let i = 0; i < roles; i++) {
    out.push(
      `  role-${i}:`,
      `    title: Role ${i}`,
      `    settings: [${["clinic", "hospital", "lab", "remote"][rand(4)]}]`,
    );
    if (i > 0) {
      out.push(
        `    requires: { all: [{ credential: cred-${rand(credentials)} }, { experience: { years: ${1 + rand(4)}, role: role-${rand(i)} } }, { atLeast: 1, of: [{ step: step-${rand(steps)} }, { setting: lab }] }] }`,
      );
    }
  }
  out.push("steps:");
  for (let i = 0; i < steps; i++) {
    out.push(
      `  step-${i}:`,
      `    strategy: ${["certify", "learn", "network"][i % 3]}`,
      `    title: Step ${i}`,
    );
    if (i < credentials) out.push(`    grants: { credential: cred-${i} }`);
    else out.push(`    advances: [role:role-${rand(roles)}]`);
    out.push(`    effort: { weeks: ${1 + rand(10)}, hours: ${1 + rand(80)} }`);
  }
  return `${out.join("\n")}\n`;
}
