/** The scaling audit's Summary sheet: actions per decision and per lifecycle stage, and the top priorities. */
import { DECISION_LABELS } from "../functions/scaling/scaling";
import { HEADERS, notOnRoadmap, RATIO, ratioBands } from "./scaling-audit-common";
import { STAGES } from "./scaling-audit-sample";
import { FORMATS, say, type CellSpec, type Refs, type SheetSpec } from "./spec";

/** The summary: actions per decision, per stage, and the top priorities. */
function summaryCells(): CellSpec[] {
  const cells: CellSpec[] = [
    {
      at: "A1",
      role: "title",
      value: { en: "Scaling audit: summary", fr: "Audit de mise à l'échelle : synthèse" },
    },
    {
      at: "A2",
      role: "note",
      value: {
        en: "Computed from the Actions sheet: score time and value there, these counts follow.",
        fr: "Calculé depuis la feuille Actions : notez-y temps et valeur, ces décomptes suivent.",
      },
    },
    { at: "A4", role: "header", value: { en: "Decision", fr: "Décision" } },
    { at: "B4", role: "header", value: { en: "Actions", fr: "Actions" } },
    { at: "C4", role: "header", value: { en: "Share", fr: "Part" } },
    { at: "D4", role: "header", value: { en: "What to do", fr: "Que faire" } },
  ];
  const rows = [
    {
      decision: DECISION_LABELS.human,
      name: "ActionsHuman",
      colour: "green" as const,
      meaning: {
        en: "Ratio below 1: the value is worth the time, keep it with a CSM",
        fr: "Ratio sous 1 : la valeur justifie le temps, garder un CSM",
      },
    },
    {
      decision: DECISION_LABELS.arbitrate,
      name: "ActionsArbitrate",
      colour: "amber" as const,
      meaning: {
        en: "Ratio of 1: decide; keep human when the value is high (4–5)",
        fr: "Ratio de 1 : arbitrer ; garder humain si la valeur est forte (4–5)",
      },
    },
    {
      decision: DECISION_LABELS.automate,
      name: "ActionsAutomate",
      colour: "red" as const,
      meaning: {
        en: "Ratio above 1: look for a tool, see the Roadmap sheet",
        fr: "Ratio au-dessus de 1 : chercher un outil, voir la feuille de route",
      },
    },
  ];
  rows.forEach((row, i) => {
    const r = 5 + i;
    cells.push(
      { at: `A${r}`, role: "label", value: row.decision, colours: [{ when: "TRUE", colour: row.colour }] },
      {
        at: `B${r}`,
        role: "result",
        name: row.name,
        format: FORMATS.integer,
        formula: (refs) => `COUNTIF(${refs.column("Actions", "decision")},A${r})`,
      },
      { at: `C${r}`, role: "result", format: FORMATS.percent, formula: () => `IF($B$8>0,B${r}/$B$8,0)` },
      { at: `D${r}`, role: "note", value: row.meaning },
    );
  });
  cells.push(
    { at: "A8", role: "label", value: { en: "Scored actions", fr: "Actions notées" } },
    { at: "B8", role: "result", name: "ActionsScored", format: FORMATS.integer, formula: () => "SUM(B5:B7)" },
    { at: "C8", role: "result", format: FORMATS.percent, formula: () => "IF(B8>0,1,0)" },
    {
      at: "A10",
      role: "label",
      value: { en: "Share of actions to automate", fr: "Part des actions à automatiser" },
    },
    {
      at: "B10",
      role: "result",
      name: "ShareToAutomate",
      format: FORMATS.percent,
      formula: () => "IF(ActionsScored>0,ActionsAutomate/ActionsScored,0)",
    },
    {
      at: "A11",
      role: "label",
      value: {
        en: "To arbitrate, of high value (keep human)",
        fr: "À arbitrer, de forte valeur (garder humain)",
      },
    },
    {
      at: "B11",
      role: "result",
      format: FORMATS.integer,
      formula: (refs) =>
        `COUNTIFS(${refs.column("Actions", "decision")},A6,${refs.column("Actions", "value")},">=4")`,
    },
    {
      at: "A12",
      role: "label",
      value: {
        en: "To automate, not yet on the roadmap",
        fr: "À automatiser, pas encore dans la feuille de route",
      },
    },
    { at: "B12", role: "result", format: FORMATS.integer, formula: notOnRoadmap },
  );

  // Per lifecycle stage.
  cells.push(
    {
      at: "A14",
      role: "subtitle",
      value: { en: "Actions per lifecycle stage", fr: "Actions par étape du cycle de vie" },
    },
    { at: "A15", role: "header", value: HEADERS.stage },
    { at: "B15", role: "header", value: DECISION_LABELS.human },
    { at: "C15", role: "header", value: DECISION_LABELS.arbitrate },
    { at: "D15", role: "header", value: DECISION_LABELS.automate },
    { at: "E15", role: "header", value: { en: "Total", fr: "Total" } },
    { at: "F15", role: "header", value: { en: "Mean ratio", fr: "Ratio moyen" } },
  );
  const stages = Object.values(STAGES);
  const first = 16;
  const last = first + stages.length - 1;
  stages.forEach((stage, i) => {
    const r = first + i;
    const count = (column: string) => (refs: Refs) =>
      `COUNTIFS(${refs.column("Actions", "stage")},$A${r},${refs.column("Actions", "decision")},${column}$15)`;
    cells.push(
      { at: `A${r}`, role: "label", value: stage },
      { at: `B${r}`, role: "result", format: FORMATS.integer, formula: count("B") },
      { at: `C${r}`, role: "result", format: FORMATS.integer, formula: count("C") },
      { at: `D${r}`, role: "result", format: FORMATS.integer, formula: count("D") },
      { at: `E${r}`, role: "result", format: FORMATS.integer, formula: () => `SUM(B${r}:D${r})` },
      {
        at: `F${r}`,
        role: "result",
        format: FORMATS.ratio,
        formula: (refs) =>
          `IF(E${r}>0,SUMIF(${refs.column("Actions", "stage")},$A${r},${refs.column("Actions", "ratio")})/E${r},"")`,
        colours: ratioBands(`$F${r}`),
      },
    );
  });
  const total = last + 1;
  cells.push(
    { at: `A${total}`, role: "label", value: { en: "All stages", fr: "Toutes les étapes" } },
    ...["B", "C", "D", "E"].map((c): CellSpec => ({
      at: `${c}${total}`,
      role: "result",
      format: FORMATS.integer,
      formula: () => `SUM(${c}${first}:${c}${last})`,
    })),
    {
      at: `F${total}`,
      role: "result",
      format: FORMATS.ratio,
      formula: (refs) =>
        `IF(E${total}>0,SUM(${refs.column("Actions", "ratio")})/COUNT(${refs.column("Actions", "ratio")}),"")`,
    },
  );

  // The top five actions to automate.
  const top = total + 2;
  cells.push(
    {
      at: `A${top}`,
      role: "subtitle",
      value: { en: "Top priorities to automate", fr: "Priorités d'automatisation" },
    },
    { at: `A${top + 1}`, role: "header", value: HEADERS.action },
    { at: `B${top + 1}`, role: "header", value: HEADERS.priority },
    { at: `C${top + 1}`, role: "header", value: HEADERS.stage },
    { at: `D${top + 1}`, role: "header", value: HEADERS.ratio },
    { at: `E${top + 1}`, role: "header", value: { en: "On the roadmap", fr: "Dans la feuille de route" } },
  );
  for (let n = 1; n <= 5; n++) {
    const r = top + 1 + n;
    const pick = (key: "action" | "stage" | "ratio") => (refs: Refs) =>
      `IFERROR(INDEX(${refs.column("Actions", key)},MATCH($B${r},${refs.column("Actions", "priority")},0)),"")`;
    cells.push(
      { at: `A${r}`, role: "result", formula: pick("action") },
      { at: `B${r}`, role: "label", value: n, format: "0_)" },
      { at: `C${r}`, role: "result", formula: pick("stage") },
      { at: `D${r}`, role: "result", format: RATIO, formula: pick("ratio") },
      {
        at: `E${r}`,
        role: "result",
        formula: (refs) =>
          `IF(A${r}="","",IF(COUNTIF(${refs.column("Roadmap", "action")},A${r})>0,${say({ en: "Yes", fr: "Oui" }, refs.language)},${say({ en: "No", fr: "Non" }, refs.language)}))`,
        colours: [
          { when: `OR($E${r}="Yes",$E${r}="Oui")`, colour: "green" },
          { when: `OR($E${r}="No",$E${r}="Non")`, colour: "red" },
        ],
      },
    );
  }
  return cells;
}

export const SUMMARY_SHEET: SheetSpec = {
  key: "summary",
  name: { en: "Summary", fr: "Synthèse" },
  widths: { A: 50, B: 14, C: 18, D: 14, E: 24, F: 14 },
  cells: summaryCells(),
};
