/** The segmentation's Rules sheet: tier names, ARR thresholds, historical customers, strategic industries. */
import { SAMPLE_NOTE } from "./sample";
import {
  ACCOUNT_HEADERS,
  INDUSTRY_NAMES,
  money,
  NO,
  RULES_NAME,
  STRATEGIC_HEADERS,
  TIER_NAMES,
  TIER_ROWS,
  tierRange,
  YES,
} from "./segmentation-common";
import { DEFAULT_RULES } from "./segmentation-sample";
import { FORMATS, say, type CellSpec, type SheetSpec, type TableSpec } from "./spec";

const STRATEGIC: TableSpec = {
  name: "StrategicIndustries",
  at: "A28",
  columns: [
    // Picked from the Accounts table's industries, so that the spelling matches.
    {
      key: "industry",
      header: STRATEGIC_HEADERS.industry,
      validation: {
        kind: "named-list",
        name: INDUSTRY_NAMES,
        of: { en: "an industry of the Accounts table", fr: "un secteur du tableau Comptes" },
      },
    },
    {
      key: "accounts",
      header: STRATEGIC_HEADERS.accounts,
      format: FORMATS.integer,
      // How many accounts the industry matches: 0 usually means a spelling that differs from the Accounts table.
      formula: (row, language) =>
        `IF(${row("industry")}="",0,COUNTIF(Accounts[[${ACCOUNT_HEADERS.industry[language]}]],${row("industry")}))`,
    },
  ],
  rows: DEFAULT_RULES.strategic.map((industry) => ({ industry })),
  colours: { accounts: [{ when: `AND($A29<>"",$B29=0)`, colour: "amber" }] },
};

