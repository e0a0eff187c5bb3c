/**
 * The account health workbook (Elevo's account-health indicators): raw signals per account, rescaled into components on 0–100
 * with editable scales, a weighted score over the components present, its Red / Yellow / Green band and the
 * alerts of the seed — all native formulas, so it works without the add-in.
 *
 * Contract, the same in both languages: tables `HealthSignals` (inputs, on the Accounts sheet; not named
 * `Accounts`, which the segmentation workbook uses, so both can live in one workbook) and `Health`
 * (formulas, one row per row of HealthSignals, in the same order); input names `Min…`, `Max…` and
 * `Weight…` per component (ActiveUsers, AdminActivity, Logins, Modules, NPS, CSAT, Licences, ARRTrend;
 * Pulse has a weight only), `RedMax`, `YellowMax`, `AdminMonths`, `LoginMonths`, `LicenceDrop`; result
 * names `AccountCount`, `GreenAccounts`, `YellowAccounts`, `RedAccounts`, `AverageScore`,
 * `AccountsWithAlerts`.
 */
import { ACCOUNTS, ACCOUNTS_AT, ACCOUNTS_TEXT, ACCOUNTS_WIDTHS, NONE } from "./health-accounts";
import { BANDS, COMPONENTS, HEALTH_AT, HEALTH_COLUMNS, healthRef, NO_ALERT } from "./health-score";
import { settingsSheet } from "./health-settings";
import { columnLetters, parseA1 } from "../functions/excel/a1";
import {
  FORMATS,
  type CellSpec,
  type ColourRule,
  type Refs,
  type SheetSpec,
  type TableSpec,
  type TemplateSpec,
} from "./spec";

const HEALTH: TableSpec = {
  name: "Health",
  at: HEALTH_AT,
  columns: HEALTH_COLUMNS,
  // One row per sample account; the formulas fetch the account of their row number.
  rows: ACCOUNTS.rows.map(() => ({})),
  colours: healthColours(),
};

/** Green above YellowMax, amber above RedMax, red up to RedMax; nothing for "–". */
function bandRules(cell: string): ColourRule[] {
  return [
    { when: `AND(ISNUMBER(${cell}),${cell}>YellowMax)`, colour: "green" },
    { when: `AND(ISNUMBER(${cell}),${cell}>RedMax,${cell}<=YellowMax)`, colour: "amber" },
    { when: `AND(ISNUMBER(${cell}),${cell}<=RedMax)`, colour: "red" },
  ];
}

function healthColours(): Record<string, ColourRule[]> {
  const { row, column } = parseA1(HEALTH_AT);
  const cell = (key: string) =>
    `$${columnLetters(column + HEALTH_COLUMNS.findIndex((c) => c.key === key))}${row + 1}`;
  const colours: Record<string, ColourRule[]> = {};
  for (const c of COMPONENTS) colours[c.key] = bandRules(cell(c.key));
  colours.score = bandRules(cell("score"));
  const band = cell("band");
  colours.band = (["green", "yellow", "red"] as const).map((b) => ({
    when: `OR(${band}="${BANDS[b].en}",${band}="${BANDS[b].fr}")`,
    colour: b === "yellow" ? "amber" : b,
  }));
  const alerts = cell("alerts");
  colours.alerts = [
    {
      when: `AND(${alerts}<>"${NO_ALERT.en}",${alerts}<>"${NO_ALERT.fr}",${alerts}<>"${NONE}")`,
      colour: "amber",
    },
  ];
  return colours;
}

/** Widths of the Health sheet: wide enough for each header in both languages. */
function healthWidths(): Record<string, number> {
  const { column } = parseA1(HEALTH_AT);
  const fixed: Record<string, number> = { no: 5, account: 20, csm: 10, rank: 7, alerts: 70 };
  return Object.fromEntries(
    HEALTH_COLUMNS.map((c, i) => [
      columnLetters(column + i),
      fixed[c.key] ?? Math.max(8, c.header.en.length + 3, c.header.fr.length + 3),
    ]),
  );
}

