// The scaling audit grows: actions added to the Actions table (one inside it, one at the end) and a roadmap
// row inserted in the middle of the Roadmap, rendered from the spec with those rows and recalculated by
// LibreOffice. The summary must count the added actions, the new roadmap row must chain its dates from the
// row above and push the rows below it, and a workbook with its sample cleared (or a single row) must show
// no error value. Expected values are worked out by hand from the sample's scores (functions/scaling's
// action library) and written out below.
import { join } from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { ACTION_LIBRARY } from "../../functions/scaling/action-library";
import { DECISION_LABELS } from "../../functions/scaling/scaling";
import { SOLUTION_KIND_LABELS } from "../../functions/scaling/solution-kinds";
import { LANGUAGES, type Bilingual, type Language } from "../../functions/excel/language";
import { scalingAudit } from "../../templates/scaling-audit";
import { STAGES, STATUSES } from "../../templates/scaling-audit-sample";
import {
  cleared,
  errorCells,
  inserted,
  recalculate,
  withRows,
  type Recalculated,
  type Row,
} from "./template-variants";

const dir = join(__dirname, "../../test-results/scaling-audit-growth");

/** Scores 1 and 4: ratio 0.25, kept human. Inserted after the sample's 5th action (Onboarding's last). */
const COACHING: Row = {
  stage: STAGES.training,
  action: { en: "Coach a new administrator one to one", fr: "Accompagner un nouvel administrateur" },
  time: 1,
  value: 4,
};
/** Scores 4 and 1: ratio 4, to automate; only "Answer level-1 support tickets" (5 ÷ 1) ranks above it. */
const INVOICES: Row = {
  stage: STAGES.internal,
  action: { en: "Chase unpaid invoices", fr: "Relancer les factures impayées" },
  time: 4,
  value: 1,
};
const INVOICES_PROJECT: Row = {
  action: INVOICES.action as Bilingual,
  kind: SOLUTION_KIND_LABELS.email,
  solution: { en: "Dunning sequence from billing", fr: "Séquence de relance depuis la facturation" },
  oneOff: 700,
  monthly: 30,
  weeks: 3,
  owner: { en: "Finance", fr: "Finance" },
  status: STATUSES.idea,
};

const addActions = (rows: readonly Row[]) => inserted(inserted(rows, 5, COACHING), rows.length + 1, INVOICES);
const VARIANTS = {
  // The two actions added, the roadmap as in the sample.
  actions: withRows(scalingAudit, { Actions: addActions }),
  // The same, and the new action's project inserted third on the roadmap (after "tickets" and "howto").
  grown: withRows(scalingAudit, {
    Actions: addActions,
    Roadmap: (rows) => inserted(rows, 2, INVOICES_PROJECT),
  }),
  single: withRows(scalingAudit, {
    Actions: () => [INVOICES],
    Roadmap: () => [INVOICES_PROJECT],
  }),
  empty: cleared(scalingAudit),
};

const SHEETS = {
  actions: { en: "Actions", fr: "Actions" },
  summary: { en: "Summary", fr: "Synthèse" },
  roadmap: { en: "Roadmap", fr: "Feuille de route" },
} as const;

/** The first project's start in the sample (2026-02-02) as a date serial. */
const START = (Date.UTC(2026, 1, 2) - Date.UTC(1899, 11, 30)) / 86_400_000;

let book: (variant: keyof typeof VARIANTS, language: Language) => Recalculated;
beforeAll(async () => {
  book = await recalculate(dir, VARIANTS, LANGUAGES);
});

