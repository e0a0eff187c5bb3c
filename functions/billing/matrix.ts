/**
 * `CSM.MRR_MATRIX`: the customers × months matrix of MRR from a billing export (one row per subscription or
 * line: customer, amount, months the amount covers, start date, end date), the shape ChartMogul computes from.
 */
import { asRows, cellsOf, isBlank, type NumberDomain } from "../excel/cells";
import { firstDayOfMonth, isoOfSerial, LAST_SERIAL, monthOfSerial } from "../excel/dates";
import { AMOUNT } from "../excel/domains";
import { readCell, type Spill } from "../excel/elementwise";
import { asExcelError, ExcelError, isExcelError, strongerError } from "../excel/errors";
import { describeCell, notANumber, type ArgumentName } from "../excel/messages";
import { strongestError } from "../excel/results";

const CUSTOMERS: ArgumentName = { en: "customers", fr: "clients" };
const AMOUNTS: ArgumentName = { en: "amounts", fr: "montants" };
const STARTS: ArgumentName = { en: "starts", fr: "débuts" };
const ENDS: ArgumentName = { en: "ends", fr: "fins" };
const PERIOD_MONTHS: ArgumentName = { en: "period_months", fr: "mois_période" };
const MONTHS: ArgumentName = { en: "months", fr: "mois" };

/** Dates from 1900-03-01 (after Excel's phantom 1900-02-29) to 9999-12-31. */
const DATE: NumberDomain = { min: 61, max: LAST_SERIAL, expected: { en: "a date", fr: "une date" } };
const PERIOD: NumberDomain = {
  min: 0,
  expected: { en: "a number of months greater than 0", fr: "un nombre de mois supérieur à 0" },
};
/** Columns a sheet has beside the customers' column. */
const MAX_MONTHS = 16_383;

/** The cells of a range in reading order: what a column of the subscription list holds. */
function listOf(range: unknown): unknown[] {
  const rows = asRows(range);
  const cells: unknown[] = new Array(rows.length);
  let k = 0;
  for (const row of rows) {
    if (Array.isArray(row) && row.length === 1) cells[k++] = row[0];
    else for (const cell of cellsOf(row)) cells[k++] = cell;
  }
  cells.length = k;
  return cells;
}

function blankRow(argument: ArgumentName, row: number): ExcelError {
  return new ExcelError("#N/A", {
    en: `${argument.en}: row ${row + 1} is blank, but the row holds a subscription; fill it in.`,
    fr: `${argument.fr} : la ligne ${row + 1} est vide, mais la ligne contient un abonnement ; complétez-la.`,
  });
}

/** A customer's identity: text trimmed and compared ignoring case; a number by its digits. */
function customerKey(cell: unknown, row: number): string | null | ExcelError {
  if (typeof cell === "number") return String(cell);
  if (typeof cell === "string") return cell.trim() === "" ? null : cell.trim().toLowerCase();
  if (isBlank(cell)) return null;
  if (isExcelError(cell)) return asExcelError(cell);
  return new ExcelError("#VALUE!", {
    en: `${CUSTOMERS.en}: row ${row + 1} holds ${describeCell(cell).en}; expected a customer's name or number.`,
    fr: `${CUSTOMERS.fr} : la ligne ${row + 1} contient ${describeCell(cell).fr} ; attendu : le nom ou le numéro d'un client.`,
  });
}

/**
 * The MRR of each customer in each month, spilled: a header row (`"MRR"`, then the first day of each month as a
 * date serial) and one row per customer (its name, then its MRR each month). Customers are sorted, numbers
 * first, then text ignoring case, so that the matrix does not depend on the list's order; `"Acme"` and
 * `"ACME "` are one customer, shown as first written. Each row counts `amount ÷ period_months` a month (an
 * annual plan counts 1/12, ChartMogul's normalisation) in every month it is active on the last day of: from the
 * month of its start to the month before the month of its end (the end is the day it stops, Stripe's
 * `ended_at`); a blank end is active. Several rows of a customer add up.
 *
 * The months run from the earliest to the latest month of `months` (dates), by default from the first start to
 * the latest start or end. A problem in one row (end before start, text, a negative amount, a period of 0, a
 * blank amount or start, an error cell) fills that customer's months with its error; the others compute. A row
 * with no amount, start, end or period is skipped; one with no customer gives `#N/A` for the whole result. A
 * start or end of 0 reads as blank (an empty cell on Windows desktop).
 *
 * @param customers - each row's customer (name or number)
 * @param amounts - each row's amount, for `period_months` months
 * @param starts - each row's start date (a date serial)
 * @param ends - each row's end date, blank while active
 * @param periodMonths - months each amount covers: one number for all rows or one per row; `null` for 1
 * @param months - dates whose months bound the matrix; `null` for the default
 * @returns the matrix, or an Excel error value
 *
 * @example
 * mrrMatrix([["A"], ["B"], ["A"]], [[100], [1200], [50]], [[46037], [46054], [46082]], [[""], [46122], [""]], [[1], [12], [1]], null)
 * //=> [["MRR", 46023, 46054, 46082, 46113], ["A", 100, 100, 150, 150], ["B", 0, 100, 100, 0]]
 * @example
 * mrrMatrix([["A"], ["B"]], [[10], [20]], [[46054], [46054]], [[""], [46023]], null, [[46023], [46054]])[2][1].message.en
 * //=> "ends: row 2 ends on 2026-01-01, before its start on 2026-02-01."
 */
