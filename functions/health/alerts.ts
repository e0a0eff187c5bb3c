/**
 * The alerts of Elevo's health system (Elevo's account-health indicators): to prevent churn and to spot upsell, one line of readable
 * text per account naming each alert raised.
 */
import { normalizeWord, readLanguage, readNumber, ZERO_IS_BLANK } from "../excel/arguments";
import { asRows, cellsOf, firstErrorCell, shapeOf } from "../excel/cells";
import { readCell, readText, type Spill, type SpillCell } from "../excel/elementwise";
import { ExcelError, strongerError } from "../excel/errors";
import type { Language } from "../excel/language";
import type { ArgumentName } from "../excel/messages";
import { strongestError } from "../excel/results";

/** One account's signals, as read from its row. Blank signals are `null`: their rule is not checked. */
export interface AccountSignals {
  readonly adminIdleMonths: number | null;
  readonly loginIdleMonths: number | null;
  readonly licencesBefore: number | null;
  readonly licencesNow: number | null;
  readonly modulesOfInterest: readonly string[];
  readonly modulesOwned: readonly string[];
}

/** When an alert is raised. */
export interface AlertThresholds {
  /** The admin has done nothing for at least this many months. */
  readonly adminMonths: number;
  /** No user has logged in for at least this many months. */
  readonly loginMonths: number;
  /** Licences fell by more than this fraction since last month. */
  readonly licenceDrop: number;
}

export const DEFAULT_THRESHOLDS: AlertThresholds = { adminMonths: 2, loginMonths: 1, licenceDrop: 0.1 };

// Built once: `toLocaleString` builds a formatter on every call, the bulk of the time for 100,000 accounts.
const ENGLISH_NUMBER = new Intl.NumberFormat("en-US", { maximumFractionDigits: 1 });
const FRENCH_NUMBER = new Intl.NumberFormat("fr-FR", { maximumFractionDigits: 1 });

/**
 * The alerts raised for one account, as readable text in the given language, `""` when none: the admin
 * inactive for `adminMonths` or more, no login for `loginMonths` or more, licences down by more than
 * `licenceDrop` month over month, and interest in modules the account does not own (an upsell signal).
 *
 * @param signals - the account's signals
 * @param thresholds - when each alert is raised
 * @param language - the language of the text
 * @returns the alerts, separated by "; " (" ; " in French)
 *
 * @example
 * alertText({ adminIdleMonths: 3, loginIdleMonths: 0, licencesBefore: 40, licencesNow: 30, modulesOfInterest: ["Reporting", "Payroll"], modulesOwned: ["payroll"] }, DEFAULT_THRESHOLDS, "en")
 * //=> "Admin inactive for 3 months; licences down 25 % (40 → 30); interest in modules not owned: Reporting"
 * @example
 * alertText({ adminIdleMonths: 1, loginIdleMonths: 2, licencesBefore: null, licencesNow: 30, modulesOfInterest: [], modulesOwned: [] }, DEFAULT_THRESHOLDS, "fr")
 * //=> "Aucune connexion depuis 2 mois"
 */
export function alertText(signals: AccountSignals, thresholds: AlertThresholds, language: Language): string {
  const fr = language === "fr";
  // No closure made per account: under tsx each one is also named by a helper, a cost per call.
  const alerts: string[] = [];
  const {
    adminIdleMonths: admin,
    loginIdleMonths: login,
    licencesBefore: before,
    licencesNow: now,
  } = signals;
  if (admin !== null && admin >= thresholds.adminMonths)
    alerts.push(
      fr ? `admin inactif depuis ${monthsText(admin, fr)}` : `admin inactive for ${monthsText(admin, fr)}`,
    );
  if (login !== null && login >= thresholds.loginMonths)
    alerts.push(
      fr ? `aucune connexion depuis ${monthsText(login, fr)}` : `no login for ${monthsText(login, fr)}`,
    );
  if (before !== null && now !== null && before > 0 && (before - now) / before > thresholds.licenceDrop) {
    const drop = numberText(((before - now) / before) * 100, fr);
    alerts.push(
      fr
        ? `licences en baisse de ${drop} % (${before} → ${now})`
        : `licences down ${drop} % (${before} → ${now})`,
    );
  }
  const wanted =
    signals.modulesOfInterest.length === 0
      ? signals.modulesOfInterest
      : interestNotOwned(signals.modulesOfInterest, signals.modulesOwned);
  const unique =
    wanted.length === 0
      ? wanted
      : wanted.filter(
          (module, i) => wanted.findIndex((m) => normalizeWord(m) === normalizeWord(module)) === i,
        );
  if (unique.length > 0)
    alerts.push(
      fr
        ? `intérêt pour des modules non détenus : ${unique.join(", ")}`
        : `interest in modules not owned: ${unique.join(", ")}`,
    );
  const text = alerts.join(fr ? " ; " : "; ");
  return text.charAt(0).toUpperCase() + text.slice(1);
}

/** A number as the alerts write it: a whole number from 1 to 999 as its digits (the same in both languages,
 * without a formatter), any other with one decimal at most in the language's format. */
