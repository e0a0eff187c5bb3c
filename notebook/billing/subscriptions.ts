/**
 * The rows of a billing export made into subscriptions: one per row, with its customer, its amount per
 * billing interval, the interval in months, its start and its end (blank while it runs) — the table
 * `CSM.MRR_MATRIX(customers, amounts, starts, ends, [period_months])` reads. A row that cannot be one is
 * rejected with its reasons, in English and French, and numbered as the spreadsheet shows it. Pure.
 *
 * Decided here (and in docs/finance.md):
 * - the customer is the customer's id when the file has one (Stripe's `Customer ID`: two customers of one
 *   name stay two), else the name; the name is kept beside it;
 * - the amount is per interval; times the quantity when a quantity column is mapped (Stripe's `Amount` is
 *   the price of one unit); divided by 100 when the column counts cents, except in currencies without
 *   cents (JPY, KRW…, Stripe's zero-decimal list);
 * - the interval: `month` 1, `quarter` 3, `semester` 6, `year` 12 months (in English or French, or a number
 *   of months), times the interval count; a weekly or daily plan is rejected (the table counts months);
 *   without an interval column every amount is monthly;
 * - the start: the start date, else the creation date; a trial starts paying at its trial's end;
 * - the end: the date it ended; else, for a cancelled subscription, the date it was cancelled, or the end
 *   of its current period; else the date it is set to cancel at (`Cancel At`, or the current period's end
 *   when `Cancel At Period End` is true); else blank, still running;
 * - a subscription never paid (Stripe's `incomplete`, `incomplete_expired`) is rejected, and so is one in
 *   another currency than most rows: amounts in two currencies do not add up;
 * - dates: `YYYY-MM-DD` with or without a time (Stripe's `2024-01-31 14:05`), an Excel date, a Unix time
 *   in seconds, or `DD/MM/YYYY` / `MM/DD/YYYY` when the file decides which: a day over 12 in the first
 *   place means day first, in the second month first; else French headers read day first, and English
 *   ones reject the date as ambiguous.
 */
import type { Bilingual } from "../../functions/excel/language";
import { normalizeWord } from "../../functions/excel/arguments";
import { readAmount } from "../../functions/checks/amounts";
import { DAY_MS, EXCEL_EPOCH, LAST_SERIAL, isoDateUtc } from "../../functions/excel/dates";
import type { TableCell } from "../engine/types";
import type { PortfolioSheet } from "../segmentation/portfolio-import/read";
import { frenchHeaders, type AmountUnit, type BillingMapping } from "./headers";

/** One subscription of the table. */
export interface Subscription {
  readonly customer: string;
  /** The customer's name, when the file has one beside an id. */
  readonly name: string | null;
  /** What is billed each interval, in currency units. */
  readonly amount: number;
  /** The billing interval in months. */
  readonly months: number;
  /** `YYYY-MM-DD`. */
  readonly start: string;
  /** `YYYY-MM-DD`, or `null` while it runs. */
  readonly end: string | null;
  /** ISO 4217 code in capitals, or `null` when the file says none. */
  readonly currency: string | null;
  /** The row of the file, as the spreadsheet shows it. */
  readonly row: number;
}

/** A row that is not a subscription, and why. */
export interface RejectedRow {
  readonly row: number;
  readonly reasons: readonly Bilingual[];
}

/** What came of a sheet. */
export interface BillingRead {
  readonly subscriptions: readonly Subscription[];
  readonly rejected: readonly RejectedRow[];
  /** The currency most rows are in, when they say one. */
  readonly currency: string | null;
  /** What the person should know about the whole file (no interval column, ambiguous dates). */
  readonly notes: readonly Bilingual[];
}

const say = (en: string, fr: string): Bilingual => ({ en, fr });

/** Stripe's zero-decimal currencies: their amounts have no cents to divide by. */
const ZERO_DECIMAL = new Set([
  "BIF",
  "CLP",
  "DJF",
  "GNF",
  "JPY",
  "KMF",
  "KRW",
  "MGA",
  "PYG",
  "RWF",
  "UGX",
  "VND",
  "VUV",
  "XAF",
  "XOF",
  "XPF",
]);

/** Rows of blank cells are not subscriptions, nor rejected ones: they are passed over. */
const blankRow = (row: readonly TableCell[]) => row.every((cell) => cell === null || cell === "");

