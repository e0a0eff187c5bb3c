/**
 * The segmentation wizard ("Scaler son activité CSM", its parts "Les clients" and "Les compétences CSM"; see
 * docs/sources.md) as notebook kinds: portfolio → segments (rules, then the preview) → coverage, one kind per
 * module of this folder. Each kind wires a compute step of `functions/segmentation/` into the engine and
 * publishes its result under fixed names, so that calculation cells can use them (`csmsNeeded - 4`).
 *
 * Output tables are language-neutral: column keys, override keys (`"strategic"`), tier names in both
 * languages. The views and the workbook writer put them in the person's language.

 */
import type { Language } from "../../functions/excel/language";
import { DEFAULT_SEGMENTATION_RULES } from "../../functions/segmentation/rules";
import type { CellInputs, CellKind } from "../engine/types";
import { coverageKind, defaultCoverage } from "./coverage";
import { portfolioKind } from "./portfolio";
import { defaultSegmentRules, segmentsKind } from "./segments";

/** The segmentation wizard's kinds, by the name a plan stores. */
export const segmentationKinds = {
  portfolio: portfolioKind,
  segments: segmentsKind,
  coverage: coverageKind,
} as const satisfies Readonly<Record<string, CellKind>>;

/**
 * The cells the wizard adds to a plan: a portfolio to fill, the template's rules, and its engagement model.
 *
 * @param language - the language of the default touch points
 * @returns the three cells, in order
 * @example
 * segmentationCells("en").map((cell) => cell.kind)
 * //=> ["portfolio", "segments", "coverage"]
 */
export function segmentationCells(
  language: Language,
): readonly { readonly id: string; readonly kind: string; readonly inputs: CellInputs }[] {
  return [
    {
      id: "portfolio",
      kind: "portfolio",
      inputs: { source: "", table: null, headers: [], rows: [], mapping: {} },
    },
    { id: "segments", kind: "segments", inputs: defaultSegmentRules() },
    {
      id: "coverage",
      kind: "coverage",
      inputs: defaultCoverage(DEFAULT_SEGMENTATION_RULES.tiers.length, language) as unknown as CellInputs,
    },
  ];
}