describe.each(LANGUAGES)("the scaling audit (%s)", (language) => {
  const say = (text: Bilingual) => text[language];

  it("counts actions added inside and at the end of the Actions table in the summary", () => {
    const wb = book("actions", language);
    // The sample: 12 human, 5 to arbitrate, 16 to automate; plus one human and one to automate.
    expect(wb.named("ActionsHuman")).toBe(13);
    expect(wb.named("ActionsArbitrate")).toBe(5);
    expect(wb.named("ActionsAutomate")).toBe(17);
    expect(wb.named("ActionsScored")).toBe(35);
    expect(wb.named("ShareToAutomate")).toBeCloseTo(17 / 35, 12);
    // Not on the roadmap: surveys, community and reporting in the sample, and the unpaid invoices.
    expect(wb.named("ActionsNotOnRoadmap")).toBe(4);
  });

  it("counts the added actions in their lifecycle stage and in the mean ratios", () => {
    const wb = book("actions", language);
    const summary = say(SHEETS.summary);
    // Stages from row 16 in lifecycle order: Training is row 17, Internal row 24, all stages row 25.
    // Training: admins 4/4 arbitrated; users 4/2, howto 3/1, materials 2/1 automated; coaching 1/4 human.
    expect([17, 17, 17, 17].map((r, i) => wb.value(summary, `${"BCDE"[i]}${r}`))).toEqual([1, 1, 3, 5]);
    expect(wb.value(summary, "F17")).toBeCloseTo((1 + 2 + 3 + 2 + 0.25) / 5, 12);
    // Internal: crm 3/1 and reporting 3/2 automated, and the invoices 4/1.
    expect(["B24", "C24", "D24", "E24"].map((a) => wb.value(summary, a))).toEqual([0, 0, 3, 3]);
    expect(wb.value(summary, "F24")).toBeCloseTo((3 + 1.5 + 4) / 3, 12);
    expect(["B25", "C25", "D25", "E25"].map((a) => wb.value(summary, a))).toEqual([13, 5, 17, 35]);
    const ratios = [...ACTION_LIBRARY.map((a) => a.time / a.value), 0.25, 4];
    expect(wb.value(summary, "F25")).toBeCloseTo(ratios.reduce((s, r) => s + r, 0) / 35, 12);
  });

  it("ranks an added action among the priorities and lists it in the top five", () => {
    const wb = book("actions", language);
    const actions = say(SHEETS.actions);
    // The Actions table's rows run from row 5; the invoices are the 35th row (39), the coaching the 6th (10).
    expect(wb.value(actions, "F39")).toBe(say(DECISION_LABELS.automate));
    expect(wb.value(actions, "G39")).toBe(2);
    expect(wb.value(actions, "H39")).toBe(
      language === "en" ? "Add to the roadmap" : "À ajouter à la feuille de route",
    );
    expect(wb.value(actions, "F10")).toBe(say(DECISION_LABELS.human));
    expect(wb.value(actions, "G10")).toBe(0);
    // The top five from row 29: tickets first, the invoices second.
    const summary = say(SHEETS.summary);
    expect(wb.value(summary, "A30")).toBe(say(INVOICES.action as Bilingual));
    expect(wb.value(summary, "C30")).toBe(say(STAGES.internal));
    expect(wb.value(summary, "D30")).toBe(4);
    expect(wb.value(summary, "E30")).toBe(language === "en" ? "No" : "Non");
    expect(wb.value(summary, "A31")).toBe(
      say(ACTION_LIBRARY.find((a) => a.id === "howto")?.label as Bilingual),
    );
  });

  it("chains the start and end dates of a roadmap row inserted in the middle, and of the rows below it", () => {
    const wb = book("grown", language);
    const roadmap = say(SHEETS.roadmap);
    // Rows from 9: tickets 6 weeks, howto 1 week, the new project 3 weeks, then the usage report 3 weeks.
    const weeks = [6, 1, 3, 3];
    let start = START;
    weeks.forEach((w, i) => {
      expect(wb.value(roadmap, `J${9 + i}`), `start of row ${9 + i}`).toBe(start);
      expect(wb.value(roadmap, `K${9 + i}`), `end of row ${9 + i}`).toBe(start + 7 * w);
      start += 7 * w;
    });
    // The sample's 44 weeks and the new project's 3, one after the other.
    expect(wb.named("RoadmapEnd")).toBe(START + 7 * 47);
    expect(wb.value(roadmap, "A11")).toBe(2);
  });

  it("counts the inserted roadmap row in the costs and in what the audit finds on the roadmap", () => {
    const wb = book("grown", language);
    expect(wb.named("RoadmapOneOffCost")).toBe(28_900 + 700);
    expect(wb.named("RoadmapMonthlyCost")).toBe(1_300 + 30);
    expect(wb.named("RoadmapFirstYearCost")).toBe(29_600 + 12 * 1_330);
    expect(wb.named("ActionsNotOnRoadmap")).toBe(3);
    expect(wb.value(say(SHEETS.actions), "H39")).toBe(
      language === "en" ? "On the roadmap" : "Dans la feuille de route",
    );
    expect(wb.value(say(SHEETS.summary), "E30")).toBe(language === "en" ? "Yes" : "Oui");
  });

  it("reads sensibly with a single action and a single project", () => {
    const wb = book("single", language);
    expect(errorCells(wb)).toEqual([]);
    expect(wb.named("ActionsScored")).toBe(1);
    expect(wb.named("ShareToAutomate")).toBe(1);
    expect(wb.named("ActionsNotOnRoadmap")).toBe(0);
    expect(wb.value(say(SHEETS.roadmap), "J9")).toBe(START);
    expect(wb.named("RoadmapEnd")).toBe(START + 21);
  });

  it("shows no error value once the sample is cleared, and zeros or blanks where there is nothing", () => {
    const wb = book("empty", language);
    expect(errorCells(wb)).toEqual([]);
    expect(wb.named("ActionsScored")).toBe(0);
    expect(wb.named("ShareToAutomate")).toBe(0);
    expect(wb.named("ActionsNotOnRoadmap")).toBe(0);
    expect(wb.named("RoadmapEnd")).toBe("");
    expect(wb.named("RoadmapFirstYearCost")).toBe(0);
  });
});