/**
 * The subscriptions of a sheet read with a mapping, and the rows rejected with their reasons.
 *
 * @param sheet - the sheet as the portfolio reader gives it (numbers read, blanks `null`)
 * @param mapping - the column of each field
 * @param unit - what the amount column counts
 * @returns the subscriptions, the rejected rows and notes on the whole file
 * @example
 * const sheet = {
 *   name: "subscriptions.csv",
 *   headers: ["Customer ID", "Customer Name", "Amount", "Currency", "Interval", "Start Date (UTC)", "Status", "Canceled At (UTC)"],
 *   rows: [
 *     ["cus_A", "Acme", 49, "eur", "month", "2024-01-15 10:00", "active", null],
 *     ["cus_B", "Beta", 490, "eur", "year", "2024-03-01 09:30", "canceled", "2024-09-01 12:00"],
 *     ["cus_C", "Gamma", 49, "eur", "month", "2024-02-01 08:00", "incomplete_expired", null],
 *   ],
 * };
 * const mapping = { customer: 0, name: 1, amount: 2, currency: 3, interval: 4, start: 5, status: 6, canceledAt: 7 };
 * const read = readSubscriptions(sheet, mapping, "units");
 * [read.subscriptions, read.rejected.map((one) => one.row), read.currency, read.notes]
 * //=> [[{ customer: "cus_A", name: "Acme", amount: 49, months: 1, start: "2024-01-15", end: null, currency: "EUR", row: 2 }, { customer: "cus_B", name: "Beta", amount: 490, months: 12, start: "2024-03-01", end: "2024-09-01", currency: "EUR", row: 3 }], [4], "EUR", []]
 * @example
 * const sheet = { name: "api.csv", headers: ["customer", "plan.amount", "quantity", "start_date"], rows: [["cus_A", 4990, 3, 1704067200]] };
 * readSubscriptions(sheet, { customer: 0, amount: 1, quantity: 2, start: 3 }, "cents").subscriptions[0]
 * //=> { customer: "cus_A", name: null, amount: 149.7, months: 1, start: "2024-01-01", end: null, currency: null, row: 2 }
 */
