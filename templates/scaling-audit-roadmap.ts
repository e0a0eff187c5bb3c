/** The scaling audit's Roadmap sheet: a solution, its cost and its implementation time per action to automate. */
import { textLiteral } from "../functions/excel/literals";
import { SAMPLE_NOTE } from "./sample";
import {
  above,
  ACTION_NAMES,
  actions,
  firstCell,
  HIDE_ZERO,
  notOnRoadmap,
  ROADMAP_AT,
  ROADMAP_HEADERS,
} from "./scaling-audit-common";
import { listOf, ROADMAP_ROWS, ROADMAP_START, SOLUTION_KINDS, STATUSES } from "./scaling-audit-sample";
import { FORMATS, type ColumnSpec, type SheetSpec, type TableSpec } from "./spec";
import type { Bilingual } from "../functions/excel/language";

const ROADMAP_COLUMNS: readonly ColumnSpec[] = [
  {
    key: "priority",
    header: ROADMAP_HEADERS.priority,
    format: HIDE_ZERO,
    // The action's priority in the audit: 0, shown blank, when the audit does not send it to automation.
    formula: (row, language) =>
      `IFERROR(INDEX(${actions("priority", language)},MATCH(${row("action")},${actions("action", language)},0)),0)`,
  },
  // Picked from the Actions table's actions, so that the audit's priority and next step find it.
  {
    key: "action",
    header: ROADMAP_HEADERS.action,
    validation: {
      kind: "named-list",
      name: ACTION_NAMES,
      of: { en: "an action of the Actions table", fr: "une action du tableau Actions" },
    },
  },
  { key: "kind", header: ROADMAP_HEADERS.kind, validation: { kind: "list", values: listOf(SOLUTION_KINDS) } },
  { key: "solution", header: ROADMAP_HEADERS.solution },
  {
    key: "oneOff",
    header: ROADMAP_HEADERS.oneOff,
    format: FORMATS.money,
    validation: { kind: "decimal", min: 0, max: 1e9 },
  },
  {
    key: "monthly",
    header: ROADMAP_HEADERS.monthly,
    format: FORMATS.money,
    validation: { kind: "decimal", min: 0, max: 1e9 },
  },
  {
    key: "weeks",
    header: ROADMAP_HEADERS.weeks,
    format: FORMATS.integer,
    validation: { kind: "whole", min: 0, max: 260 },
  },
  { key: "owner", header: ROADMAP_HEADERS.owner },
  { key: "status", header: ROADMAP_HEADERS.status, validation: { kind: "list", values: listOf(STATUSES) } },
  {
    key: "start",
    header: ROADMAP_HEADERS.start,
    format: FORMATS.date,
    // The first project starts on RoadmapStart; each next one when the previous one ends.
    formula: (row) =>
      `IF(ISNUMBER(${above(row("end"))}),${above(row("end"))},IF(ISNUMBER(RoadmapStart),RoadmapStart,""))`,
  },
  {
    key: "end",
    header: ROADMAP_HEADERS.end,
    format: FORMATS.date,
    formula: (row) => `IF(ISNUMBER(${row("start")}),${row("start")}+7*N(${row("weeks")}),"")`,
  },
];

const statusIs = (cell: string, status: Bilingual) =>
  `OR(${cell}=${textLiteral(status.en)},${cell}=${textLiteral(status.fr)})`;
const STATUS_CELL = firstCell({ at: ROADMAP_AT, columns: ROADMAP_COLUMNS }, "status");

const ROADMAP_TABLE: TableSpec = {
  name: "Roadmap",
  at: ROADMAP_AT,
  columns: ROADMAP_COLUMNS,
  rows: ROADMAP_ROWS,
  colours: {
    status: [
      { when: statusIs(STATUS_CELL, STATUSES.done), colour: "green" },
      { when: statusIs(STATUS_CELL, STATUSES.progress), colour: "amber" },
      { when: statusIs(STATUS_CELL, STATUSES.hold), colour: "red" },
    ],
  },
};

export const ROADMAP_SHEET: SheetSpec = {
  key: "roadmap",
  name: { en: "Roadmap", fr: "Feuille de route" },
  freezeRows: 8,
  landscape: true,
  widths: { A: 15, B: 48, C: 22, D: 46, E: 15, F: 15, G: 11, H: 22, I: 12, J: 12, K: 12 },
  tables: [ROADMAP_TABLE],
  cells: [
    {
      at: "A1",
      role: "title",
      value: { en: "Automation roadmap", fr: "Feuille de route d'automatisation" },
    },
    {
      at: "A2",
      role: "note",
      value: {
        en: "One row per action to automate (pick it from the list of the Actions sheet's actions), in the order you will do them: a solution, its cost, its implementation time. Each project starts when the previous one ends.",
        fr: "Une ligne par action à automatiser (choisie dans la liste des actions de la feuille Actions), dans l'ordre de réalisation : une solution, son coût, son délai de mise en œuvre. Chaque projet commence à la fin du précédent.",
      },
    },
    { at: "B4", role: "label", value: { en: "First project starts on", fr: "Début du premier projet" } },
    {
      at: "C4",
      role: "input",
      name: "RoadmapStart",
      value: ROADMAP_START,
      format: FORMATS.date,
      validation: { kind: "date" },
    },
    { at: "B5", role: "label", value: { en: "Roadmap ends on", fr: "Fin de la feuille de route" } },
    {
      at: "C5",
      role: "result",
      name: "RoadmapEnd",
      format: FORMATS.date,
      formula: (refs) =>
        `IF(COUNT(${refs.column("Roadmap", "end")})>0,MAX(${refs.column("Roadmap", "end")}),"")`,
    },
    {
      at: "B6",
      role: "label",
      value: {
        en: "Actions to automate not on the roadmap",
        fr: "Actions à automatiser hors feuille de route",
      },
    },
    {
      at: "C6",
      role: "result",
      name: "ActionsNotOnRoadmap",
      format: FORMATS.integer,
      formula: notOnRoadmap,
      colours: [
        { when: "$C6=0", colour: "green" },
        { when: "$C6>0", colour: "amber" },
      ],
    },
    { at: "D4", role: "label", value: { en: "Total one-off cost", fr: "Total des coûts ponctuels" } },
    {
      at: "E4",
      role: "result",
      name: "RoadmapOneOffCost",
      format: FORMATS.money,
      formula: (refs) => `SUM(${refs.column("Roadmap", "oneOff")})`,
    },
    { at: "D5", role: "label", value: { en: "Total monthly cost", fr: "Total des coûts mensuels" } },
    {
      at: "E5",
      role: "result",
      name: "RoadmapMonthlyCost",
      format: FORMATS.money,
      formula: (refs) => `SUM(${refs.column("Roadmap", "monthly")})`,
    },
    {
      at: "D6",
      role: "label",
      value: {
        en: "First-year cost (one-off + 12 × monthly)",
        fr: "Coût la 1re année (ponctuel + 12 × mensuel)",
      },
    },
    {
      at: "E6",
      role: "result",
      name: "RoadmapFirstYearCost",
      format: FORMATS.money,
      formula: () => "RoadmapOneOffCost+12*RoadmapMonthlyCost",
    },
    { at: "A7", role: "note", value: SAMPLE_NOTE },
  ],
};
