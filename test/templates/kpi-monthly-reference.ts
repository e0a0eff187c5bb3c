// The KPI workbook's Monthly sheet worked out by hand from a subscription list, in plain loops that share nothing
// with the template's formulas: which customer pays what in each month, the bridge, the cohort triangles and the
// trailing twelve-month NRR and GRR. The tests compare LibreOffice's recalculation of the sheet with these.

/** A subscription as the test writes it: dates as UTC calendar dates, a null end is active. */
export interface Sub {
  readonly customer: string;
  readonly amount: number;
  readonly interval: number;
  readonly start: Date;
  readonly end: Date | null;
}

export interface MonthlyExpected {
  /** The first day of each month of the matrix, as Excel serial numbers (the opening month first). */
  readonly months: number[];
  /** The customers, in the order they first appear. */
  readonly customers: string[];
  /** MRR by customer, then by month. */
  readonly matrix: number[][];
  /** Each bridge row, by month of the matrix (index 0, the opening month, has only `end`). */
  readonly bridge: Record<
    "start" | "new" | "expansion" | "reactivation" | "contraction" | "churned" | "end",
    number[]
  >;
  /** The cohort triangles: by first paying month (1 … months − 1), then months since; null for an empty cohort. */
  readonly cohorts: Record<"logo" | "gross" | "net", (number[] | null)[]>;
  /** Each cohort's size: customers (logo) or MRR in its first month (gross, net). */
  readonly sizes: Record<"logo" | "gross" | "net", number[]>;
  readonly nrr: number | null;
  readonly grr: number | null;
}

/** A date as Excel's serial number. */
export const serial = (date: Date): number => date.getTime() / 86_400_000 + 25_569;

/**
 * The expected Monthly sheet.
 *
 * @param subs - the subscriptions; rows without an amount, interval or start, or ending before they start, are
 *   left out as the sheet leaves them out
 * @param opening - the first month of the matrix (its first day)
 * @param count - the number of months of the matrix, the opening month included
 */
export function monthlyExpected(subs: readonly Sub[], opening: Date, count: number): MonthlyExpected {
  const firstDays: Date[] = [];
  for (let j = 0; j < count; j++)
    firstDays.push(new Date(Date.UTC(opening.getUTCFullYear(), opening.getUTCMonth() + j, 1)));
  const customers: string[] = [];
  for (const sub of subs)
    if (sub.customer !== "" && !customers.includes(sub.customer)) customers.push(sub.customer);

  // A subscription counts in a month when it is active on the month's last day: it started before the next
  // month's first day and ends (the day it stops) on or after it.
  const matrix = customers.map((customer) =>
    firstDays.map((day) => {
      const next = Date.UTC(day.getUTCFullYear(), day.getUTCMonth() + 1, 1);
      let mrr = 0;
      for (const sub of subs) {
        if (sub.customer !== customer) continue;
        if (!(sub.interval > 0)) continue;
        if (sub.end !== null && sub.end.getTime() < sub.start.getTime()) continue;
        const active = sub.start.getTime() < next && (sub.end === null || sub.end.getTime() >= next);
        if (active) mrr += sub.amount / sub.interval;
      }
      return mrr;
    }),
  );

  const firstPaying = matrix.map((row) => row.findIndex((mrr) => mrr > 0));
  const bridge = {
    start: [] as number[],
    new: [] as number[],
    expansion: [] as number[],
    reactivation: [] as number[],
    contraction: [] as number[],
    churned: [] as number[],
    end: [] as number[],
  };
  for (let j = 0; j < count; j++) {
    let start = 0;
    let won = 0;
    let expansion = 0;
    let back = 0;
    let contraction = 0;
    let churned = 0;
    let end = 0;
    matrix.forEach((row, c) => {
      const now = row[j] as number;
      end += now;
      if (j === 0) return;
      const before = row[j - 1] as number;
      start += before;
      if (before === 0 && now > 0) {
        if (firstPaying[c] === j) won += now;
        else back += now;
      } else if (before > 0 && now === 0) churned += before;
      else if (before > 0 && now > before) expansion += now - before;
      else if (before > 0 && now < before) contraction += before - now;
    });
    bridge.start.push(start);
    bridge.new.push(won);
    bridge.expansion.push(expansion);
    bridge.reactivation.push(back);
    bridge.contraction.push(contraction);
    bridge.churned.push(churned);
    bridge.end.push(end);
  }

  const cohorts = {
    logo: [] as (number[] | null)[],
    gross: [] as (number[] | null)[],
    net: [] as (number[] | null)[],
  };
  const sizes = { logo: [] as number[], gross: [] as number[], net: [] as number[] };
  for (let first = 1; first < count; first++) {
    const members = matrix.filter((_, c) => firstPaying[c] === first);
    const base = members.reduce((sum, row) => sum + (row[first] as number), 0);
    sizes.logo.push(members.length);
    sizes.gross.push(base);
    sizes.net.push(base);
    const logo: number[] = [];
    const gross: number[] = [];
    const net: number[] = [];
    for (let j = first; j < count; j++) {
      let kept = 0;
      let capped = 0;
      let mrr = 0;
      for (const row of members) {
        const now = row[j] as number;
        if (now > 0) kept++;
        capped += Math.min(now, row[first] as number);
        mrr += now;
      }
      logo.push(kept / members.length);
      gross.push(capped / base);
      net.push(mrr / base);
    }
    cohorts.logo.push(members.length === 0 ? null : logo);
    cohorts.gross.push(base === 0 ? null : gross);
    cohorts.net.push(base === 0 ? null : net);
  }

  // Trailing twelve months: the customers paying twelve months before the last month.
  const last = count - 1;
  let then = 0;
  let now = 0;
  let capped = 0;
  for (const row of matrix) {
    const a = row[last - 12] as number;
    const b = row[last] as number;
    if (a <= 0) continue;
    then += a;
    now += b;
    capped += Math.min(a, b);
  }
  return {
    months: firstDays.map(serial),
    customers,
    matrix,
    bridge,
    cohorts,
    sizes,
    nrr: then === 0 ? null : now / then,
    grr: then === 0 ? null : capped / then,
  };
}
