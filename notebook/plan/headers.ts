/**
 * The names of the plan's sheet and tables, and their headers in both languages: what ./tables.ts writes them
 * with and ./workbook.ts finds them by.
 */
import type { Language } from "../../functions/excel/language";

/** The sheet the plan's tables go on, owned by the add-in. */
export const PLAN_SHEET = "CSM Kit plan";

/** The tables' names, by cell. */
export const PLAN_TABLES = {
  audit: "CSMKit_Audit",
  roadmapStart: "CSMKit_RoadmapStart",
  roadmap: "CSMKit_Roadmap",
  capacity: "CSMKit_Capacity",
  calculations: "CSMKit_Calculations",
} as const;

/** The tables' headers, by language. */
export const PLAN_HEADERS = {
  en: {
    id: "Id",
    action: "Action",
    stage: "Stage",
    time: "Time",
    value: "Value",
    ratio: "Ratio",
    decision: "Decision",
    priority: "Priority",
    solution: "Solution",
    kind: "Kind",
    owner: "Owner",
    oneOff: "One-off cost",
    monthly: "Monthly cost",
    weeks: "Weeks",
    start: "Start",
    end: "End",
    firstYear: "First-year cost",
    day: "Start day",
    days: "Days",
    figure: "Figure",
    result: "Result",
    name: "Name",
    expression: "Expression",
    roadmapStart: "Roadmap start",
    hoursPerAccount: "CSM hours per account per year",
    share: "Automation share",
    freedPerAccount: "Hours freed per account",
    accounts: "Accounts",
    headcount: "CSM headcount",
    hoursPerCsm: "Hours per CSM per year",
    loadedCost: "Loaded cost per CSM per year",
    hoursToday: "CSM hours per account today",
    roadmapOneOff: "Roadmap one-off cost",
    roadmapMonthly: "Roadmap monthly cost",
    hoursFreed: "CSM hours freed per year",
    fteFreed: "FTE freed",
    perCsmBefore: "Accounts per CSM before",
    perCsmAfter: "Accounts per CSM after",
    monthlySaving: "Monthly saving",
    payback: "Payback (months)",
  },
  fr: {
    id: "Identifiant",
    action: "Action",
    stage: "Étape",
    time: "Temps",
    value: "Valeur",
    ratio: "Ratio",
    decision: "Décision",
    priority: "Priorité",
    solution: "Solution",
    kind: "Type",
    owner: "Responsable",
    oneOff: "Coût ponctuel",
    monthly: "Coût mensuel",
    weeks: "Semaines",
    start: "Début",
    end: "Fin",
    firstYear: "Coût première année",
    day: "Jour de début",
    days: "Jours",
    figure: "Indicateur",
    result: "Résultat",
    name: "Nom",
    expression: "Expression",
    roadmapStart: "Début de la feuille de route",
    hoursPerAccount: "Heures CSM par compte par an",
    share: "Part automatisée",
    freedPerAccount: "Heures libérées par compte",
    accounts: "Comptes",
    headcount: "Effectif CSM",
    hoursPerCsm: "Heures par CSM par an",
    loadedCost: "Coût chargé par CSM par an",
    hoursToday: "Heures CSM par compte aujourd'hui",
    roadmapOneOff: "Coût ponctuel de la feuille de route",
    roadmapMonthly: "Coût mensuel de la feuille de route",
    hoursFreed: "Heures CSM libérées par an",
    fteFreed: "ETP libérés",
    perCsmBefore: "Comptes par CSM avant",
    perCsmAfter: "Comptes par CSM après",
    monthlySaving: "Économie mensuelle",
    payback: "Retour sur investissement (mois)",
  },
} as const satisfies Record<Language, Record<string, string>>;

/** The headers of the audit table in both languages, for reading it back. */
export const AUDIT_HEADERS = {
  id: [PLAN_HEADERS.en.id, PLAN_HEADERS.fr.id],
  action: [PLAN_HEADERS.en.action, PLAN_HEADERS.fr.action],
  stage: [PLAN_HEADERS.en.stage, PLAN_HEADERS.fr.stage],
  time: [PLAN_HEADERS.en.time, PLAN_HEADERS.fr.time],
  value: [PLAN_HEADERS.en.value, PLAN_HEADERS.fr.value],
} as const;