export function readSubscriptions(
  sheet: PortfolioSheet,
  mapping: BillingMapping,
  unit: AmountUnit,
): BillingRead {
  const firstRow = sheet.firstRow ?? 2;
  const at = (row: readonly TableCell[], field: keyof BillingMapping): TableCell => {
    const column = mapping[field];
    return column === undefined ? null : (row[column] ?? null);
  };
  const dateColumns = (
    ["start", "created", "trialEnd", "end", "endedAt", "canceledAt", "cancelAt", "periodEnd"] as const
  )
    .map((field) => mapping[field])
    .filter((column): column is number => column !== undefined);
  const order = dateOrder(sheet, dateColumns);
  const notes: Bilingual[] = [];
  if (mapping.interval === undefined)
    notes.push(
      say(
        "No interval column: every amount is read as monthly. Choose the interval column if the file has one.",
        "Pas de colonne de périodicité : chaque montant est lu comme mensuel. Choisissez la colonne de périodicité si le fichier en a une.",
      ),
    );
  if (order === "ambiguous")
    notes.push(
      say(
        "Dates such as 01/02/2024 could be 1 February or 2 January, and nothing in the file tells which: those rows are rejected. Export the dates as YYYY-MM-DD.",
        "Des dates comme 01/02/2024 peuvent être le 1er février ou le 2 janvier, et rien dans le fichier ne le dit : ces lignes sont rejetées. Exportez les dates au format AAAA-MM-JJ.",
      ),
    );

  const read: { subscription: Omit<Subscription, "currency">; currency: string | null }[] = [];
  const rejected: RejectedRow[] = [];
  sheet.rows.forEach((row, index) => {
    if (blankRow(row)) return;
    const reasons: Bilingual[] = [];
    const rowNumber = firstRow + index;
    const id = text(at(row, "customer"));
    const name = text(at(row, "name"));
    const customer = id ?? name;
    if (customer === null) reasons.push(say("no customer", "pas de client"));

    const currency = text(at(row, "currency"))?.toUpperCase() ?? null;
    const status = statusOf(at(row, "status"));
    if (status === "unpaid")
      reasons.push(
        say(
          `status "${text(at(row, "status"))}": never paid, no revenue`,
          `statut « ${text(at(row, "status"))} » : jamais payé, aucun revenu`,
        ),
      );

    let amount = numberOf(at(row, "amount"));
    if (amount === null)
      reasons.push(
        at(row, "amount") === null
          ? say("no amount", "pas de montant")
          : say(
              `amount "${at(row, "amount")}" is not a number`,
              `montant « ${at(row, "amount")} » illisible`,
            ),
      );
    else if (amount < 0) {
      reasons.push(say(`negative amount ${amount}`, `montant négatif ${amount}`));
      amount = null;
    }
    const quantityCell = at(row, "quantity");
    const quantity = quantityCell === null ? 1 : numberOf(quantityCell);
    if (quantity === null || quantity < 0)
      reasons.push(
        say(`quantity "${quantityCell}" is not a number of units`, `quantité « ${quantityCell} » illisible`),
      );

    const months = monthsOf(at(row, "interval"), mapping.interval !== undefined);
    const countCell = at(row, "intervalCount");
    const count = countCell === null ? 1 : numberOf(countCell);
    if ("reason" in months) reasons.push(months.reason);
    if (count === null || count <= 0)
      reasons.push(
        say(
          `interval count "${countCell}" is not a number`,
          `nombre d'intervalles « ${countCell} » illisible`,
        ),
      );

    const dateOf = (
      field: "start" | "created" | "trialEnd" | "end" | "endedAt" | "canceledAt" | "cancelAt" | "periodEnd",
    ) => {
      const cell = at(row, field);
      const date = readDate(cell, order);
      if (date === "unreadable") {
        reasons.push(say(`date "${cell}" is not a date`, `date « ${cell} » illisible`));
        return null;
      }
      if (date === "ambiguous") {
        reasons.push(
          say(
            `date "${cell}" could be day first or month first`,
            `date « ${cell} » ambiguë (jour ou mois en premier)`,
          ),
        );
        return null;
      }
      return date;
    };
    let start = dateOf("start") ?? dateOf("created");
    const trialEnd = dateOf("trialEnd");
    if (status === "trial" && trialEnd !== null && (start === null || trialEnd > start)) start = trialEnd;
    if (start === null && !reasons.some((reason) => reason.en.startsWith("date")))
      reasons.push(say("no start date", "pas de date de début"));

    const endedAt = dateOf("endedAt");
    const end = dateOf("end");
    const canceledAt = dateOf("canceledAt");
    const cancelAt = dateOf("cancelAt");
    const periodEnd = dateOf("periodEnd");
    let ends: string | null = endedAt ?? end;
    if (ends === null && status === "canceled") {
      ends = canceledAt ?? periodEnd;
      if (ends === null) reasons.push(say("cancelled, with no end date", "résilié, sans date de fin"));
    }
    if (ends === null && cancelAt !== null) ends = cancelAt;
    if (ends === null && truthy(at(row, "cancelAtPeriodEnd")) && periodEnd !== null) ends = periodEnd;
    if (start !== null && ends !== null && ends <= start)
      reasons.push(
        ends === start
          ? say(`ends the day it starts (${start})`, `se termine le jour où il commence (${start})`)
          : say(
              `ends (${ends}) before it starts (${start})`,
              `se termine (${ends}) avant de commencer (${start})`,
            ),
      );

    if (
      reasons.length > 0 ||
      customer === null ||
      amount === null ||
      quantity === null ||
      "reason" in months ||
      count === null ||
      start === null
    ) {
      rejected.push({ row: rowNumber, reasons });
      return;
    }
    const cents = unit === "cents" && !(currency !== null && ZERO_DECIMAL.has(currency));
    const billed = round((amount * quantity) / (cents ? 100 : 1));
    read.push({
      subscription: {
        customer,
        name: id !== null && name !== null && name !== id ? name : null,
        amount: billed,
        months: months.months * count,
        start,
        end: ends,
        row: rowNumber,
      },
      currency,
    });
  });

  // The currency most rows are in; the first one met when two are as frequent.
  const counts = new Map<string, number>();
  for (const { currency } of read)
    if (currency !== null) counts.set(currency, (counts.get(currency) ?? 0) + 1);
  let main: string | null = null;
  for (const [code, n] of counts) if (main === null || n > (counts.get(main) ?? 0)) main = code;
  const subscriptions: Subscription[] = [];
  for (const { subscription, currency } of read) {
    if (currency !== null && main !== null && currency !== main)
      rejected.push({
        row: subscription.row,
        reasons: [
          say(
            `in ${currency} while most rows are in ${main}: amounts in two currencies do not add up (import each currency on its own)`,
            `en ${currency} alors que la plupart des lignes sont en ${main} : des montants en deux devises ne s'additionnent pas (importez chaque devise à part)`,
          ),
        ],
      });
    else subscriptions.push({ ...subscription, currency: currency ?? main });
  }
  rejected.sort((a, b) => a.row - b.row);
  return { subscriptions, rejected, currency: main, notes };
}