export function mrrMatrix(
  customers: unknown,
  amounts: unknown,
  starts: unknown,
  ends: unknown,
  periodMonths: unknown,
  months: unknown,
): Spill | ExcelError {
  const names = listOf(customers);
  const columns = [listOf(amounts), listOf(starts), listOf(ends)];
  const periodList = periodMonths === null || periodMonths === undefined ? null : listOf(periodMonths);
  const onePeriod = periodList !== null && periodList.length === 1 && names.length !== 1;
  const lists: [ArgumentName, unknown[]][] = [
    [AMOUNTS, columns[0] as unknown[]],
    [STARTS, columns[1] as unknown[]],
    [ENDS, columns[2] as unknown[]],
  ];
  if (periodList !== null && !onePeriod) lists.push([PERIOD_MONTHS, periodList]);
  for (const [argument, list] of lists)
    if (list.length !== names.length) {
      const errorCell = [names, ...lists.map(([, cells]) => cells)].flat().find(isExcelError);
      if (errorCell !== undefined) return asExcelError(errorCell);
      return new ExcelError("#VALUE!", {
        en: `${CUSTOMERS.en} (${names.length} cells) and ${argument.en} (${list.length} cells) must have the same number of rows.`,
        fr: `${CUSTOMERS.fr} (${names.length} cellules) et ${argument.fr} (${list.length} cellules) doivent avoir le même nombre de lignes.`,
      });
    }
  const [amountCells, startCells, endCells] = columns as [unknown[], unknown[], unknown[]];

  const index = new Map<string, number>();
  const labels: (string | number)[] = [];
  const keys: string[] = [];
  const rowErrors: (ExcelError | undefined)[] = [];
  let whole: ExcelError | undefined;
  const count = names.length;
  const subCustomer = new Int32Array(count);
  const subStart = new Float64Array(count);
  const subEnd = new Float64Array(count);
  const subMrr = new Float64Array(count);
  let subscriptions = 0;
  let firstMonth = Infinity;
  let lastMonth = -Infinity;

  for (let i = 0; i < count; i++) {
    const amountCell = amountCells[i];
    // A date of 0 is an empty cell as Windows desktop may pass it: blank, never 1900-01-00.
    const startCell = startCells[i] === 0 ? null : startCells[i];
    const endCell = endCells[i] === 0 ? null : endCells[i];
    const periodCell = periodList === null ? null : onePeriod ? periodList[0] : periodList[i];
    if (isBlank(amountCell) && isBlank(startCell) && isBlank(endCell) && (onePeriod || isBlank(periodCell)))
      continue;
    const nameCell = names[i];
    const key = customerKey(nameCell, i);
    if (key === null) whole = strongerError(whole, blankRow(CUSTOMERS, i));
    if (key === null || key instanceof ExcelError) {
      if (key instanceof ExcelError) whole = strongerError(whole, key);
      continue;
    }
    let customer = index.get(key);
    if (customer === undefined) {
      customer = labels.length;
      index.set(key, customer);
      labels.push(typeof nameCell === "number" ? nameCell : (nameCell as string).trim());
      keys.push(key);
      rowErrors.push(undefined);
    }
    // The hot path, for what a billing export holds nearly always: plain numbers in their domains.
    const clean =
      typeof amountCell === "number" &&
      amountCell >= 0 &&
      typeof startCell === "number" &&
      startCell >= 61 &&
      startCell <= LAST_SERIAL &&
      (isBlank(endCell) || (typeof endCell === "number" && endCell >= startCell && endCell <= LAST_SERIAL)) &&
      (isBlank(periodCell) ||
        (typeof periodCell === "number" && periodCell > 0 && periodCell <= Number.MAX_VALUE));
    const mrr = clean ? amountCell / (isBlank(periodCell) ? 1 : (periodCell as number)) : NaN;
    if (!(mrr <= Number.MAX_VALUE)) {
      rowErrors[customer] = strongerError(
        rowErrors[customer],
        rowProblem(i, amountCell, startCell, endCell, periodCell, onePeriod) ?? new ExcelError("#NUM!"),
      );
      continue;
    }
    const start = startCell as number;
    const end = endCell as number | null | undefined | "";
    const startMonth = monthOfSerial(start as number);
    const endMonth = typeof end === "number" ? monthOfSerial(end) : Infinity;
    subCustomer[subscriptions] = customer;
    subStart[subscriptions] = startMonth;
    subEnd[subscriptions] = endMonth;
    subMrr[subscriptions] = mrr;
    subscriptions++;
    if (startMonth < firstMonth) firstMonth = startMonth;
    const latest = endMonth === Infinity ? startMonth : endMonth;
    if (latest > lastMonth) lastMonth = latest;
  }
  if (whole !== undefined) return whole;

  const range = monthRange(months);
  if (range instanceof ExcelError) return range;
  if (range !== null) [firstMonth, lastMonth] = range;
  if (labels.length === 0)
    return new ExcelError("#N/A", {
      en: `${CUSTOMERS.en}: the subscription list is empty, so there is no MRR to spread over months.`,
      fr: `${CUSTOMERS.fr} : la liste des abonnements est vide, il n'y a pas de MRR à répartir par mois.`,
    });
  if (firstMonth === Infinity) return strongestError(rowErrors) ?? new ExcelError("#N/A");
  const span = lastMonth - firstMonth + 1;
  if (span > MAX_MONTHS)
    return new ExcelError("#VALUE!", {
      en: `${MONTHS.en}: ${span} months do not fit beside the customers (at most ${MAX_MONTHS}); give a shorter range.`,
      fr: `${MONTHS.fr} : ${span} mois ne tiennent pas à côté des clients (au plus ${MAX_MONTHS}) ; donnez une période plus courte.`,
    });

  const values = new Float64Array(labels.length * span);
  for (let s = 0; s < subscriptions; s++) {
    const from = Math.max(subStart[s] as number, firstMonth) - firstMonth;
    const to = Math.min(subEnd[s] as number, lastMonth + 1) - firstMonth;
    const offset = (subCustomer[s] as number) * span;
    const mrr = subMrr[s] as number;
    for (let m = from; m < to; m++) values[offset + m] = (values[offset + m] as number) + mrr;
  }

  const order = labels.map((_, i) => i);
  order.sort((a, b) => {
    const la = labels[a];
    const lb = labels[b];
    if (typeof la === "number" || typeof lb === "number") {
      if (typeof la !== "number") return 1;
      if (typeof lb !== "number") return -1;
      return la - lb;
    }
    const ka = keys[a] as string;
    const kb = keys[b] as string;
    return ka < kb ? -1 : ka > kb ? 1 : 0;
  });
  const header: Spill[number] = ["MRR"];
  for (let m = 0; m < span; m++) header.push(firstDayOfMonth(firstMonth + m));
  const spill: Spill = [header];
  for (const customer of order) {
    const row: Spill[number] = [labels[customer] as string | number];
    const error = rowErrors[customer];
    const offset = customer * span;
    for (let m = 0; m < span; m++) {
      const value = values[offset + m] as number;
      row.push(error ?? (Number.isFinite(value) ? value : new ExcelError("#NUM!")));
    }
    spill.push(row);
  }
  return spill;
}

