// A plan as a French CS leader builds it (issue 16): 6 CSMs and 300 accounts, ten actions with French names,
// a roadmap of four validated solutions, the capacity with the team's figures, two calculation cells and a
// 60-account portfolio segmented into the template's three tiers with its coverage. Used by the export
// checks that open the .xlsx in LibreOffice.
import type { NotebookSnapshot } from "../../notebook/engine/types";

/** The ten actions: id, French label, stage, time and value scores. */
export const ACTIONS = [
  ["relance-factures-impayees", "Relance des factures impayées", "renewal", 5, 1],
  ["compte-rendu-reunion", "Compte rendu de réunion client", "review", 4, 2],
  ["preparation-revue-trimestrielle", "Préparation de la revue trimestrielle", "review", 4, 5],
  ["onboarding-nouveaux-utilisateurs", "Onboarding des nouveaux utilisateurs", "onboarding", 5, 2],
  ["reponse-tickets-niveau-1", "Réponse aux tickets de niveau 1", "support", 5, 1],
  ["formation-administrateurs", "Formation des administrateurs", "training", 3, 4],
  ["suivi-adoption", "Suivi de l'adoption des fonctionnalités", "adoption", 3, 3],
  ["detection-risques-churn", "Détection des risques de churn", "renewal", 2, 5],
  ["proposition-extension", "Proposition d'extension de contrat", "expansion", 2, 4],
  ["collecte-temoignages", "Collecte de témoignages clients", "advocacy", 3, 1],
] as const;

/** The validated roadmap, in order: action id, solution, kind, owner, one-off, monthly, weeks. */
export const ROADMAP = [
  [
    "relance-factures-impayees",
    "Relances automatiques depuis la facturation",
    "email",
    "Camille Durand",
    4500,
    120,
    3,
  ],
  [
    "reponse-tickets-niveau-1",
    "Base de connaissances et chatbot",
    "knowledge",
    "Julien Martin",
    12000,
    400,
    8,
  ],
  [
    "onboarding-nouveaux-utilisateurs",
    "Parcours d'onboarding in-app",
    "inApp",
    "Sophie Bernard",
    8000,
    250,
    6,
  ],
  ["compte-rendu-reunion", "Comptes rendus générés par l'IA", "other", "Camille Durand", 2500, 300, 2],
] as const;

/** The capacity cell's team figures and hours per account per year for each roadmap action. */
export const CAPACITY = {
  accounts: 300,
  csmHeadcount: 6,
  hoursPerCsm: 1600,
  loadedCostPerCsm: 75000,
  csmHoursPerAccount: 30,
  hours: {
    "relance-factures-impayees": 2,
    "reponse-tickets-niveau-1": 4,
    "onboarding-nouveaux-utilisateurs": 3,
    "compte-rendu-reunion": 1.5,
  },
  shares: { "onboarding-nouveaux-utilisateurs": 0.5, "compte-rendu-reunion": 0.8 },
} as const;

const INDUSTRIES = ["Santé", "Industrie", "Distribution", "Banque", "Secteur public"];
const REGIONS = ["Île-de-France", "Auvergne-Rhône-Alpes", "Occitanie", "Hauts-de-France"];

/** The 60 accounts: name, current ARR, potential ARR, industry, region, customer since. */
export function portfolioRows(): (string | number | null)[][] {
  const rows: (string | number | null)[][] = [];
  for (let i = 0; i < 60; i++) {
    const current = i < 6 ? 150_000 + i * 20_500 : i < 24 ? 32_000 + i * 1_750 : 4_000 + i * 310.5;
    const potential = i % 4 === 0 ? current * 2 : null;
    const year = 2012 + (i % 13);
    rows.push([
      `Société ${String.fromCharCode(65 + (i % 26))}${i >= 26 ? String(Math.floor(i / 26)) : ""} Groupe Européen`,
      current,
      potential,
      INDUSTRIES[i % INDUSTRIES.length] ?? null,
      REGIONS[i % REGIONS.length] ?? null,
      `${year}-0${1 + (i % 9)}-15`,
    ]);
  }
  return rows;
}

/**
 * The whole plan as a notebook snapshot.
 *
 * @param start - the roadmap's first day
 */
export function realisticPlan(start = "2026-03-02"): NotebookSnapshot {
  return {
    cells: [
      {
        id: "actions",
        kind: "actions",
        inputs: { items: ACTIONS.map(([id, label, stage]) => ({ id, label, stage })) },
      },
      {
        id: "scores",
        kind: "scores",
        inputs: Object.fromEntries(ACTIONS.map(([id, , , time, value]) => [id, { time, value }])),
      },
      { id: "decisions", kind: "decisions", inputs: {} },
      {
        id: "roadmap",
        kind: "roadmap",
        inputs: {
          start,
          items: ROADMAP.map(([actionId, solution, kind, owner, oneOffCost, monthlyCost, weeks], i) => ({
            actionId,
            action: ACTIONS.find(([id]) => id === actionId)?.[1] ?? actionId,
            solution,
            kind,
            owner,
            priority: i + 1,
            oneOffCost,
            monthlyCost,
            weeks,
            validated: true,
          })),
        },
      },
      { id: "capacity", kind: "capacity", inputs: { ...CAPACITY } },
      {
        id: "heures-par-csm",
        kind: "calculation",
        inputs: { name: "hoursPerCsmFreed", expression: "hoursFreed / 6" },
      },
      {
        id: "part-automatisee",
        kind: "calculation",
        inputs: { name: "automatedShare", expression: "automateCount / actionCount" },
      },
      {
        id: "portfolio",
        kind: "portfolio",
        inputs: {
          source: "export-crm.csv",
          table: null,
          headers: ["Compte", "ARR actuel", "ARR potentiel", "Secteur", "Région", "Client depuis"],
          rows: portfolioRows(),
          mapping: { account: 0, currentArr: 1, potentialArr: 2, industry: 3, region: 4, customerSince: 5 },
        },
      },
      {
        id: "segments",
        kind: "segments",
        inputs: {
          tiers: [
            { name: { en: "Key accounts", fr: "Grands comptes" }, currentMin: 150000, potentialMin: 250000 },
            {
              name: { en: "Mid-market", fr: "Entreprises intermédiaires" },
              currentMin: 30000,
              potentialMin: 60000,
            },
            { name: { en: "Tech touch", fr: "Accompagnement digital" } },
          ],
          potentialOutweighs: true,
          strategicIndustries: ["Santé"],
          historical: null,
        },
      },
      {
        id: "coverage",
        kind: "coverage",
        inputs: {
          tiers: [
            {
              basis: "accounts",
              perCsm: 12,
              reviewsPerYear: 4,
              touchPoints: "Point mensuel, revue trimestrielle",
            },
            {
              basis: "accounts",
              perCsm: 50,
              reviewsPerYear: 2,
              touchPoints: "Webinaires, revue semestrielle",
            },
            { basis: "accounts", perCsm: 300, reviewsPerYear: 0, touchPoints: "E-mails, guides in-app" },
          ],
          headcount: 6,
        },
      },
    ],
  };
}
