/** The account health workbook's Settings sheet: each component's scale and weight, the bands and alert rules. */
import { GENERAL } from "./health-accounts";
import { COMPONENTS } from "./health-score";
import { columnLetters } from "../functions/excel/a1";
import { FORMATS, type CellSpec, type SheetSpec } from "./spec";

/** The Settings sheet: a row per component (scale and weight), then the band thresholds and alert rules. */
function settingsCells(): CellSpec[] {
  const cells: CellSpec[] = [
    {
      at: "A1",
      role: "title",
      value: { en: "Scales, weights and thresholds", fr: "Échelles, poids et seuils" },
    },
    {
      at: "A2",
      role: "note",
      value: {
        en: "Component = MAX(0, MIN(100, (value − Scores 0 at) ÷ (Scores 100 at − Scores 0 at) × 100)); Scores 0 at above Scores 100 at inverts the scale. Coverage = Σ weight of the components present ÷ Σ weight. Score = Σ weight × component ÷ Σ weight over the components present, shown when the coverage reaches the minimum coverage.",
        fr: "Composante = MAX(0, MIN(100, (valeur − Note 0 à) ÷ (Note 100 à − Note 0 à) × 100)) ; Note 0 à au-dessus de Note 100 à inverse l'échelle. Couverture = Σ poids des composantes présentes ÷ Σ poids. Score = Σ poids × composante ÷ Σ poids sur les composantes présentes, affiché quand la couverture atteint la couverture minimale.",
      },
    },
  ];
  const headers = [
    { en: "Component", fr: "Composante" },
    { en: "Signal", fr: "Signal" },
    { en: "Scores 0 at", fr: "Note 0 à" },
    { en: "Scores 100 at", fr: "Note 100 à" },
    { en: "Weight", fr: "Poids" },
    { en: "Share", fr: "Part" },
  ];
  headers.forEach((value, i) => cells.push({ at: `${columnLetters(i + 1)}4`, role: "subtitle", value }));
  const first = 5;
  const last = first + COMPONENTS.length - 1;
  const total = `SUM($E$${first}:$E$${last})`;
  const bound = { kind: "decimal", min: -1e9, max: 1e9 } as const;
  COMPONENTS.forEach((c, i) => {
    const r = first + i;
    cells.push({ at: `A${r}`, role: "label", value: c.header });
    cells.push({ at: `B${r}`, role: "note", value: c.signal });
    if (c.min !== undefined && c.max !== undefined) {
      const format = c.format ?? FORMATS.decimal;
      cells.push({
        at: `C${r}`,
        role: "input",
        value: c.min,
        name: `Min${c.name}`,
        format,
        validation: bound,
      });
      cells.push({
        at: `D${r}`,
        role: "input",
        value: c.max,
        name: `Max${c.name}`,
        format,
        validation: bound,
      });
    }
    cells.push({
      at: `E${r}`,
      role: "input",
      value: c.weight,
      name: `Weight${c.name}`,
      format: FORMATS.decimal,
      validation: { kind: "decimal", min: 0, max: 1000 },
    });
    cells.push({
      at: `F${r}`,
      role: "result",
      formula: () => `IF(${total}>0,E${r}/${total},0)`,
      format: FORMATS.percent,
    });
  });
  cells.push({ at: `A${last + 1}`, role: "label", value: { en: "Total", fr: "Total" } });
  cells.push({
    at: `E${last + 1}`,
    role: "result",
    formula: () => total,
    name: "WeightTotal",
    format: FORMATS.decimal,
  });

  const thresholds: {
    label: CellSpec["value"];
    note: CellSpec["value"];
    name: string;
    value: number;
    format: string;
    validation: CellSpec["validation"];
  }[] = [
    {
      label: { en: "Red up to", fr: "Rouge jusqu'à" },
      note: { en: "score ≤ this: Red", fr: "score ≤ ce seuil : Rouge" },
      name: "RedMax",
      value: 50,
      format: FORMATS.score,
      validation: { kind: "decimal", min: 0, max: 100 },
    },
    {
      label: { en: "Yellow up to", fr: "Jaune jusqu'à" },
      note: {
        en: "score ≤ this: Yellow; above: Green (keep it above Red up to)",
        fr: "score ≤ ce seuil : Jaune ; au-delà : Vert (à garder au-dessus de Rouge jusqu'à)",
      },
      name: "YellowMax",
      value: 75,
      format: FORMATS.score,
      validation: { kind: "decimal", min: 0, max: 100 },
    },
    {
      label: { en: "Minimum coverage", fr: "Couverture minimale" },
      note: {
        en: "share of the weights an account must have measured to get a score and a band; below: Insufficient data",
        fr: "part des poids qu'un compte doit avoir mesurée pour recevoir un score et une bande ; en dessous : Données insuffisantes",
      },
      name: "MinCoverage",
      value: 0.6,
      format: "0%",
      validation: { kind: "decimal", min: 0, max: 1 },
    },
    {
      label: { en: "Renewal window (days)", fr: "Fenêtre de renouvellement (jours)" },
      note: {
        en: "ARR at risk renewing within this many days of the as-of date is counted apart and coloured red",
        fr: "l'ARR à risque renouvelé dans ce nombre de jours après la date du jour est compté à part et coloré en rouge",
      },
      name: "RenewalWindow",
      value: 180,
      format: FORMATS.integer,
      validation: { kind: "whole", min: 0, max: 3650 },
    },
    {
      label: { en: "Admin inactive for (months)", fr: "Admin inactif depuis (mois)" },
      note: {
        en: "alert when days since the admin's last action ≥ months × 30",
        fr: "alerte quand les jours depuis la dernière action admin ≥ mois × 30",
      },
      name: "AdminMonths",
      value: 2,
      format: GENERAL,
      validation: { kind: "decimal", min: 0, max: 120 },
    },
    {
      label: { en: "No login for (months)", fr: "Aucune connexion depuis (mois)" },
      note: {
        en: "alert when months without login ≥ this",
        fr: "alerte quand les mois sans connexion ≥ ce seuil",
      },
      name: "LoginMonths",
      value: 1,
      format: GENERAL,
      validation: { kind: "decimal", min: 0, max: 120 },
    },
    {
      label: { en: "Licence drop above", fr: "Baisse de licences au-delà de" },
      note: {
        en: "alert when (licences used last month − this month) ÷ last month > this",
        fr: "alerte quand (licences utilisées M-1 − M) ÷ M-1 > ce seuil",
      },
      name: "LicenceDrop",
      value: 0.1,
      format: "0%",
      validation: { kind: "decimal", min: 0, max: 1 },
    },
  ];
  const start = last + 3;
  cells.push({
    at: `A${start}`,
    role: "subtitle",
    value: { en: "Bands and alerts", fr: "Bandes et alertes" },
  });
  thresholds.forEach((t, i) => {
    const r = start + 1 + i;
    cells.push({ at: `A${r}`, role: "label", value: t.label });
    cells.push({ at: `B${r}`, role: "note", value: t.note });
    cells.push({
      at: `C${r}`,
      role: "input",
      value: t.value,
      name: t.name,
      format: t.format,
      ...(t.validation ? { validation: t.validation } : {}),
    });
  });
  cells.push({
    at: `A${start + thresholds.length + 2}`,
    role: "note",
    value: {
      en: "Also raised: interest in a module not owned (an upsell signal), whenever the Accounts sheet names one.",
      fr: "Aussi signalé : l'intérêt pour un module non détenu (signal d'upsell), dès que la feuille Comptes en nomme un.",
    },
  });
  return cells;
}

export const settingsSheet: SheetSpec = {
  key: "settings",
  name: { en: "Settings", fr: "Paramètres" },
  cells: settingsCells(),
  widths: { A: 30, B: 66, C: 13, D: 14, E: 9, F: 9 },
  landscape: true,
};