/** What is wrong with a subscription row that is not plain numbers in their domains; `undefined` if nothing. */
function rowProblem(
  i: number,
  amountCell: unknown,
  startCell: unknown,
  endCell: unknown,
  periodCell: unknown,
  onePeriod: boolean,
): ExcelError | undefined {
  const amount = readCell(amountCell, AMOUNTS, i, 0, AMOUNT);
  const start = readCell(startCell, STARTS, i, 0, DATE);
  const end = readCell(endCell, ENDS, i, 0, DATE);
  const period = isBlank(periodCell) ? 1 : readCell(periodCell, PERIOD_MONTHS, onePeriod ? 0 : i, 0, PERIOD);
  const problem = strongestError([
    amount === null ? blankRow(AMOUNTS, i) : amount,
    start === null ? blankRow(STARTS, i) : start,
    end,
    period,
    period === 0 ? new ExcelError("#DIV/0!") : undefined,
  ]);
  if (problem === undefined && typeof end === "number" && end < (start as number))
    return new ExcelError("#VALUE!", {
      en: `${ENDS.en}: row ${i + 1} ends on ${isoOfSerial(end)}, before its start on ${isoOfSerial(start as number)}.`,
      fr: `${ENDS.fr} : la ligne ${i + 1} se termine le ${isoOfSerial(end)}, avant son début le ${isoOfSerial(start as number)}.`,
    });
  return problem;
}

/** The months of the `months` argument: the earliest and latest, `null` when omitted or all blank. */
function monthRange(months: unknown): [number, number] | null | ExcelError {
  if (months === null || months === undefined) return null;
  let first = Infinity;
  let last = -Infinity;
  let problem: ExcelError | undefined;
  const rows = asRows(months);
  for (let r = 0; r < rows.length; r++) {
    const cells = cellsOf(rows[r]);
    for (let c = 0; c < cells.length; c++) {
      const cell: unknown = cells[c];
      // 0 is an empty cell on Windows desktop: blank, not a date.
      if (isBlank(cell) || cell === 0) continue;
      if (typeof cell === "number" && cell >= (DATE.min as number) && cell <= (DATE.max as number)) {
        const month = monthOfSerial(cell);
        first = Math.min(first, month);
        last = Math.max(last, month);
      } else if (isExcelError(cell)) return asExcelError(cell);
      else if (typeof cell === "number") problem = strongerError(problem, new ExcelError("#NUM!"));
      else problem = strongerError(problem, notANumber(MONTHS, r, c, cell, DATE.expected));
    }
  }
  if (problem !== undefined) return problem;
  return first === Infinity ? null : [first, last];
}