function numberText(n: number, fr: boolean): string {
  return (n | 0) === n && n > 0 && n < 1000 ? String(n) : (fr ? FRENCH_NUMBER : ENGLISH_NUMBER).format(n);
}

/** A number of months as the alerts write it. */
function monthsText(n: number, fr: boolean): string {
  return fr ? `${numberText(n, fr)} mois` : `${numberText(n, fr)} month${n === 1 ? "" : "s"}`;
}

const MONTHS = {
  min: 0,
  expected: { en: "a number of months of 0 or more", fr: "un nombre de mois positif ou nul" },
};
const LICENCES = {
  integer: true,
  min: 0,
  expected: { en: "a whole number of licences", fr: "un nombre entier de licences" },
};
const DROP = {
  min: 0,
  max: 1,
  expected: { en: "a fraction from 0 to 1 (0.1 for 10 %)", fr: "une fraction de 0 à 1 (0,1 pour 10 %)" },
};

const NAMES = {
  admin: { en: "admin_idle_months", fr: "mois_inactivité_admin" },
  login: { en: "login_idle_months", fr: "mois_sans_connexion" },
  before: { en: "licences_before", fr: "licences_avant" },
  now: { en: "licences_now", fr: "licences_maintenant" },
  interest: { en: "modules_of_interest", fr: "modules_intérêt" },
  owned: { en: "modules_owned", fr: "modules_détenus" },
} satisfies Record<string, ArgumentName>;

/**
 * `CSM.ALERTS`: the alerts of many accounts at once, one row each (a spilled column of text). The four
 * numeric signals are columns with one row per account (or single values for one account). Each account's
 * modules are the cells of its row in `modules_of_interest` and `modules_owned`, each cell one module or a
 * list separated by commas or semicolons; for a single account, the modules may be any range. A blank
 * signal skips its rule. Thresholds default to 2 months (admin), 1 month (login) and a 10 % drop.
 *
 * Windows desktop passes an empty cell as 0, so 0 reads as blank in the thresholds (their defaults apply:
 * a threshold of 0 would flag every account) and in the module lists. To flag any licence drop, use a small
 * threshold such as 0.001. The text is English unless `language` says `"fr"` — never Excel's display
 * language, so that the results do not change when the workbook is opened elsewhere. A threshold or a
 * language that cannot be read is one error for all, after any error value in the inputs.
 *
 * @param adminIdle - months since the admin's last action, per account
 * @param loginIdle - months since any user logged in, per account
 * @param licencesBefore - licences used last month, per account
 * @param licencesNow - licences used this month, per account
 * @param interest - modules each account showed interest in, `null` when omitted
 * @param owned - modules each account owns, `null` when omitted
 * @param adminMonths - threshold, `null` or 0 for 2
 * @param loginMonths - threshold, `null` or 0 for 1
 * @param licenceDrop - threshold as a fraction, `null` or 0 for 0.1
 * @param language - `"en"` or `"fr"` (see {@link readLanguage}); `null` or 0 for English
 * @returns one text per account, or an Excel error value
 *
 * @example
 * accountAlerts([[0], [4]], [[0], [0]], [[10], [10]], [[10], [10]], null, null, null, null, null, null)
 * //=> [[""], ["Admin inactive for 4 months"]]
 * @example
 * accountAlerts(4, 0, 10, 10, null, null, 0, 0, 0, "fr")
 * //=> [["Admin inactif depuis 4 mois"]]
 */
