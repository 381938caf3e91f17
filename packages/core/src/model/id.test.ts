import { describe, expect, it } from "vitest";
import { calendarDatePattern, isIsoDate } from "./id.js";

describe("calendarDatePattern", () => {
  // ajv compiles JSON Schema patterns with the `u` flag.
  const pattern = new RegExp(calendarDatePattern, "u");
  const pad = (n: number, width: number) => String(n).padStart(width, "0");

  it("accepts exactly the dates IsoDate accepts, on every year-month-day of 1890–3010", () => {
    const differ: string[] = [];
    for (let y = 1890; y <= 3010; y++)
      for (let m = 0; m <= 13; m++)
        for (let d = 0; d <= 32; d++) {
          const date = `${pad(y, 4)}-${pad(m, 2)}-${pad(d, 2)}`;
          if (pattern.test(date) !== isIsoDate(date)) differ.push(date);
        }
    expect(differ).toEqual([]);
  });

  it("knows the leap years of the range", () => {
    const leap = ["1904", "1996", "2000", "2024", "2400", "2996"];
    const common = ["1900", "2023", "2100", "2200", "2300", "2500", "2900", "2999"];
    for (const y of leap) expect(pattern.test(`${y}-02-29`), y).toBe(true);
    for (const y of common) expect(pattern.test(`${y}-02-29`), y).toBe(false);
    for (const text of ["2026-1-01", " 2026-01-01", "2026-01-01T00:00Z", "20260101", "٢٠٢٦-01-01"])
      expect(pattern.test(text), text).toBe(false);
  });
});
