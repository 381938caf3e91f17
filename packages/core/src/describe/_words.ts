import { count, titleOf } from "../internal/text.js";
import type { Duration, Money } from "../model/quantities.js";

// Small wording helpers shared by the describe* functions.

/** A length of time in words: `2 years`, `1 year and 6 months`. @internal */
export function formatDuration(d: Duration): string {
  const parts: string[] = [];
  for (const unit of ["years", "months", "weeks", "days"] as const) {
    const n = d[unit];
    if (n !== undefined && n > 0) parts.push(count(n, unit.slice(0, -1)));
  }
  return joinAnd(parts.length > 0 ? parts : ["0 days"]);
}

/** An amount of money: `$55`, or `55 EUR`. @internal */
export function formatMoney(m: Money): string {
  return m.currency === "USD" ? `$${m.amount}` : `${m.amount} ${m.currency}`;
}

/** Hours in words: `1 hour`, `2.5 hours`. @internal */
export function formatHours(n: number): string {
  return count(n, "hour");
}

/** `a`, `a and b`, `a, b and c`. @internal */
export function joinAnd(items: readonly string[]): string {
  if (items.length <= 1) return items[0] ?? "";
  return `${items.slice(0, -1).join(", ")} and ${items[items.length - 1]}`;
}

/** A title quoted as a name: “Earn the CPhT”. @internal */
export function quoted(title: string): string {
  return `“${title}”`;
}

/** The title of an entity in a collection, or its id in backticks when it is not defined. @internal */
export function titleIn(
  record: Readonly<Record<string, { readonly title: string }>> | undefined,
  id: string,
): string {
  return record && Object.hasOwn(record, id) ? titleOf(record, id) : `\`${id}\``;
}
