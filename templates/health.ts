/**
 * The account health workbook (Elevo's account-health indicators): raw signals per account, rescaled into
 * components on 0–100 with editable scales, a weighted score over the components present, its coverage (the
 * share of the weights measured), its Red / Yellow / Green band — or "Insufficient data" below the minimum
 * coverage — and the alerts of the seed, all native formulas, so it works without the add-in.
 *
 * Every computed value is a calculated column of the one table `HealthSignals` (on the Accounts sheet; not
 * named `Accounts`, which the segmentation workbook uses, so both can live in one workbook): a row added
 * anywhere in it computes, and every summary reads whole columns.
 *
 * Contract, the same in both languages: table `HealthSignals`; input names `Min…`, `Max…` and `Weight…` per
 * component (ActiveUsers, AdminActivity, Logins, Modules, NPS, CSAT, Licences, ARRTrend; Pulse has a weight
 * only), `RedMax`, `YellowMax`, `MinCoverage`, `AdminMonths`, `LoginMonths`, `LicenceDrop`, `RenewalWindow`,
 * `HealthAsOf`; result names `WeightTotal`, `AccountCount`, `GreenAccounts`, `YellowAccounts`, `RedAccounts`,
 * `InsufficientDataAccounts`, `AverageScore`, `AccountsWithAlerts`, `HealthARR`, `ARRAtRisk`,
 * `ARRAtRiskRenewing`, `ARRInsufficientData`.
 */
import { ACCOUNTS_AT, ACCOUNTS_TEXT, IDENTITY_COLUMNS, SAMPLE_ROWS, SIGNAL_COLUMNS } from "./health-accounts";
import { ALERTS_COLUMN } from "./health-alerts";
import { BANDS, COMPONENT_COLUMNS, SUMMARY_COLUMNS } from "./health-score";
import { healthSummary } from "./health-summary";
import { settingsSheet } from "./health-settings";
import { columnLetters, parseA1 } from "../functions/excel/a1";
import type { ColourRule, ColumnSpec, SheetSpec, TableSpec, TemplateSpec } from "./spec";

const COLUMNS: readonly ColumnSpec[] = [
  ...IDENTITY_COLUMNS,
  ...SUMMARY_COLUMNS,
  ALERTS_COLUMN,
  ...SIGNAL_COLUMNS,
  ...COMPONENT_COLUMNS,
];

/** The first data cell of a column, as conditional formatting wants it (`$F5`). */
function firstCell(key: string): string {
  const { row, column } = parseA1(ACCOUNTS_AT);
  const index = COLUMNS.findIndex((c) => c.key === key);
  if (index < 0) throw new Error(`HealthSignals has no column ${key}`);
  return `$${columnLetters(column + index)}${row + 1}`;
}

/** Green above YellowMax, amber above RedMax, red up to RedMax; nothing for "–". */
export function bandRules(cell: string): ColourRule[] {
  return [
    { when: `AND(ISNUMBER(${cell}),${cell}>YellowMax)`, colour: "green" },
    { when: `AND(ISNUMBER(${cell}),${cell}>RedMax,${cell}<=YellowMax)`, colour: "amber" },
    { when: `AND(ISNUMBER(${cell}),${cell}<=RedMax)`, colour: "red" },
  ];
}

/**
 * A component is coloured only when it reads clearly: red below RedMax, green above YellowMax, no colour in
 * between — a neutral reading (flat ARR, an NPS of 0: 50 on their scales) is not red.
 */
function componentRules(cell: string): ColourRule[] {
  return [
    { when: `AND(ISNUMBER(${cell}),${cell}>YellowMax)`, colour: "green" },
    { when: `AND(ISNUMBER(${cell}),${cell}<RedMax)`, colour: "red" },
  ];
}

/** A change of the score of this many points or more is coloured; a smaller one is noise. */
const CHANGE_THRESHOLD = 5;

function colours(): Record<string, ColourRule[]> {
  const rules: Record<string, ColourRule[]> = {};
  for (const c of COMPONENT_COLUMNS) rules[c.key] = componentRules(firstCell(c.key));
  rules.score = bandRules(firstCell("score"));
  const band = firstCell("band");
  rules.band = (["green", "yellow", "red"] as const).map((b) => ({
    when: `OR(${band}="${BANDS[b].en}",${band}="${BANDS[b].fr}")`,
    colour: b === "yellow" ? "amber" : b,
  }));
  const coverage = firstCell("coverage");
  rules.coverage = [{ when: `AND(ISNUMBER(${coverage}),${coverage}<MinCoverage)`, colour: "amber" }];
  const change = firstCell("change");
  rules.change = [
    { when: `AND(ISNUMBER(${change}),${change}>=${CHANGE_THRESHOLD})`, colour: "green" },
    { when: `AND(ISNUMBER(${change}),${change}<=-${CHANGE_THRESHOLD})`, colour: "red" },
  ];
  const [days, atRisk] = [firstCell("renewalDays"), firstCell("arrAtRisk")];
  rules.renewalDays = [
    {
      when: `AND(ISNUMBER(${days}),${days}<=RenewalWindow,ISNUMBER(${atRisk}),${atRisk}>0)`,
      colour: "red",
    },
  ];
  const alerts = firstCell("alerts");
  rules.alerts = [
    {
      when: `AND(LEN(${alerts})>0,${alerts}<>"No alert",${alerts}<>"Aucune alerte",${alerts}<>"–")`,
      colour: "amber",
    },
  ];
  return rules;
}

const ACCOUNTS: TableSpec = {
  name: "HealthSignals",
  at: ACCOUNTS_AT,
  columns: COLUMNS,
  rows: SAMPLE_ROWS,
  colours: colours(),
};

/** Each column's width: its own, or wide enough for its header in both languages. */
function widths(): Record<string, number> {
  const { column } = parseA1(ACCOUNTS_AT);
  return Object.fromEntries(
    COLUMNS.map((c, i) => [
      columnLetters(column + i),
      c.width ?? Math.min(26, Math.max(9, c.header.en.length + 3, c.header.fr.length + 3)),
    ]),
  );
}

const accountsSheet: SheetSpec = {
  key: "accounts",
  name: { en: "Accounts", fr: "Comptes" },
  tables: [ACCOUNTS],
  cells: [
    { at: "A1", role: "title", value: ACCOUNTS_TEXT.title },
    { at: "A2", role: "note", value: ACCOUNTS_TEXT.note },
    { at: "A3", role: "note", value: ACCOUNTS_TEXT.sample },
  ],
  widths: widths(),
  freezeRows: parseA1(ACCOUNTS_AT).row,
  landscape: true,
  // What a reader needs on paper: each account, its score, band, coverage, ARR at risk and alerts; the signals
  // and components behind them stay on screen.
  printColumns: `${columnLetters(parseA1(ACCOUNTS_AT).column)}:${columnLetters(parseA1(ACCOUNTS_AT).column + IDENTITY_COLUMNS.length + SUMMARY_COLUMNS.length - 1)}`,
};

export const health: TemplateSpec = {
  name: "health",
  title: { en: "Account health", fr: "Santé des comptes" },
  sheets: [healthSummary, accountsSheet, settingsSheet],
};
