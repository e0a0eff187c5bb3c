/** The scaling audit's Actions sheet: every CSM action scored time and value, and what the ratio decides. */
import { textLiteral } from "../functions/excel/literals";
import {
  decisionLiteral,
  scaleDecisionFormula,
  scaleRatioFormula,
} from "../functions/scaling/decision-formula";
import { SAMPLE_NOTE } from "./sample";
import {
  actions,
  ACTIONS_AT,
  firstCell,
  HEADERS,
  HIDE_ZERO,
  NEXT_STEPS,
  RATIO,
  ratioBands,
  ROADMAP_HEADERS,
} from "./scaling-audit-common";
import { ACTION_ROWS, listOf, STAGES } from "./scaling-audit-sample";
import { FORMATS, say, type ColumnSpec, type SheetSpec, type TableSpec } from "./spec";

const ACTION_COLUMNS: readonly ColumnSpec[] = [
  {
    key: "stage",
    header: HEADERS.stage,
    validation: { kind: "list", values: listOf(STAGES) },
  },
  { key: "action", header: HEADERS.action },
  {
    key: "time",
    header: HEADERS.time,
    format: FORMATS.score,
    validation: { kind: "whole", min: 1, max: 5 },
  },
  {
    key: "value",
    header: HEADERS.value,
    format: FORMATS.score,
    validation: { kind: "whole", min: 1, max: 5 },
  },
  {
    key: "ratio",
    header: HEADERS.ratio,
    format: RATIO,
    // CSM.SCALE_RATIO: time ÷ value, blank until both scores are there.
    formula: (row) => scaleRatioFormula(row("time"), row("value"), "not-numbers"),
  },
  {
    key: "decision",
    header: HEADERS.decision,
    // CSM.SCALE_DECISION: < 1 human, = 1 arbitrate, > 1 automate.
    formula: (row, language) => scaleDecisionFormula(row("ratio"), language, "not-numbers"),
  },
  {
    key: "priority",
    header: HEADERS.priority,
    format: HIDE_ZERO,
    // Rank among the actions to automate: highest ratio first, then lowest value, then the order of the list;
    // 0, shown blank, for the other actions.
    formula: (row, language) => {
      const automate = decisionLiteral("automate", language);
      const decision = actions("decision", language);
      const ratio = actions("ratio", language);
      const value = actions("value", language);
      return (
        `IF(${row("decision")}=${automate},1+SUMPRODUCT((${decision}=${automate})*((${ratio}>${row("ratio")})` +
        `+(${ratio}=${row("ratio")})*((${value}<${row("value")})+(${value}=${row("value")})*(ROW(${ratio})<ROW(${row("ratio")}))))),0)`
      );
    },
  },
  {
    key: "next",
    header: HEADERS.next,
    // "Scaler son activité CSM": at a ratio of 1, keep the actions of high and very high value human; above 1, find a tool.
    formula: (row, language) => {
      const text = (key: keyof typeof NEXT_STEPS) => say(NEXT_STEPS[key], language);
      const onRoadmap = `COUNTIF(Roadmap[[${ROADMAP_HEADERS.action[language]}]],${row("action")})>0`;
      return (
        `IF(${row("decision")}=${decisionLiteral("human", language)},${text("human")},` +
        `IF(${row("decision")}=${decisionLiteral("arbitrate", language)},IF(${row("value")}>=4,${text("keep")},${text("tool")}),` +
        `IF(${row("decision")}=${decisionLiteral("automate", language)},IF(${onRoadmap},${text("planned")},${text("add")}),"")))`
      );
    },
  },
];

const PRIORITY_CELL = firstCell({ at: ACTIONS_AT, columns: ACTION_COLUMNS }, "priority");
const NEXT_CELL = firstCell({ at: ACTIONS_AT, columns: ACTION_COLUMNS }, "next");

const ACTIONS_TABLE: TableSpec = {
  name: "Actions",
  at: ACTIONS_AT,
  columns: ACTION_COLUMNS,
  rows: ACTION_ROWS,
  colours: {
    ratio: ratioBands(firstCell({ at: ACTIONS_AT, columns: ACTION_COLUMNS }, "ratio")),
    decision: ratioBands(firstCell({ at: ACTIONS_AT, columns: ACTION_COLUMNS }, "ratio")),
    priority: [{ when: `AND(N(${PRIORITY_CELL})>0,N(${PRIORITY_CELL})<=5)`, colour: "amber" }],
    next: [
      {
        when: `OR(${NEXT_CELL}=${textLiteral(NEXT_STEPS.add.en)},${NEXT_CELL}=${textLiteral(NEXT_STEPS.add.fr)})`,
        colour: "amber",
      },
    ],
  },
};

export const ACTIONS_SHEET: SheetSpec = {
  key: "actions",
  name: { en: "Actions", fr: "Actions" },
  freezeRows: 4,
  landscape: true,
  widths: { A: 18, B: 50, C: 12, D: 12, E: 9, F: 13, G: 10, H: 38 },
  tables: [ACTIONS_TABLE],
  cells: [
    {
      at: "A1",
      role: "title",
      value: { en: "Scaling audit: CSM actions", fr: "Audit de mise à l'échelle : actions CSM" },
    },
    {
      at: "A2",
      role: "note",
      value: {
        en: "List every CSM action over the customer lifecycle; score time and value from 1 (very little) to 5 (a lot). Ratio = time ÷ value: below 1 stays human, 1 is arbitrated, above 1 is automated.",
        fr: "Listez chaque action CSM du cycle de vie client ; notez temps et valeur de 1 (très peu) à 5 (beaucoup). Ratio = temps ÷ valeur : sous 1 reste humain, 1 s'arbitre, au-dessus de 1 s'automatise.",
      },
    },
    { at: "A3", role: "note", value: SAMPLE_NOTE },
  ],
};
