// Small display helpers shared by the result panels.
import type { Effort, Money } from "@pathwise/core/engine";

export const formatMoney = (money: Money) =>
  new Intl.NumberFormat("en-US", { style: "currency", currency: money.currency }).format(
    money.amount,
  );

/** "8 weeks · 40 hours · $129.00", leaving out what the step does not state. */
export function formatEffort(effort: Effort | undefined): string {
  if (!effort) return "";
  const parts: string[] = [];
  if (effort.weeks !== undefined)
    parts.push(`${effort.weeks} ${effort.weeks === 1 ? "week" : "weeks"}`);
  if (effort.hours !== undefined)
    parts.push(`${effort.hours} ${effort.hours === 1 ? "hour" : "hours"}`);
  if (effort.cost) parts.push(formatMoney(effort.cost));
  return parts.join(" · ");
}

/** Hours with at most one decimal. */
export const formatHours = (hours: number) => `${Math.round(hours * 10) / 10} h`;