/** Amounts to the hundredth of a cent, so that 4990 cents are 49.9 and not 49.900000000000006. */
const round = (n: number) => Math.round(n * 10_000) / 10_000;

/** A cell's text, trimmed; a number as its digits; `null` when blank. */
function text(cell: TableCell): string | null {
  if (cell === null || typeof cell === "boolean") return null;
  const value = String(cell).trim();
  return value === "" ? null : value;
}

/** A number, or an amount's text read by the one reader of amounts, in either convention. */
function numberOf(cell: TableCell): number | null {
  if (typeof cell === "number") return Number.isFinite(cell) ? cell : null;
  if (typeof cell !== "string") return null;
  return readAmount(cell, "either");
}

function truthy(cell: TableCell): boolean {
  if (cell === true) return true;
  if (typeof cell === "number") return cell === 1;
  return typeof cell === "string" && ["true", "yes", "oui", "vrai", "1", "y"].includes(normalizeWord(cell));
}

/** What a status means for the table. */
function statusOf(cell: TableCell): "canceled" | "trial" | "unpaid" | "other" {
  const status = typeof cell === "string" ? normalizeWord(cell).replace(/[\s-]/g, "_") : "";
  if (
    [
      "canceled",
      "cancelled",
      "annule",
      "annulee",
      "resilie",
      "resiliee",
      "ended",
      "churned",
      "termine",
      "terminee",
    ].includes(status)
  )
    return "canceled";
  if (["trialing", "trial", "essai", "en_essai", "periode_d'essai"].includes(status)) return "trial";
  if (["incomplete", "incomplete_expired", "incomplet", "impaye_initial"].includes(status)) return "unpaid";
  return "other";
}

/** Months of a unit's word, English or French; `null` for a unit shorter than a month. */
const UNITS: Readonly<Record<string, number | null>> = {
  month: 1,
  months: 1,
  monthly: 1,
  mois: 1,
  mensuel: 1,
  mensuelle: 1,
  mensualite: 1,
  m: 1,
  quarter: 3,
  quarters: 3,
  quarterly: 3,
  trimestre: 3,
  trimestres: 3,
  trimestriel: 3,
  trimestrielle: 3,
  semester: 6,
  semesters: 6,
  semiannual: 6,
  semestre: 6,
  semestres: 6,
  semestriel: 6,
  semestrielle: 6,
  year: 12,
  years: 12,
  yearly: 12,
  annual: 12,
  annually: 12,
  an: 12,
  ans: 12,
  annee: 12,
  annees: 12,
  annuel: 12,
  annuelle: 12,
  y: 12,
  week: null,
  weeks: null,
  weekly: null,
  semaine: null,
  semaines: null,
  hebdomadaire: null,
  day: null,
  days: null,
  daily: null,
  jour: null,
  jours: null,
  quotidien: null,
  quotidienne: null,
};

