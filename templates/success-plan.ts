/**
 * The success plan ("Piloter votre activité CSM"), filled by a CSM with the client: the client's transformation objectives and
 * how far along each is, the customer journey's milestones and the days between them, the stakeholders, the
 * risks and the review log, summed up on an overview.
 *
 * Contract, the same in both languages: tables `Objectives`, `Milestones`, `Stakeholders`, `Risks`,
 * `Reviews`; input names `ClientName`, `CsmName`, `BusinessGoal`, `StartDate`, `RenewalDate`, `AsOfDate`
 * (results are computed at this date, so they do not move by themselves); result names `ObjectivesCount`,
 * `AverageProgress`, `ObjectivesOnTrack`, `DaysToFirstValue`, `MilestonesReached`, `DaysToRenewal`,
 * `OpenRisks`, `HighRisks`, `Detractors`, `LastReview`, `DaysSinceReview`.
 */
import { SAMPLE_NOTE } from "./sample";
import type { SheetSpec, TableSpec, TemplateSpec } from "./spec";
import { MILESTONES, OBJECTIVES } from "./success-plan-journey";
import { overviewCells } from "./success-plan-overview";
import { REVIEWS, RISKS, STAKEHOLDERS } from "./success-plan-people";
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
      key: "overview",
      name: { en: "Overview", fr: "Synthèse" },
      cells: overviewCells(),
      widths: { A: 40, B: 20, C: 92 },
      landscape: true,
    },
    tableSheet(
      "objectives",
      { en: "Objectives", fr: "Objectifs" },
      { en: "Transformation objectives", fr: "Objectifs de transformation" },
      {
        en: "The client's business objectives and their success criteria. % of the way = (current − baseline) ÷ (target − baseline): 70 % or more green, below 30 % red. Time elapsed: from the start date to the due date, at the as-of date.",
        fr: "Les objectifs métier du client et leurs critères de succès. % du chemin = (actuel − départ) ÷ (cible − départ) : 70 % ou plus vert, sous 30 % rouge. Temps écoulé : de la date de début à l'échéance, à la date du jour de la synthèse.",
      },
      OBJECTIVES,
      { A: 46, B: 34, C: 8, D: 10, E: 9, F: 10, G: 15, H: 15, I: 13, J: 15, K: 16 },
    ),
    tableSheet(
      "journey",
      { en: "Journey", fr: "Parcours" },
      { en: "Customer journey milestones", fr: "Étapes du parcours client" },
      {
        en: "One row per milestone, in order; the first row is the contract signature. Days since previous: between this milestone's actual date and the row above's. Slip: actual − planned, over 14 days red.",
        fr: "Une ligne par étape, dans l'ordre ; la première ligne est la signature du contrat. Jours depuis la précédente : entre la date réelle de l'étape et celle de la ligne au-dessus. Retard : réelle − prévue, au-delà de 14 jours rouge.",
      },
      MILESTONES,
      { A: 32, B: 14, C: 14, D: 17, E: 28, F: 27, G: 70 },
    ),
    tableSheet(
      "stakeholders",
      { en: "Stakeholders", fr: "Parties prenantes" },
      { en: "Stakeholders", fr: "Parties prenantes" },
      {
        en: "Who matters on the client's side, how much they weigh and how they feel. Days since contact at the as-of date: over 30 amber, over 60 red.",
        fr: "Qui compte chez le client, son poids et son sentiment. Jours depuis le contact à la date de la synthèse : au-delà de 30 orange, de 60 rouge.",
      },
      STAKEHOLDERS,
      { A: 17, B: 37, C: 13, D: 14, E: 17, F: 25, G: 54 },
    ),
    tableSheet(
      "risks",
      { en: "Risks", fr: "Risques" },
      { en: "Risks", fr: "Risques" },
      {
        en: "Likelihood and impact from 1 to 5; score = likelihood × impact: 15 or more red, 8 to 14 amber, 7 or less green.",
        fr: "Probabilité et impact de 1 à 5 ; score = probabilité × impact : 15 ou plus rouge, de 8 à 14 orange, 7 ou moins vert.",
      },
      RISKS,
      { A: 48, B: 17, C: 13, D: 9, E: 56, F: 16, G: 12 },
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
  ],
};
