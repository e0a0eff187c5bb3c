/**
 * The KPI workbook (Avinash Kaushik's "Indicateurs de réussite client"): financial, satisfaction and support
 * indicators of one reporting period, computed by native formulas from the Customers, Responses and Tickets
 * tables, each stated beside its figure with its definition and its benchmark band.
 *
 * Contract, the same in both languages: tables `Customers` (customer, segment, start MRR, end MRR, previously a
 * customer, then the movements per customer: new, reactivation, expansion, contraction, churned), `Responses`
 * (respondent, NPS score, CSAT score) and `Tickets`; input names `SalesMarketingSpend`, `GrossMargin`,
 * `ReportCurrency`, `PeriodFirstMonth`, `PeriodLastMonth`; result names `PeriodMonths`, `MRR`, `ARR`, `ARPA`,
 * `NRR`, `GRR`, `LogoChurn`, `GrossChurn`, `NetChurn` (each rate also as `…Annual`), `QuickRatio`,
 * `NewCustomers`, `ReactivatedCustomers`, `CLV`, `CAC`, `CACPayback`, `LTVtoCAC`, the bridge's
 * `CustomersAtStart`, `StartMRR`, `NewMRR`, `ExpansionMRR`, `ReactivationMRR`, `ContractionMRR`, `ChurnedMRR`,
 * `BridgeEndMRR`, `EndMRR`, `MRRBridgeCheck`, `CustomersLost`, and `NPS`, `NPSAnswers`, `CSAT`,
 * `CSATAnswers`, `TicketsPerCustomer`, `MedianFirstResponse`.
 */
import { band } from "./kpi-bands";
import { bridgeCells } from "./kpi-bridge";
import { DASH, SECTIONS, type Section } from "./kpi-results";
import { CUSTOMERS, RESPONSES, TICKETS } from "./kpi-tables";
import { monthlySheet, subscriptionsSheet } from "./kpi-monthly";
import { day, SAMPLE_NOTE } from "./sample";
import {
  FORMATS,
  say,
  type CellSpec,
  type Refs,
  type SheetSpec,
  type TableSpec,
  type TemplateSpec,
} from "./spec";
import type { Bilingual } from "../functions/excel/language";

export { CUSTOMERS, RESPONSES, TICKETS };

/** Months from the first to the last month of the period, both counted; "–" unless both are dates in order. */
const PERIOD_MONTHS = `IF(AND(ISNUMBER(PeriodFirstMonth),ISNUMBER(PeriodLastMonth)),IF(PeriodLastMonth>=PeriodFirstMonth,(YEAR(PeriodLastMonth)-YEAR(PeriodFirstMonth))*12+MONTH(PeriodLastMonth)-MONTH(PeriodFirstMonth)+1,${DASH}),${DASH})`;

/** The inputs of the period, rows 3 to 8 (the spend stays in B5 and the first result in B10). */
function inputCells(): CellSpec[] {
  return [
    { at: "A3", role: "subtitle", value: { en: "Inputs of the period", fr: "Données de la période" } },
    {
      at: "A4",
      role: "label",
      value: { en: "Period: first month, last month", fr: "Période : premier mois, dernier mois" },
    },
    {
      at: "B4",
      role: "input",
      value: day(2026, 10, 1),
      name: "PeriodFirstMonth",
      format: FORMATS.date,
      validation: { kind: "date" },
    },
    {
      at: "C4",
      role: "input",
      value: day(2026, 10, 31),
      name: "PeriodLastMonth",
      format: FORMATS.date,
      validation: { kind: "date" },
    },
    {
      at: "D4",
      role: "note",
      value: {
        en: "any day of a month stands for the month; both months count",
        fr: "tout jour d'un mois désigne le mois ; les deux mois comptent",
      },
    },
    { at: "A5", role: "label", value: { en: "Sales & marketing spend", fr: "Dépenses ventes et marketing" } },
    {
      at: "B5",
      role: "input",
      value: 60000,
      name: "SalesMarketingSpend",
      format: FORMATS.money,
      validation: { kind: "decimal", min: 0, max: 1e12 },
    },
    {
      at: "D5",
      role: "note",
      value: {
        en: "spent over the whole period, in the currency below",
        fr: "dépensées sur toute la période, dans la devise ci-dessous",
      },
    },
    { at: "A6", role: "label", value: { en: "Gross margin", fr: "Marge brute" } },
    {
      at: "B6",
      role: "input",
      value: 0.8,
      name: "GrossMargin",
      format: FORMATS.percent,
      validation: { kind: "decimal", min: 0, max: 1 },
    },
    { at: "A7", role: "label", value: { en: "Currency", fr: "Devise" } },
    { at: "B7", role: "input", value: { en: "USD", fr: "EUR" }, name: "ReportCurrency" },
    {
      at: "D7",
      role: "note",
      value: {
        en: "of every amount (MRR, spend); shown in the amounts' labels",
        fr: "de tous les montants (MRR, dépenses) ; rappelée dans leurs libellés",
      },
    },
    { at: "A8", role: "label", value: { en: "Months in the period", fr: "Mois de la période" } },
    { at: "B8", role: "result", formula: () => PERIOD_MONTHS, name: "PeriodMonths", format: FORMATS.integer },
    {
      at: "D8",
      role: "note",
      value: {
        en: "every rate below is for the whole period; – if the months are missing or out of order",
        fr: "chaque taux ci-dessous porte sur toute la période ; – si les mois manquent ou sont inversés",
      },
    },
  ];
}