export const RULES_SHEET: SheetSpec = {
  key: "rules",
  name: RULES_NAME,
  widths: { A: 62, B: 26, C: 26 },
  tables: [STRATEGIC],
  cells: [
    { at: "A1", role: "title", value: { en: "Segmentation rules", fr: "Règles de segmentation" } },
    {
      at: "A2",
      role: "note",
      value: {
        en: "Each account's tier is set in this order, each step starting from the previous one's result:",
        fr: "Le palier de chaque compte se fixe dans cet ordre, chaque étape partant du résultat de la précédente :",
      },
    },
    {
      at: "A3",
      role: "note",
      value: {
        en: "1. ARR tier: the first tier, from the top, whose current ARR (or potential ARR) threshold is reached.",
        fr: "1. Palier selon ARR : le premier palier, en partant du haut, dont le seuil d'ARR actuel (ou potentiel) est atteint.",
      },
    },
    {
      at: "A4",
      role: "note",
      value: {
        en: "2. Strategic industry: an account of an industry listed below moves up one tier.",
        fr: "2. Secteur stratégique : un compte d'un secteur listé ci-dessous monte d'un palier.",
      },
    },
    {
      at: "A5",
      role: "note",
      value: {
        en: "3. Historical customer: signed before the date below, an account stays at least at the level given.",
        fr: "3. Client historique : signé avant la date ci-dessous, un compte reste au moins au niveau indiqué.",
      },
    },
    {
      at: "A6",
      role: "note",
      value: {
        en: "Change the yellow cells: the Accounts and Coverage sheets follow. Blank threshold: not used.",
        fr: "Modifiez les cellules jaunes : les feuilles Comptes et Couverture suivent. Seuil vide : non utilisé.",
      },
    },
    { at: "A8", role: "subtitle", value: { en: "Tier names", fr: "Noms des paliers" } },
    { at: "A9", role: "header", value: { en: "Level", fr: "Niveau" } },
    { at: "B9", role: "header", value: { en: "Tier name", fr: "Nom du palier" } },
    ...TIER_ROWS.flatMap((r, i): CellSpec[] => [
      { at: `A${r}`, role: "label", value: i + 1, format: "0_)" },
      { at: `B${r}`, role: "input", name: TIER_NAMES[i], value: DEFAULT_RULES.tiers[i] },
    ]),
    { at: "A14", role: "subtitle", value: { en: "ARR thresholds", fr: "Seuils d'ARR" } },
    { at: "A15", role: "header", value: { en: "Tier", fr: "Palier" } },
    { at: "B15", role: "header", value: { en: "Current ARR at least", fr: "ARR actuel au moins" } },
    { at: "C15", role: "header", value: { en: "Potential ARR at least", fr: "ARR potentiel au moins" } },
    { at: "A16", role: "label", formula: () => "TierHigh" },
    {
      at: "B16",
      role: "input",
      name: "HighCurrentMin",
      value: DEFAULT_RULES.highCurrent,
      format: FORMATS.money,
      validation: money,
    },
    {
      at: "C16",
      role: "input",
      name: "HighPotentialMin",
      value: DEFAULT_RULES.highPotential,
      format: FORMATS.money,
      validation: money,
    },
    { at: "A17", role: "label", formula: () => "TierLow" },
    {
      at: "B17",
      role: "input",
      name: "LowCurrentMin",
      value: DEFAULT_RULES.lowCurrent,
      format: FORMATS.money,
      validation: money,
    },
    {
      at: "C17",
      role: "input",
      name: "LowPotentialMin",
      value: DEFAULT_RULES.lowPotential,
      format: FORMATS.money,
      validation: money,
    },
    { at: "A18", role: "label", formula: () => "TierTech" },
    { at: "B18", role: "note", value: { en: "every other account", fr: "tous les autres comptes" } },
    {
      at: "A19",
      role: "label",
      value: {
        en: "Potential outweighs current: potential ARR alone can lift a tier",
        fr: "Le potentiel prime : l'ARR potentiel seul peut faire monter",
      },
    },
    {
      at: "B19",
      role: "input",
      name: "UsePotential",
      value: DEFAULT_RULES.usePotential ? YES : NO,
      validation: { kind: "list", values: { en: `${YES.en},${NO.en}`, fr: `${YES.fr},${NO.fr}` } },
    },
    { at: "A21", role: "subtitle", value: { en: "Historical customers", fr: "Clients historiques" } },
    { at: "A22", role: "label", value: { en: "Customer since before", fr: "Client depuis avant le" } },
    {
      at: "B22",
      role: "input",
      name: "HistoricalBefore",
      value: DEFAULT_RULES.historicalBefore,
      format: FORMATS.date,
      validation: { kind: "date" },
    },
    {
      at: "A23",
      role: "label",
      value: {
        en: "Kept at least at level (1 to 3; blank: not kept)",
        fr: "Maintenu au moins au niveau (1 à 3 ; vide : non maintenu)",
      },
    },
    {
      at: "B23",
      role: "input",
      name: "HistoricalFloor",
      value: DEFAULT_RULES.historicalFloor,
      format: FORMATS.integer,
      validation: { kind: "whole", min: 1, max: 3 },
    },
    {
      at: "C23",
      role: "result",
      formula: (refs) =>
        `IF(AND(ISNUMBER(HistoricalFloor),HistoricalFloor>=1,HistoricalFloor<=3),INDEX(${tierRange(refs.language)},HistoricalFloor),${say({ en: "(none)", fr: "(aucun)" }, refs.language)})`,
    },
    {
      at: "A25",
      role: "subtitle",
      value: { en: "Strategic industries (up one tier)", fr: "Secteurs stratégiques (un palier de plus)" },
    },
    {
      at: "A26",
      role: "note",
      value: {
        en: "Pick each industry from the list of the Accounts table's industries; 0 accounts means no account of that industry.",
        fr: "Choisissez chaque secteur dans la liste des secteurs du tableau Comptes ; 0 compte : aucun compte de ce secteur.",
      },
    },
    { at: "A27", role: "note", value: SAMPLE_NOTE },
  ],
};