/** The interval in months of a cell: a number of months, a unit, or a number and a unit. */
function monthsOf(cell: TableCell, mapped: boolean): { months: number } | { reason: Bilingual } {
  if (!mapped) return { months: 1 };
  if (typeof cell === "number")
    return cell > 0
      ? { months: cell }
      : {
          reason: say(
            `interval ${cell} is not a number of months`,
            `périodicité ${cell} n'est pas un nombre de mois`,
          ),
        };
  if (cell === null) return { reason: say("no interval", "pas de périodicité") };
  const words = String(cell)
    .split(/[^\p{L}\p{N}.,']+/u)
    .map(normalizeWord)
    .filter((word) => word !== "" && word !== "every" && word !== "tous" && word !== "les" && word !== "par");
  const numbers = words.filter((word) => /^\d+(?:[.,]\d+)?$/.test(word));
  const units = words.filter((word) => !/^\d/.test(word));
  const unit = units.length === 1 ? UNITS[units[0] ?? ""] : undefined;
  const times =
    numbers.length === 0 ? 1 : numbers.length === 1 ? Number((numbers[0] ?? "").replace(",", ".")) : NaN;
  if (unit === null)
    return {
      reason: say(
        `interval "${cell}" is shorter than a month: the table counts months`,
        `périodicité « ${cell} » plus courte qu'un mois : le tableau compte en mois`,
      ),
    };
  if (unit === undefined || !(times > 0))
    return { reason: say(`interval "${cell}" is not a period`, `périodicité « ${cell} » illisible`) };
  return { months: unit * times };
}

/** How slash dates of the file read: day first, month first, or nothing tells. */
type DateOrder = "dmy" | "mdy" | "ambiguous" | "none";

const SLASH = /^(\d{1,2})[/.-](\d{1,2})[/.-](\d{4})(?:[ T]\d{1,2}:\d{2}(?::\d{2})?)?$/;
const ISO =
  /^(\d{4}-\d{2}-\d{2})(?:[ T](\d{2}):(\d{2})(?::\d{2}(?:\.\d+)?)?\s*(?:Z|UTC|[+-]\d{2}:?\d{2})?)?$/i;

/** The order of the file's slash dates: what a day over 12 says, else the headers' language. */
function dateOrder(sheet: PortfolioSheet, columns: readonly number[]): DateOrder {
  let dayFirst = false;
  let monthFirst = false;
  let seen = false;
  for (const row of sheet.rows)
    for (const column of columns) {
      const cell = row[column];
      const match = typeof cell === "string" ? SLASH.exec(cell.trim()) : null;
      if (match === null) continue;
      seen = true;
      if (Number(match[1]) > 12) dayFirst = true;
      if (Number(match[2]) > 12) monthFirst = true;
    }
  if (!seen) return "none";
  if (dayFirst !== monthFirst) return dayFirst ? "dmy" : "mdy";
  return frenchHeaders(sheet.headers) ? "dmy" : "ambiguous";
}

/**
 * A date cell as `YYYY-MM-DD`: `null` when blank, `"unreadable"` or `"ambiguous"` when it cannot be read.
 */
function readDate(cell: TableCell, order: DateOrder): string | null | "unreadable" | "ambiguous" {
  if (cell === null || cell === "") return null;
  if (typeof cell === "number") {
    // A Unix time in seconds (Stripe's API exports), else an Excel date serial.
    if (cell >= 1e9 && cell < 1e11)
      return new Date(Math.floor(cell / 86_400) * DAY_MS).toISOString().slice(0, 10);
    if (Number.isInteger(cell) && cell >= 61 && cell <= LAST_SERIAL)
      return new Date(EXCEL_EPOCH + cell * DAY_MS).toISOString().slice(0, 10);
    return "unreadable";
  }
  if (typeof cell !== "string") return "unreadable";
  const value = cell.trim();
  const iso = ISO.exec(value);
  if (iso !== null) return isoDateUtc(iso[1]) === null ? "unreadable" : (iso[1] ?? null);
  const slash = SLASH.exec(value);
  if (slash === null) return "unreadable";
  const [a, b, year] = [Number(slash[1]), Number(slash[2]), Number(slash[3])];
  if ((order === "ambiguous" || order === "none") && a <= 12 && b <= 12 && a !== b) return "ambiguous";
  const [day, month] = order === "mdy" ? [b, a] : [a, b];
  const date = `${year}-${String(month).padStart(2, "0")}-${String(day).padStart(2, "0")}`;
  return isoDateUtc(date) === null ? "unreadable" : date;
}

/**
 * The rejected rows as lines to show, one per row, in both languages: `Row 5: no customer; no amount.`
 *
 * @param rejected - the rejected rows
 * @returns one line each
 * @example
 * rejectedLines([{ row: 5, reasons: [{ en: "no customer", fr: "pas de client" }, { en: "no amount", fr: "pas de montant" }] }])
 * //=> [{ en: "Row 5: no customer; no amount.", fr: "Ligne 5 : pas de client ; pas de montant." }]
 */
export function rejectedLines(rejected: readonly RejectedRow[]): Bilingual[] {
  return rejected.map(({ row, reasons }) =>
    say(
      `Row ${row}: ${reasons.map((reason) => reason.en).join("; ")}.`,
      `Ligne ${row} : ${reasons.map((reason) => reason.fr).join(" ; ")}.`,
    ),
  );
}