/** A label, with the currency in brackets for an amount. */
function label(text: Bilingual, money: boolean | undefined): Partial<CellSpec> {
  if (!money) return { value: text };
  return {
    formula: (r: Refs) => `${say(text, r.language)}&IF(ReportCurrency="","",", "&ReportCurrency)`,
  };
}

/** A section of results from `top`: title row, then one row per result; returns the row below it. */
function sectionCells(section: Section, top: number, cells: CellSpec[]): number {
  cells.push(
    { at: `A${top}`, role: "subtitle", value: section.title },
    { at: `B${top}`, role: "subtitle", value: { en: "Period", fr: "Période" } },
    { at: `C${top}`, role: "subtitle", value: { en: "Annual", fr: "Annuel" } },
    { at: `D${top}`, role: "subtitle", value: { en: "Benchmark", fr: "Repère" } },
    { at: `E${top}`, role: "subtitle", value: { en: "Definition", fr: "Définition" } },
  );
  let row = top + 1;
  for (const result of section.results) {
    const banded = result.annual
      ? band(`C${row}`, result.annual.band)
      : result.band
        ? band(`B${row}`, result.band)
        : undefined;
    cells.push({ at: `A${row}`, role: "label", ...label(result.label, result.money) });
    cells.push({
      at: `B${row}`,
      role: "result",
      formula: result.formula,
      format: result.format,
      name: result.name,
      ...(banded && !result.annual ? { colours: banded.rules } : {}),
    });
    if (result.annual) {
      const { formula } = result.annual;
      cells.push({
        at: `C${row}`,
        role: "result",
        formula: () => formula,
        format: result.format,
        name: result.annual.name,
        ...(banded ? { colours: banded.rules } : {}),
      });
    }
    if (banded) cells.push({ at: `D${row}`, role: "note", value: banded.text });
    cells.push({ at: `E${row}`, role: "note", value: result.definition });
    row++;
  }
  return row + 1;
}

function dashboardCells(): CellSpec[] {
  const cells: CellSpec[] = [
    {
      at: "A1",
      role: "title",
      value: { en: "Customer Success KPIs", fr: "Indicateurs du Customer Success" },
    },
    {
      at: "A2",
      role: "note",
      value: {
        en: "One reporting period: yellow cells and the Customers, Responses and Tickets sheets are yours to fill; blue cells are computed; – where the data cannot give a figure. Rates are benchmarked on their annual equivalent.",
        fr: "Une période de reporting : les cellules jaunes et les feuilles Clients, Réponses et Tickets sont à remplir ; les cellules bleues sont calculées ; – là où les données ne donnent pas de chiffre. Les taux sont comparés aux repères sur leur équivalent annuel.",
      },
    },
    ...inputCells(),
  ];
  let row = sectionCells(SECTIONS.financial, 9, cells);
  const bridge = bridgeCells(row);
  cells.push(...bridge.cells);
  row = bridge.next;
  for (const section of SECTIONS.others) row = sectionCells(section, row, cells);
  return cells;
}

function sampleSheet(
  key: string,
  name: Bilingual,
  title: Bilingual,
  table: TableSpec,
  widths: Record<string, number>,
  note?: Bilingual,
): SheetSpec {
  return {
    key,
    name,
    tables: [table],
    cells: [
      { at: "A1", role: "title", value: title },
      { at: "A2", role: "note", value: SAMPLE_NOTE },
      ...(note ? [{ at: "A3", role: "note" as const, value: note }] : []),
    ],
    widths,
    freezeRows: 4,
  };
}

export const kpi: TemplateSpec = {
  name: "kpi",
  title: { en: "Customer Success KPIs", fr: "Indicateurs du Customer Success" },
  sheets: [
    {
      key: "dashboard",
      name: { en: "Dashboard", fr: "Tableau de bord" },
      cells: dashboardCells(),
      widths: { A: 36, B: 14, C: 16, D: 54, E: 64, F: 14 },
      landscape: true,
    },
    sampleSheet(
      "customers",
      { en: "Customers", fr: "Clients" },
      {
        en: "Customers: MRR at the start and end of the period",
        fr: "Clients : MRR au début et à la fin de la période",
      },
      CUSTOMERS,
      { A: 14, B: 16, C: 12, D: 12, E: 20, F: 13, G: 13, H: 13, I: 13, J: 13 },
      {
        en: "Previously a customer: Yes for a customer who had left and is back this period (start MRR 0): a reactivation, not a new customer. The blue columns are computed.",
        fr: "Déjà client avant : Oui pour un client parti puis revenu sur la période (MRR de début 0) : une réactivation, pas un nouveau client. Les colonnes bleues sont calculées.",
      },
    ),
    sampleSheet(
      "responses",
      { en: "Responses", fr: "Réponses" },
      {
        en: "Survey responses: NPS (0–10) and CSAT (1–5)",
        fr: "Réponses aux enquêtes : NPS (0–10) et CSAT (1–5)",
      },
      RESPONSES,
      { A: 14, B: 12, C: 12 },
    ),
    sampleSheet(
      "tickets",
      { en: "Tickets", fr: "Tickets" },
      { en: "Support tickets of the period", fr: "Tickets de support de la période" },
      TICKETS,
      { A: 12, B: 12, C: 12, D: 24 },
    ),
    monthlySheet(),
    subscriptionsSheet,
  ],
};
