/**
 * The KPI workbook's monthly sample: a billing export of 46 customers over the 24 months of 2025 and 2026 (and a
 * few already paying in 2024), one row per subscription. It holds steady customers, upgrades and downgrades made
 * mid-month (the old subscription ends the day the new one starts), add-ons, annual plans, churn, and customers
 * who leave and come back (reactivations), some on an annual plan.
 */
import { between, day, seeded } from "./sample";
import type { TableSpec } from "./spec";

/** The first month the matrix shows (the opening month the bridge starts from) and how many follow it. */
export const OPENING_MONTH = day(2024, 12, 1);
export const MONTHS_AFTER_OPENING = 24;

/** One subscription of the sample, as its row holds it. */
export interface Subscription {
  readonly customer: string;
  readonly amount: number;
  readonly interval: number;
  readonly start: Date;
  readonly end: Date | null;
}

/** The date `months` months after January 2025, on day `date`. */
const monthDay = (months: number, date: number): Date =>
  day(2025 + Math.floor(months / 12), (((months % 12) + 12) % 12) + 1, date);

/**
 * The sample subscriptions, deterministic.
 *
 * @returns the rows in the order a billing system lists them: by customer, then by start
 */
export function sampleSubscriptions(): Subscription[] {
  const next = seeded(2412);
  const rows: Subscription[] = [];
  for (let i = 0; i < 46; i++) {
    const customer = `Account ${String(i + 1).padStart(2, "0")}`;
    // Six customers already paying before the matrix's first month; the others start over 2025 and 2026.
    const startMonth = i < 6 ? -between(next, 2, 7) : between(next, 0, 20);
    const startDay = i % 3 === 0 ? 1 : between(next, 2, 28);
    const interval = i % 5 === 0 ? 12 : 1;
    const monthly = between(next, 4, 40) * 25;
    const plan = (mrr: number, start: Date, end: Date | null): Subscription => ({
      customer,
      amount: mrr * interval,
      interval,
      start,
      end,
    });
    const start = monthDay(startMonth, startDay);
    // A change 2 to 10 months after the start, mid-month, still within 2026.
    const changeMonth = Math.min(startMonth + between(next, 2, 10), 22);
    const changed = monthDay(changeMonth, between(next, 5, 25));
    const kind = i % 8;
    if (kind === 1 || kind === 2) {
      // An upgrade (kind 1) or a downgrade (kind 2) the same day: one subscription ends, the next starts.
      const factor = kind === 1 ? 1.5 : 0.6;
      rows.push(plan(monthly, start, changed));
      rows.push(plan(Math.max(25, Math.round((monthly * factor) / 25) * 25), changed, null));
    } else if (kind === 3) {
      rows.push(plan(monthly, start, changed)); // churned
    } else if (kind === 4 || kind === 7) {
      // Leaves, then comes back 2 to 5 months later (kind 7 on an annual plan).
      const back = monthDay(Math.min(changeMonth + between(next, 2, 5), 23), between(next, 1, 20));
      rows.push(plan(monthly, start, changed));
      rows.push({
        customer,
        amount: kind === 7 ? monthly * 12 : monthly,
        interval: kind === 7 ? 12 : 1,
        start: back,
        end: null,
      });
    } else if (kind === 5) {
      // An add-on from a later month, on top of the first subscription.
      rows.push(plan(monthly, start, null));
      rows.push({ customer, amount: between(next, 2, 8) * 25, interval: 1, start: changed, end: null });
    } else rows.push(plan(monthly, start, null)); // steady
  }
  return rows;
}

/** The sample as the Subscriptions table's rows. */
export function subscriptionRows(): TableSpec["rows"] {
  return sampleSubscriptions().map((s) => ({
    customer: s.customer,
    amount: s.amount,
    interval: s.interval,
    start: s.start,
    end: s.end,
  }));
}
