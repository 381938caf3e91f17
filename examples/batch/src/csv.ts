// The batch CSV: one person per line, a header naming the columns. Simple on purpose (a
// spreadsheet export): quoted cells may hold commas and doubled quotes, but not line breaks, so
// a record's line number is its line in the file. Lists inside a cell are separated by `;`.

/** The columns a CSV may have; `role` is the only one required. */
export const csvColumns = [
  "id",
  "pathway",
  "role",
  "setting",
  "jurisdiction",
  "job_started",
  "hours_per_week",
  "credentials",
  "completed",
  "goals",
  "budget",
  "hours_available",
  "date",
] as const;

/** A CSV column name. */
export type CsvColumn = (typeof csvColumns)[number];

/** Splits one CSV line into cells (RFC 4180 quoting, without line breaks inside quotes). */
export function splitCsvLine(
  line: string,
): { ok: true; cells: string[] } | { ok: false; message: string } {
  const cells: string[] = [];
  let i = 0;
  while (true) {
    if (line[i] === '"') {
      let cell = "";
      i++;
      while (true) {
        const quote = line.indexOf('"', i);
        if (quote === -1)
          return {
            ok: false,
            message: `Expected a closing quote for the cell at column ${cells.length + 1}.`,
          };
        cell += line.slice(i, quote);
        if (line[quote + 1] === '"') {
          cell += '"';
          i = quote + 2;
          continue;
        }
        i = quote + 1;
        break;
      }
      if (i < line.length && line[i] !== ",") {
        return {
          ok: false,
          message: `Expected a comma after the quoted cell at column ${cells.length + 1}, found \`${line[i]}\`.`,
        };
      }
      cells.push(cell);
    } else {
      const comma = line.indexOf(",", i);
      const end = comma === -1 ? line.length : comma;
      cells.push(line.slice(i, end).trim());
      i = end;
    }
    if (i >= line.length) return { ok: true, cells };
    i++; // the comma
  }
}

/** Reads the header line: every column must be known, `role` must be there, none twice. */
export function readCsvHeader(
  line: string,
): { ok: true; columns: CsvColumn[] } | { ok: false; message: string } {
  const split = splitCsvLine(line);
  if (!split.ok) return split;
  const known = new Set<string>(csvColumns);
  const seen = new Set<string>();
  for (const name of split.cells) {
    if (!known.has(name)) {
      return {
        ok: false,
        message: `Expected CSV columns among ${csvColumns.join(", ")}; found \`${name}\`.`,
      };
    }
    if (seen.has(name))
      return { ok: false, message: `Expected each CSV column once; found \`${name}\` twice.` };
    seen.add(name);
  }
  if (!seen.has("role"))
    return { ok: false, message: "Expected a `role` column in the CSV header." };
  return { ok: true, columns: split.cells as CsvColumn[] };
}

/** The result of reading one CSV row: a profile (still to be validated) and its id. */
export type CsvRow =
  | { ok: true; id?: string; date?: string; profile: Record<string, unknown> }
  | { ok: false; id?: string; message: string };

/**
 * Turns a CSV row into a profile object for the core to validate. Only the cell syntax is
 * checked here (`id@date` lists, numbers); ids and dates are checked by `validateProfile`, with
 * the same messages as for any profile.
 */
export function csvRowToProfile(columns: readonly CsvColumn[], line: string): CsvRow {
  const split = splitCsvLine(line);
  if (!split.ok) return split;
  const { cells } = split;
  if (cells.length !== columns.length) {
    return {
      ok: false,
      message: `Expected ${columns.length} cells as in the header, found ${cells.length}.`,
    };
  }
  const cell = (name: CsvColumn) => {
    const value = cells[columns.indexOf(name)];
    return value === undefined || value === "" ? undefined : value;
  };
  const id = cell("id");
  const fail = (message: string): CsvRow => ({ ok: false, ...(id ? { id } : {}), message });

  const profile: Record<string, unknown> = { pathwise: 1 };
  for (const name of ["pathway", "role", "setting", "jurisdiction", "date"] as const) {
    const value = cell(name);
    if (value !== undefined) profile[name] = value;
  }
  if (id) profile.name = id;

  const hours = number(cell("hours_per_week"));
  if (hours === null)
    return fail(`Expected \`hours_per_week\` as a number, found \`${cell("hours_per_week")}\`.`);
  const started = cell("job_started");
  if (started !== undefined) {
    profile.history = [
      {
        role: cell("role"),
        ...(cell("setting") ? { setting: cell("setting") } : {}),
        from: started,
        ...(hours === undefined ? {} : { hoursPerWeek: hours }),
      },
    ];
  } else if (hours !== undefined) {
    return fail("Expected `job_started` with `hours_per_week`, found none.");
  }

  const credentials = list(cell("credentials"));
  if (credentials.length > 0) {
    const held = [];
    for (const item of credentials) {
      const [credential, earned, renewed, ...rest] = item.split("@");
      if (!credential || !earned || rest.length > 0) {
        return fail(`Expected a credential as id@earned or id@earned@renewed, found \`${item}\`.`);
      }
      held.push({ id: credential, earned, ...(renewed ? { renewed } : {}) });
    }
    profile.credentials = held;
  }

  const completed = list(cell("completed"));
  if (completed.length > 0) {
    const steps = [];
    for (const item of completed) {
      const [step, date, ...rest] = item.split("@");
      if (!step || !date || rest.length > 0)
        return fail(`Expected a completed step as id@date, found \`${item}\`.`);
      steps.push({ step, date });
    }
    profile.completed = steps;
  }

  const goals = list(cell("goals"));
  if (goals.length > 0) {
    const parsed = [];
    for (const item of goals) {
      const match = /^(role|setting|credential):(.+)$/.exec(item);
      if (!match)
        return fail(`Expected a goal as role:ID, setting:ID or credential:ID, found \`${item}\`.`);
      parsed.push({ [match[1] as string]: match[2] });
    }
    profile.goals = parsed;
  }

  const preferences: Record<string, unknown> = {};
  const budget = cell("budget");
  if (budget !== undefined) {
    const match = /^(\d+(?:\.\d+)?)\s+([A-Z]{3})$/.exec(budget);
    if (!match)
      return fail(
        `Expected \`budget\` as an amount and a currency, like \`200 USD\`, found \`${budget}\`.`,
      );
    preferences.budget = { amount: Number(match[1]), currency: match[2] };
  }
  const available = number(cell("hours_available"));
  if (available === null)
    return fail(`Expected \`hours_available\` as a number, found \`${cell("hours_available")}\`.`);
  if (available !== undefined) preferences.hoursPerWeek = available;
  if (Object.keys(preferences).length > 0) profile.preferences = preferences;

  return { ok: true, ...(id ? { id } : {}), profile };
}

function list(value: string | undefined): string[] {
  return value === undefined
    ? []
    : value
        .split(";")
        .map((s) => s.trim())
        .filter((s) => s !== "");
}

/** A number cell: undefined when empty, null when not a number. */
function number(value: string | undefined): number | undefined | null {
  if (value === undefined) return undefined;
  const n = Number(value);
  return Number.isFinite(n) ? n : null;
}
