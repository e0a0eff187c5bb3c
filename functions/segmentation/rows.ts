/**
 * The row checks of the segmentation (./segment.ts): blank cells, account ids, the message of each row
 * problem (written only for rows that have one), and which rows are historical customers.
 */
import { AMOUNT_RULE, checkNumber, describeValue, itemSubject, type Problem } from "../checks/checks";
import type { Bilingual } from "../excel/language";

/** Why a row is unclassified. */
export type RowReason = "missing" | "notText" | "notNumber" | "negative" | "duplicate" | "notDate";

export interface RowProblem extends Problem {
  readonly reason: RowReason;
}

const ROW: Bilingual = { en: "Row", fr: "Ligne" };
const FIELDS = {
  account: { en: "account", fr: "compte" },
  currentArr: { en: "current ARR", fr: "ARR actuel" },
  potentialArr: { en: "potential ARR", fr: "ARR potentiel" },
  customerSince: { en: "customer since", fr: "client depuis" },
} as const satisfies Record<string, Bilingual>;

/**
 * Whether a cell is blank: nothing, or a text of spaces only.
 *
 * @param value - the cell's value
 * @returns true when blank
 *
 * @example
 * empty("  ")
 * //=> true
 * @example
 * empty(0)
 * //=> false
 */
export function empty(value: unknown): boolean {
  if (value === null || value === undefined || value === "") return true;
  return typeof value === "string" && value.charCodeAt(0) <= 32 && value.trim() === "";
}

/**
 * An account's id: a text without its surrounding spaces, or a finite number written as text; `null` for
 * anything else (blank included).
 *
 * @param value - the account cell
 * @returns the id, or `null`
 *
 * @example
 * accountId(" Acme ")
 * //=> "Acme"
 * @example
 * accountId(1042)
 * //=> "1042"
 */
export function accountId(value: unknown): string | null {
  if (typeof value === "string") return empty(value) ? null : value.trim();
  if (typeof value === "number" && Number.isFinite(value)) return String(value);
  return null;
}

/**
 * The problem of one field of one row, with its reason and its message in English and French; only called
 * for rows that have one. `first`, when given, is the 0-based row that already has the account.
 *
 * @param row - 0-based position of the row
 * @param id - the row's account id, if any
 * @param field - the field at fault
 * @param value - the value received
 * @param first - for a duplicate account, the row of its first occurrence
 * @param firstRow - the row number the person sees for position 0 (2 under a header row); 1 when not said
 * @returns the problem
 *
 * @example
 * rowProblem(2, "Acme", "currentArr", -5).reason
 * //=> "negative"
 * @example
 * rowProblem(4, "Acme", "account", "Acme", 1).message.en
 * //=> 'Row 5 (Acme), account: "Acme" already appears in row 2; only the first is segmented.'
 * @example
 * rowProblem(4, "Acme", "account", "Acme", 1, 2).message.en
 * //=> 'Row 6 (Acme), account: "Acme" already appears in row 3; only the first is segmented.'
 */
export function rowProblem(
  row: number,
  id: string | null,
  field: keyof typeof FIELDS,
  value: unknown,
  first = -1,
  firstRow = 1,
): RowProblem {
  const shift = firstRow - 1;
  const subject = itemSubject(ROW, row + shift, id, FIELDS[field]);
  const base = { field, index: row, ...(id === null ? {} : { id }) };
  if (first >= 0)
    return {
      ...base,
      reason: "duplicate",
      message: {
        en: `${subject.en}: "${id}" already appears in row ${first + 1 + shift}; only the first is segmented.`,
        fr: `${subject.fr} : « ${id} » figure déjà ligne ${first + 1 + shift} ; seule la première est segmentée.`,
      },
    };
  if (empty(value))
    return {
      ...base,
      reason: "missing",
      message:
        field === "account"
          ? {
              en: `${subject.en}: missing; give the account's name or id.`,
              fr: `${subject.fr} : manquant ; indiquez le nom ou l'identifiant du compte.`,
            }
          : {
              en: `${subject.en}: missing; give an amount of 0 or more.`,
              fr: `${subject.fr} : manquant ; indiquez un montant positif ou nul.`,
            },
    };
  if (field === "customerSince")
    return {
      ...base,
      reason: "notDate",
      message: {
        en: `${subject.en}: expected a date (YYYY-MM-DD or an Excel date), got ${describeValue(value).en}.`,
        fr: `${subject.fr} : attendu une date (AAAA-MM-JJ ou une date Excel), reçu ${describeValue(value).fr}.`,
      },
    };
  if (field === "account")
    return {
      ...base,
      reason: "notText",
      message: {
        en: `${subject.en}: expected a text or a number.`,
        fr: `${subject.fr} : attendu un texte ou un nombre.`,
      },
    };
  const message = checkNumber(value, AMOUNT_RULE, subject) ?? { en: subject.en, fr: subject.fr };
  const negative = typeof value === "number" && value < 0;
  return { ...base, reason: negative ? "negative" : "notNumber", message };
}

/**
 * Which classified rows are historical customers (1): customer since before the date, or among the first N
 * classified rows by customer since (ties in row order). `null` when no account is kept.
 *
 * @param arrTier - per row, its ARR tier; negative for a blank or unclassified row
 * @param since - per row, customer since as an Excel serial; `NaN` when blank
 * @param before - the date, an Excel serial; `NaN` when not used
 * @param firstN - how many of the earliest customers are kept; 0 when not used
 * @param floorTier - the tier they are kept at least at; negative when no account is kept
 * @returns 1 per historical row, 0 otherwise; or `null`
 *
 * @example
 * Array.from(historicalRows(Int32Array.of(2, 1, -1, 2), Float64Array.of(44000, 43000, 40000, NaN), 43466, 0, 1))
 * //=> [0, 1, 0, 0]
 * @example
 * Array.from(historicalRows(Int32Array.of(2, 2, 2), Float64Array.of(45000, 44000, 44000), NaN, 2, 1))
 * //=> [0, 1, 1]
 */
export function historicalRows(
  arrTier: Int32Array,
  since: Float64Array,
  before: number,
  firstN: number,
  floorTier: number,
): Uint8Array | null {
  if (floorTier < 0) return null;
  const n = arrTier.length;
  const marks = new Uint8Array(n);
  for (let i = 0; i < n; i++) if ((arrTier[i] ?? -1) >= 0 && (since[i] ?? NaN) < before) marks[i] = 1;
  if (firstN > 0) {
    const dated: number[] = [];
    for (let i = 0; i < n; i++)
      if ((arrTier[i] ?? -1) >= 0 && since[i] === since[i]) dated.push(since[i] ?? NaN);
    if (dated.length <= firstN) {
      for (let i = 0; i < n; i++) if ((arrTier[i] ?? -1) >= 0 && since[i] === since[i]) marks[i] = 1;
    } else {
      const sorted = Float64Array.from(dated).sort();
      const cut = sorted[firstN - 1] ?? NaN;
      // Dates before the cut are all in; at the cut, rows in input order until N are in.
      let room = firstN;
      for (let i = 0; i < n; i++) if ((arrTier[i] ?? -1) >= 0 && (since[i] ?? NaN) < cut) room--;
      for (let i = 0; i < n; i++) {
        if ((arrTier[i] ?? -1) < 0) continue;
        const s = since[i] ?? NaN;
        if (s < cut) marks[i] = 1;
        else if (s === cut && room > 0) {
          marks[i] = 1;
          room--;
        }
      }
    }
  }
  return marks;
}