export function accountAlerts(
  adminIdle: unknown,
  loginIdle: unknown,
  licencesBefore: unknown,
  licencesNow: unknown,
  interest: unknown,
  owned: unknown,
  adminMonths: unknown,
  loginMonths: unknown,
  licenceDrop: unknown,
  language: unknown,
): Spill | ExcelError {
  const thresholds = [
    readNumber(
      adminMonths,
      { en: "admin_months", fr: "mois_admin" },
      MONTHS,
      DEFAULT_THRESHOLDS.adminMonths,
      ZERO_IS_BLANK,
    ),
    readNumber(
      loginMonths,
      { en: "login_months", fr: "mois_connexion" },
      MONTHS,
      DEFAULT_THRESHOLDS.loginMonths,
      ZERO_IS_BLANK,
    ),
    readNumber(
      licenceDrop,
      { en: "licence_drop", fr: "baisse_licences" },
      DROP,
      DEFAULT_THRESHOLDS.licenceDrop,
      ZERO_IS_BLANK,
    ),
  ];
  const words = readLanguage(language);
  const problem = strongestError([...thresholds, words]);
  if (problem) {
    // One error for all accounts: an error value in any input outranks it (rule 1 of the precedence).
    const inputs = [adminIdle, loginIdle, licencesBefore, licencesNow, interest, owned];
    const passed = problem.passedThrough ? undefined : inputs.map((input) => firstErrorCell(asRows(input)));
    return passed?.find((error) => error !== undefined) ?? problem;
  }
  const [a, l, d] = thresholds as number[];
  const limits: AlertThresholds = {
    adminMonths: a as number,
    loginMonths: l as number,
    licenceDrop: d as number,
  };

  const signals = [adminIdle, loginIdle, licencesBefore, licencesNow].map(asRows);
  const accounts = Math.max(...signals.map((rows) => rows.length));
  const columns = [NAMES.admin, NAMES.login, NAMES.before, NAMES.now];
  for (let i = 0; i < signals.length; i++) {
    const [height, width] = shapeOf(signals[i] as readonly unknown[]);
    if (width !== 1 || (height !== accounts && height !== 1))
      return wrongShape(columns[i] as ArgumentName, height, width, accounts);
  }
  const modules = [interest, owned].map((range) =>
    range === null || range === undefined ? [] : asRows(range),
  );
  for (const [i, rows] of modules.entries())
    if (accounts > 1 && rows.length !== 0 && rows.length !== accounts)
      return wrongShape(i === 0 ? NAMES.interest : NAMES.owned, rows.length, shapeOf(rows)[1], accounts);

  const out: Spill = new Array<SpillCell[]>(accounts);
  const interestRows = modules[0] as readonly unknown[];
  const ownedRows = modules[1] as readonly unknown[];
  for (let r = 0; r < accounts; r++) {
    const values = [
      signalCell(signals, 0, r, MONTHS),
      signalCell(signals, 1, r, MONTHS),
      signalCell(signals, 2, r, LICENCES),
      signalCell(signals, 3, r, LICENCES),
    ];
    const interestList =
      interestRows.length === 0 ? NONE : moduleList(interestRows, r, accounts, NAMES.interest);
    const ownedList = ownedRows.length === 0 ? NONE : moduleList(ownedRows, r, accounts, NAMES.owned);
    // The usual account (four numbers or blanks, no module list in error) has no problem to look for.
    const clean =
      !(values[0] instanceof ExcelError) &&
      !(values[1] instanceof ExcelError) &&
      !(values[2] instanceof ExcelError) &&
      !(values[3] instanceof ExcelError) &&
      Array.isArray(interestList) &&
      Array.isArray(ownedList);
    const rowProblem = clean ? undefined : strongestError([...values, interestList, ownedList]);
    const result: SpillCell = rowProblem
      ? rowProblem
      : alertText(
          {
            adminIdleMonths: values[0] as number | null,
            loginIdleMonths: values[1] as number | null,
            licencesBefore: values[2] as number | null,
            licencesNow: values[3] as number | null,
            modulesOfInterest: interestList as string[],
            modulesOwned: ownedList as string[],
          },
          limits,
          words as Language,
        );
    out[r] = [result];
  }
  return out;
}

const SIGNAL_COLUMNS = [NAMES.admin, NAMES.login, NAMES.before, NAMES.now];

/** Signal `i` of account `r` (one cell for all accounts when its range has one row): a number, `null` or an error. */
function signalCell(
  signals: readonly (readonly unknown[])[],
  i: number,
  r: number,
  domain: typeof MONTHS,
): number | null | ExcelError {
  const rows = signals[i] as readonly unknown[];
  const row = rows.length === 1 ? 0 : r;
  const cells: unknown = rows[row];
  const value: unknown = Array.isArray(cells) ? cells[0] : cells;
  // The usual signal, a whole number of 0 or more, is read here; anything else by readCell.
  if (typeof value === "number" && value >= 0 && (value | 0) === value) return value + 0;
  return readCell(value, SIGNAL_COLUMNS[i] as ArgumentName, row, 0, domain);
}

/** The modules of account `r`: its row's cells (all cells for a single account), split on , and ;. */
function moduleList(
  rows: readonly unknown[],
  r: number,
  accounts: number,
  argument: ArgumentName,
): string[] | ExcelError {
  const cells = accounts === 1 ? rows.flatMap(cellsOf) : rows.length === 0 ? [] : cellsOf(rows[r]);
  const names: string[] = [];
  let problem: ExcelError | undefined;
  for (const cell of cells) {
    const text = readText(cell, argument, ZERO_IS_BLANK);
    if (text instanceof ExcelError) problem = strongerError(problem, text);
    else if (text !== null)
      for (const part of text.split(/[,;]/)) if (part.trim() !== "") names.push(part.trim());
  }
  return problem ?? names;
}

/** The modules of interest that the account does not own, compared without case, spaces or accents. */
function interestNotOwned(interest: readonly string[], owned: readonly string[]): readonly string[] {
  const have = new Set(owned.map(normalizeWord));
  return interest.filter((module) => !have.has(normalizeWord(module)));
}

/** No modules: the list of an account when the argument is omitted. */
const NONE: readonly string[] = [];

function wrongShape(argument: ArgumentName, height: number, width: number, accounts: number): ExcelError {
  return new ExcelError("#VALUE!", {
    en: `${argument.en} (${height} × ${width}) must have one row per account (${accounts}), in one column for the numbers.`,
    fr: `${argument.fr} (${height} × ${width}) doit avoir une ligne par compte (${accounts}), sur une colonne pour les nombres.`,
  });
}