/** The summary above the Health table: labels on row 4, results on row 5. */
function summaryCells(): CellSpec[] {
  const col = healthRef;
  const items: {
    label: CellSpec["value"];
    name: string;
    formula: CellSpec["formula"];
    format: string;
    colour?: ColourRule["colour"];
  }[] = [
    {
      label: { en: "Accounts", fr: "Comptes" },
      name: "AccountCount",
      formula: (r) => `COUNTA(${r.column(ACCOUNTS.name, "account")})`,
      format: FORMATS.integer,
    },
    ...(["green", "yellow", "red"] as const).map((b) => ({
      label: BANDS[b],
      name: `${BANDS[b].en}Accounts`,
      formula: (r: Refs) => `COUNTIF(${col("band", r.language)},"${BANDS[b][r.language]}")`,
      format: FORMATS.integer,
      colour: b === "yellow" ? ("amber" as const) : b,
    })),
    {
      label: { en: "Average score", fr: "Score moyen" },
      name: "AverageScore",
      formula: (r) =>
        `IF(COUNT(${col("score", r.language)})=0,"${NONE}",AVERAGE(${col("score", r.language)}))`,
      format: FORMATS.score,
    },
    {
      label: { en: "With alerts", fr: "Avec alertes" },
      name: "AccountsWithAlerts",
      formula: (r) =>
        `COUNTA(${col("alerts", r.language)})-COUNTIF(${col("alerts", r.language)},"${NO_ALERT[r.language]}")-COUNTIF(${col("alerts", r.language)},"${NONE}")`,
      format: FORMATS.integer,
    },
  ];
  return items.flatMap((item, i): CellSpec[] => {
    const letter = columnLetters(2 + i);
    const colours: ColourRule[] | undefined =
      item.name === "AverageScore"
        ? bandRules(`$${letter}$5`)
        : item.colour
          ? [{ when: `$${letter}$5>=0`, colour: item.colour }]
          : undefined;
    return [
      { at: `${letter}4`, role: "label", value: item.label },
      {
        at: `${letter}5`,
        role: "result",
        name: item.name,
        formula: item.formula,
        format: item.format,
        ...(colours ? { colours } : {}),
      },
    ];
  });
}

const healthSheet: SheetSpec = {
  key: "health",
  name: { en: "Health", fr: "Santé" },
  tables: [HEALTH],
  cells: [
    { at: "A1", role: "title", value: { en: "Account health", fr: "Santé des comptes" } },
    {
      at: "A2",
      role: "note",
      value: {
        en: "Computed, do not type here. One row per row of the Accounts sheet, same order: each signal rescaled to 0–100 (scales and weights on the Settings sheet), the score = weighted mean of the components present, its band and the alerts. – = no data.",
        fr: "Calculé, ne rien saisir ici. Une ligne par ligne de la feuille Comptes, même ordre : chaque signal ramené sur 0–100 (échelles et poids dans la feuille Paramètres), le score = moyenne pondérée des composantes présentes, sa bande et les alertes. – = pas de donnée.",
      },
    },
    {
      at: "A3",
      role: "note",
      value: {
        en: "More accounts: add rows on the Accounts sheet, then copy this table's last row down. To reorder, sort the Accounts sheet; here, use Rank or the filters.",
        fr: "Plus de comptes : ajoutez des lignes dans la feuille Comptes, puis recopiez vers le bas la dernière ligne de ce tableau. Pour réordonner, triez la feuille Comptes ; ici, utilisez le Rang ou les filtres.",
      },
    },
    ...summaryCells(),
  ],
  widths: healthWidths(),
  freezeRows: parseA1(HEALTH_AT).row,
  landscape: true,
};

const accountsSheet: SheetSpec = {
  key: "accounts",
  name: { en: "Accounts", fr: "Comptes" },
  tables: [ACCOUNTS],
  cells: [
    { at: "A1", role: "title", value: ACCOUNTS_TEXT.title },
    { at: "A2", role: "note", value: ACCOUNTS_TEXT.note },
    { at: "A3", role: "note", value: ACCOUNTS_TEXT.sample },
  ],
  widths: ACCOUNTS_WIDTHS,
  freezeRows: parseA1(ACCOUNTS_AT).row,
  landscape: true,
};

export const health: TemplateSpec = {
  name: "health",
  title: { en: "Account health", fr: "Santé des comptes" },
  sheets: [healthSheet, accountsSheet, settingsSheet],
};
