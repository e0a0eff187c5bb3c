/**
 * The KPI workbook's three tables: Customers (MRR at the start and end of the period, whether a customer
 * without start MRR was one before, and the movements computed per row), Responses (NPS and CSAT answers)
 * and Tickets (support tickets of the period).
 */
import { NO, sampleCustomers, sampleResponses, sampleTickets, SEGMENTS, YES } from "./kpi-sample";
import { FORMATS, say, type ColumnSpec, type TableSpec } from "./spec";
import type { Bilingual, Language } from "../functions/excel/language";

const N = (cell: string) => `N(${cell})`;
type Row = (key: string) => string;

/** The segments as a list validation in each language. */
const segmentList = (language: Language) => SEGMENTS.map((segment) => segment[language]).join(",");

/** A customer without start MRR and with end MRR: won in the period, new or back. */
const won = (row: Row) => `${N(row("start"))}=0,${N(row("end"))}>0`;

/** A computed money column of the Customers table. */
function movement(key: string, header: Bilingual, formula: ColumnSpec["formula"]): ColumnSpec {
  return { key, header, format: FORMATS.money, formula, width: 13 };
}

export const CUSTOMERS: TableSpec = {
  name: "Customers",
  at: "A4",
  columns: [
    { key: "customer", header: { en: "Customer", fr: "Client" }, width: 16 },
    {
      key: "segment",
      header: { en: "Segment", fr: "Segment" },
      width: 16,
      validation: { kind: "list", values: { en: segmentList("en"), fr: segmentList("fr") } },
    },
    {
      key: "start",
      header: { en: "Start MRR", fr: "MRR début" },
      format: FORMATS.money,
      validation: { kind: "decimal", min: 0, max: 1e12 },
    },
    {
      key: "end",
      header: { en: "End MRR", fr: "MRR fin" },
      format: FORMATS.money,
      validation: { kind: "decimal", min: 0, max: 1e12 },
    },
    {
      key: "previously",
      header: { en: "Previously a customer", fr: "Déjà client avant" },
      width: 20,
      validation: { kind: "list", values: { en: `${YES.en},${NO.en}`, fr: `${YES.fr},${NO.fr}` } },
    },
    movement(
      "new",
      { en: "New", fr: "Nouveau" },
      (row, language) =>
        `IF(AND(${won(row)},${row("previously")}<>${say(YES, language)}),${N(row("end"))},0)`,
    ),
    movement(
      "reactivation",
      { en: "Reactivation", fr: "Réactivation" },
      (row, language) => `IF(AND(${won(row)},${row("previously")}=${say(YES, language)}),${N(row("end"))},0)`,
    ),
    movement(
      "expansion",
      { en: "Expansion", fr: "Expansion" },
      (row) =>
        `IF(AND(${N(row("start"))}>0,${N(row("end"))}>${N(row("start"))}),${N(row("end"))}-${N(row("start"))},0)`,
    ),
    movement(
      "contraction",
      { en: "Contraction", fr: "Contraction" },
      (row) =>
        `IF(AND(${N(row("start"))}>0,${N(row("end"))}>0,${N(row("end"))}<${N(row("start"))}),${N(row("start"))}-${N(row("end"))},0)`,
    ),
    movement(
      "churned",
      { en: "Churned", fr: "Perdu" },
      (row) => `IF(AND(${N(row("start"))}>0,${N(row("end"))}=0),${N(row("start"))},0)`,
    ),
  ],
  rows: sampleCustomers(),
};

export const RESPONSES: TableSpec = {
  name: "Responses",
  at: "A4",
  columns: [
    { key: "respondent", header: { en: "Respondent", fr: "Répondant" }, width: 14 },
    {
      key: "nps",
      header: { en: "NPS score", fr: "Note NPS" },
      validation: { kind: "whole", min: 0, max: 10 },
    },
    {
      key: "csat",
      header: { en: "CSAT score", fr: "Note CSAT" },
      validation: { kind: "whole", min: 1, max: 5 },
    },
  ],
  rows: sampleResponses(),
};

export const TICKETS: TableSpec = {
  name: "Tickets",
  at: "A4",
  columns: [
    { key: "ticket", header: { en: "Ticket", fr: "Ticket" } },
    { key: "customer", header: { en: "Customer", fr: "Client" } },
    {
      key: "opened",
      header: { en: "Opened", fr: "Ouvert le" },
      format: FORMATS.date,
      validation: { kind: "date" },
    },
    {
      key: "hours",
      header: { en: "First response hours", fr: "Heures avant 1re réponse" },
      format: FORMATS.decimal,
      validation: { kind: "decimal", min: 0, max: 10000 },
    },
  ],
  rows: sampleTickets(),
};
