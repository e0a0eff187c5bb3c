/**
 * The success plan ("Piloter votre activité CSM"), filled by a CSM with the client: the client's transformation
 * objectives and how far along each is against the time gone, the milestones with owner, due date and status,
 * the review log, and — internal — the stakeholders' sentiment and the risks.
 *
 * The Plan sheet is the one shown to the client (portrait, fitted to the page width): the account, owners on
 * both sides, the pace check and the milestones; sentiment and risks live on the two internal sheets.
 *
 * Contract, the same in both languages: tables `Milestones` (Plan), `Objectives`, `Reviews`, `Stakeholders`
 * and `Risks` (the internal sheets); input names `ClientName`, `BusinessGoal`, `ClientOwner`, `ClientSponsor`,
 * `CsmName`, `VendorSponsor`, `StartDate`, `RenewalDate`, `AsOfDate` (results are computed at this date, so
 * they do not move by themselves), `NextReview`, `PaceTolerance`; result names `ObjectivesCount`,
 * `AverageProgress`, `TimeElapsed`, `PlanPace`, `ObjectivesOnTrack`, `ObjectivesBehind`, `MilestonesReached`,
 * `MilestonesOverdue`, `DaysToFirstValue`, `DaysToRenewal`, `LastReview`, `DaysSinceReview`,
 * `DaysToNextReview`, `OpenRisks`, `HighRisks`, `Detractors`.
 */
import { SAMPLE_NOTE } from "./sample";
import type { SheetSpec, TableSpec, TemplateSpec } from "./spec";
import { risksSheet, stakeholdersSheet } from "./success-plan-internal";
import { MILESTONES, OBJECTIVES } from "./success-plan-journey";
import { planCells } from "./success-plan-overview";
import { REVIEWS } from "./success-plan-people";
import type { Bilingual } from "../functions/excel/language";

/** A sheet holding one table under a title, a note and the sample banner. */
function tableSheet(
  key: string,
  name: Bilingual,
  title: Bilingual,
  note: Bilingual,
  table: TableSpec,
  widths: Record<string, number>,
): SheetSpec {
  return {
    key,
    name,
    tables: [table],
    cells: [
      { at: "A1", role: "title", value: title },
      { at: "A2", role: "note", value: note },
      { at: "A3", role: "note", value: SAMPLE_NOTE },
    ],
    widths,
    freezeRows: 4,
    landscape: true,
  };
}

export const successPlan: TemplateSpec = {
  name: "success-plan",
  title: { en: "Success plan", fr: "Plan de succès" },
  sheets: [
    {
      key: "plan",
      name: { en: "Plan", fr: "Plan" },
      cells: planCells(),
      tables: [MILESTONES],
      // Portrait, fitted to the page width: the sheet a CSM prints or sends to the client.
      widths: { A: 32, B: 16, C: 11, D: 12, E: 11, F: 8, G: 12, H: 11, I: 36 },
    },
    tableSheet(
      "objectives",
      { en: "Objectives", fr: "Objectifs" },
      { en: "Transformation objectives", fr: "Objectifs de transformation" },
      {
        en: "The client's business objectives and their success criteria. % of the way = (current − baseline) ÷ (target − baseline). Time elapsed = (as of − start) ÷ (due date − start). Pace: On track while % of the way ≥ time elapsed − the pace tolerance (Plan sheet), else Behind; Achieved at 100 %.",
        fr: "Les objectifs métier du client et leurs critères de succès. % du chemin = (actuel − départ) ÷ (cible − départ). Temps écoulé = (date du jour − début) ÷ (échéance − début). Rythme : En bonne voie tant que % du chemin ≥ temps écoulé − la tolérance (feuille Plan), sinon En retard ; Atteint à 100 %.",
      },
      OBJECTIVES,
      { A: 46, B: 34, C: 8, D: 10, E: 9, F: 10, G: 15, H: 15, I: 13, J: 15, K: 16 },
    ),
    tableSheet(
      "reviews",
      { en: "Reviews", fr: "Revues" },
      { en: "Review log", fr: "Journal des revues" },
      {
        en: "One row per review with the client: who came, what was decided, what happens next.",
        fr: "Une ligne par revue avec le client : qui était là, ce qui a été décidé, la suite.",
      },
      REVIEWS,
      { A: 13, B: 30, C: 54, D: 56 },
    ),
    stakeholdersSheet,
    risksSheet,
  ],
};
