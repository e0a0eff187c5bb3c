/**
 * The scaling audit workbook ("Scaler son activité CSM"): every CSM action over the customer lifecycle scored time 1–5 and
 * value 1–5; ratio time ÷ value decides Human (< 1), Arbitrate (= 1) or Automate (> 1), the same rule as
 * CSM.SCALE_RATIO and CSM.SCALE_DECISION, written as native formulas. Then the automation roadmap: for each
 * action to automate, a solution, its cost and implementation time, projects one after the other.
 *
 * Contract, the same in both languages: tables `Actions` (stage, action, time, value, ratio, decision,
 * priority, next step) and `Roadmap` (audit priority, action, solution kind, solution, one-off cost, monthly cost,
 * weeks, owner, status, start, end); range name `ActionNames` (the Actions table's Action column: the
 * roadmap's drop-down of actions); input name `RoadmapStart`; result names `ActionsHuman`,
 * `ActionsArbitrate`, `ActionsAutomate`, `ActionsScored`, `ShareToAutomate`, `ActionsNotOnRoadmap`,
 * `RoadmapOneOffCost`, `RoadmapMonthlyCost`, `RoadmapFirstYearCost`, `RoadmapEnd`.
 */
import { ACTIONS_SHEET } from "./scaling-audit-actions";
import { ACTION_NAMES } from "./scaling-audit-common";
import { ROADMAP_SHEET } from "./scaling-audit-roadmap";
import { SUMMARY_SHEET } from "./scaling-audit-summary";
import type { TemplateSpec } from "./spec";

export const scalingAudit: TemplateSpec = {
  name: "scaling-audit",
  title: { en: "Scaling audit", fr: "Audit de mise à l'échelle" },
  sheets: [ACTIONS_SHEET, SUMMARY_SHEET, ROADMAP_SHEET],
  // The roadmap's drop-down of actions: the whole Action column, so that actions added later are offered.
  names: [{ name: ACTION_NAMES, formula: (refs) => refs.column("Actions", "action") }],
};
