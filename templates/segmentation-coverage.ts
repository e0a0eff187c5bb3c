/** The segmentation's Coverage sheet: accounts and ARR per tier, the CSMs they need, and the public reference. */
import { tierCsmsFormula } from "../functions/segmentation/tier-formulas";
import { ACCOUNT_HEADERS, money, TIER_NAMES } from "./segmentation-common";
import { DEFAULT_RULES, REGIONS } from "./segmentation-sample";
import { FORMATS, type CellSpec, type Refs, type SheetSpec } from "./spec";

/** Coverage rows: level 1 to 3 from this row, then the total row. */
const FIRST_LEVEL_ROW = 5;
const TOTAL_ROW = FIRST_LEVEL_ROW + 3;
const REGION_FIRST = 21;

function coverageCells(): CellSpec[] {
  const level = (r: Refs) => r.column("Accounts", "level");
  const cells: CellSpec[] = [
    {
      at: "A1",
      role: "title",
      value: { en: "Coverage and CSMs needed", fr: "Couverture et CSM nécessaires" },
    },
    {
      at: "A2",
      role: "note",
      value: {
        en: "CSMs needed per tier = accounts ÷ accounts one CSM carries (not rounded). Blank capacity: no CSM for that tier.",
        fr: "CSM nécessaires par palier = comptes ÷ comptes suivis par un CSM (non arrondi). Capacité vide : pas de CSM pour ce palier.",
      },
    },
    ...(
      [
        ["A", { en: "Tier", fr: "Palier" }],
        ["B", { en: "Accounts", fr: "Comptes" }],
        ["C", ACCOUNT_HEADERS.current],
        ["D", ACCOUNT_HEADERS.potential],
        ["E", { en: "Accounts per CSM", fr: "Comptes par CSM" }],
        ["F", { en: "CSMs needed", fr: "CSM nécessaires" }],
        ["G", { en: "ARR per CSM", fr: "ARR par CSM" }],
      ] as const
    ).map(([c, value]): CellSpec => ({ at: `${c}4`, role: "header", value })),
  ];
  TIER_NAMES.forEach((tierName, i) => {
    const n = i + 1;
    const r = FIRST_LEVEL_ROW + i;
    cells.push(
      { at: `A${r}`, role: "label", formula: () => tierName },
      {
        at: `B${r}`,
        role: "result",
        format: FORMATS.integer,
        formula: (refs) => `COUNTIF(${level(refs)},${n})`,
      },
      {
        at: `C${r}`,
        role: "result",
        format: FORMATS.money,
        formula: (refs) => `SUMIF(${level(refs)},${n},${refs.column("Accounts", "current")})`,
      },
      {
        at: `D${r}`,
        role: "result",
        format: FORMATS.money,
        formula: (refs) => `SUMIF(${level(refs)},${n},${refs.column("Accounts", "potential")})`,
      },
      {
        at: `E${r}`,
        role: "input",
        value: DEFAULT_RULES.accountsPerCsm[i] ?? null,
        format: FORMATS.integer,
        validation: { kind: "decimal", min: 0, max: 1e6 },
      },
      // CSM.CSMS_NEEDED for one tier: workload ÷ capacity.
      {
        at: `F${r}`,
        role: "result",
        format: FORMATS.ratio,
        formula: () => tierCsmsFormula(`B${r}`, `E${r}`),
      },
      { at: `G${r}`, role: "result", format: FORMATS.money, formula: () => `IF(F${r}>0,C${r}/F${r},0)` },
    );
  });
  const first = FIRST_LEVEL_ROW;
  const last = TOTAL_ROW - 1;
  const t = TOTAL_ROW;
  cells.push(
    { at: `A${t}`, role: "label", value: { en: "All tiers", fr: "Tous les paliers" } },
    ...(["B", "C", "D"] as const).map((c): CellSpec => ({
      at: `${c}${t}`,
      role: "result",
      format: c === "B" ? FORMATS.integer : FORMATS.money,
      formula: () => `SUM(${c}${first}:${c}${last})`,
    })),
    { at: `E${t}`, role: "result", format: FORMATS.decimal, formula: () => `IF(F${t}>0,B${t}/F${t},0)` },
    {
      at: `F${t}`,
      role: "result",
      name: "CsmsNeeded",
      format: FORMATS.ratio,
      formula: () => `SUM(F${first}:F${last})`,
    },
    { at: `G${t}`, role: "result", format: FORMATS.money, formula: () => `IF(F${t}>0,C${t}/F${t},0)` },
    {
      at: "A10",
      role: "label",
      value: { en: "Current CSM headcount (FTE)", fr: "Effectif CSM actuel (ETP)" },
    },
    {
      at: "D10",
      role: "input",
      name: "CsmHeadcount",
      value: DEFAULT_RULES.headcount,
      format: FORMATS.ratio,
      validation: { kind: "decimal", min: 0, max: 1e5 },
    },
    {
      at: "A11",
      role: "label",
      value: {
        en: "Gap: CSMs to hire (negative: spare capacity)",
        fr: "Écart : CSM à recruter (négatif : capacité en trop)",
      },
    },
    {
      at: "D11",
      role: "result",
      name: "CsmGap",
      format: FORMATS.ratio,
      formula: () => "CsmsNeeded-CsmHeadcount",
      colours: [
        { when: "$D11>0.5", colour: "red" },
        { when: "$D11>0", colour: "amber" },
        { when: "$D11<=0", colour: "green" },
      ],
    },
    {
      at: "A13",
      role: "subtitle",
      value: { en: "Public reference, for comparison", fr: "Référence publique, pour comparer" },
    },
    {
      at: "A14",
      role: "label",
      value: {
        en: "ARR one CSM carries (reference: 2,000,000)",
        fr: "ARR suivi par un CSM (référence : 2 000 000)",
      },
    },
    {
      at: "D14",
      role: "input",
      name: "ReferenceArrPerCsm",
      value: DEFAULT_RULES.referenceArrPerCsm,
      format: FORMATS.money,
      validation: money,
    },
    {
      at: "A15",
      role: "label",
      value: {
        en: "CSMs needed at the reference (current ARR ÷ reference)",
        fr: "CSM nécessaires selon la référence (ARR actuel ÷ référence)",
      },
    },
    {
      at: "D15",
      role: "result",
      name: "CsmsByReference",
      format: FORMATS.ratio,
      formula: () => `IF(N(ReferenceArrPerCsm)>0,C${t}/ReferenceArrPerCsm,0)`,
    },
    {
      at: "A16",
      role: "label",
      value: { en: "Difference: tiers − reference", fr: "Différence : paliers − référence" },
    },
    { at: "D16", role: "result", format: FORMATS.ratio, formula: () => "CsmsNeeded-CsmsByReference" },
    {
      at: "A17",
      role: "note",
      value: {
        en: "The reference (Gainsight: 1 CSM per $2M ARR) ignores tiers; the estimate above uses your own capacities.",
        fr: "La référence (Gainsight : 1 CSM pour 2 M$ d'ARR) ignore les paliers ; l'estimation ci-dessus suit vos capacités.",
      },
    },
  );

  // Accounts by region and tier.
  const regions = Object.values(REGIONS);
  const head = REGION_FIRST - 1;
  cells.push(
    {
      at: `A${head - 1}`,
      role: "subtitle",
      value: { en: "Accounts by region and tier", fr: "Comptes par région et palier" },
    },
    { at: `A${head}`, role: "header", value: ACCOUNT_HEADERS.region },
    ...TIER_NAMES.map((name, i): CellSpec => ({
      at: `${"BCD"[i]}${head}`,
      role: "header",
      formula: () => name,
    })),
    { at: `E${head}`, role: "header", value: { en: "Total", fr: "Total" } },
  );
  const other = REGION_FIRST + regions.length;
  regions.forEach((region, k) => {
    const r = REGION_FIRST + k;
    cells.push(
      { at: `A${r}`, role: "input", value: region },
      ...[1, 2, 3].map((n): CellSpec => ({
        at: `${"BCD"[n - 1]}${r}`,
        role: "result",
        format: FORMATS.integer,
        formula: (refs) => `COUNTIFS(${refs.column("Accounts", "region")},$A${r},${level(refs)},${n})`,
      })),
      { at: `E${r}`, role: "result", format: FORMATS.integer, formula: () => `SUM(B${r}:D${r})` },
    );
  });
  cells.push(
    { at: `A${other}`, role: "label", value: { en: "Other regions", fr: "Autres régions" } },
    ...[1, 2, 3].map((n): CellSpec => ({
      at: `${"BCD"[n - 1]}${other}`,
      role: "result",
      format: FORMATS.integer,
      formula: (refs) => {
        const c = "BCD"[n - 1] as string;
        return `COUNTIF(${level(refs)},${n})-SUM(${c}${REGION_FIRST}:${c}${other - 1})`;
      },
    })),
    { at: `E${other}`, role: "result", format: FORMATS.integer, formula: () => `SUM(B${other}:D${other})` },
  );
  return cells;
}

export const COVERAGE_SHEET: SheetSpec = {
  key: "coverage",
  name: { en: "Coverage", fr: "Couverture" },
  landscape: true,
  widths: { A: 34, B: 25, C: 25, D: 25, E: 18, F: 16, G: 16 },
  cells: coverageCells(),
};
