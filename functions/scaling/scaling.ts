/**
 * The scaling audit ("Scaler son activité CSM"): every CSM action scored for the time it takes and the value it brings, 1–5;
 * the ratio time ÷ value says what stays human and what to automate. And the team it takes to cover a
 * portfolio.
 */
import { asRows, isBlank, type NumberDomain } from "../excel/cells";
import {
  mapPairs,
  missingPartner,
  readCell,
  sameShape,
  withoutErrors,
  type Spill,
  type SpillCell,
} from "../excel/elementwise";
import { ExcelError, strongerError } from "../excel/errors";
import type { ArgumentName } from "../excel/messages";
import { finiteResult } from "../excel/results";
import type { Bilingual } from "../excel/language";

const TIME: ArgumentName = { en: "time", fr: "temps" };
const VALUE: ArgumentName = { en: "value", fr: "valeur" };
/** The audit's scores: whole numbers from 1 to 5. */
export const SCORE: NumberDomain = {
  integer: true,
  min: 1,
  max: 5,
  expected: { en: "whole numbers from 1 to 5", fr: "des nombres entiers de 1 à 5" },
};

/**
 * Reads the time and value scores of one action. Both blank gives `null` (an empty line of the audit);
 * one blank gives `#N/A` naming it; text `#VALUE!`; a score that is not a whole number from 1 to 5 `#NUM!`.
 */
function scores(
  time: unknown,
  value: unknown,
  row: number,
  column: number,
): [number, number] | null | ExcelError {
  if (isBlank(time) && isBlank(value)) return null;
  const t = readCell(time, TIME, row, column, SCORE);
  const v = readCell(value, VALUE, row, column, SCORE);
  const problem = strongerError(
    t instanceof ExcelError ? t : t === null ? missingPartner(TIME, row, column) : undefined,
    v instanceof ExcelError ? v : v === null ? missingPartner(VALUE, row, column) : undefined,
  );
  return problem ?? [t as number, v as number];
}

/**
 * Time ÷ value of each action, element-wise ("Scaler son activité CSM"): below 1 the action stays human, above 1 it is to
 * automate. Ranges of the same shape; a result per cell, `""` where both scores are blank.
 *
 * @param time - time each action takes, whole numbers 1–5
 * @param value - value each action brings, whole numbers 1–5, same shape
 * @returns the ratios, shaped like the ranges, or an Excel error value
 *
 * @example
 * scaleRatio([[2], [3], [5], [""]], [[4], [3], [2], [""]])
 * //=> [[0.5], [1], [2.5], [""]]
 */
export function scaleRatio(time: unknown, value: unknown): Spill | ExcelError {
  return cleanRatios(time, value) ?? mapScorePairs(time, value, (t, v) => t / v);
}

/** Whether a cell holds a score on the 1–5 scale: the hot path's test, the domain of {@link SCORE}. */
function isScore(cell: unknown): cell is number {
  return cell === 1 || cell === 2 || cell === 3 || cell === 4 || cell === 5;
}

/**
 * The time and value pairs mapped by `fn`: two scores go straight to `fn`; a blank pair gives `""`; anything
 * else is read by {@link scores} for its error. The same as {@link mapPairs} over {@link scores}, without a
 * pair allocated per cell.
 */
function mapScorePairs(
  time: unknown,
  value: unknown,
  fn: (t: number, v: number) => SpillCell,
): Spill | ExcelError {
  return mapPairs(time, value, [TIME, VALUE], (t, v, r, c) => {
    if (isScore(t) && isScore(v)) return fn(t, v);
    const pair = scores(t, v, r, c);
    if (pair === null) return "";
    if (pair instanceof ExcelError) return pair;
    return fn(pair[0], pair[1]);
  });
}

export type Decision = "human" | "arbitrate" | "automate";

/**
 * Each decision's words in each language, for people (the task pane, the plan's tables). `CSM.SCALE_DECISION`
 * returns the English words in every Excel language: a result must not change with the reader's language.
 */
export const DECISION_LABELS: Readonly<Record<Decision, Bilingual>> = {
  human: { en: "Human", fr: "Humain" },
  arbitrate: { en: "Arbitrate", fr: "Arbitrer" },
  automate: { en: "Automate", fr: "Automatiser" },
};

/**
 * The rule of "Scaler son activité CSM" for two valid scores: Human when time ÷ value < 1, Arbitrate at 1, Automate above.
 *
 * @param time - time the action takes, 1–5
 * @param value - value the action brings, 1–5
 * @returns the decision
 *
 * @example
 * decide(3, 3)
 * //=> "arbitrate"
 */
export function decide(time: number, value: number): Decision {
  return time < value ? "human" : time === value ? "arbitrate" : "automate";
}

/**
 * What to do with each action, element-wise ("Scaler son activité CSM"): `"Human"` when time ÷ value < 1, `"Arbitrate"` when
 * it equals 1 (keep it human when its value is high), `"Automate"` when > 1. The same words in every Excel
 * language, so that a workbook shared between French and English Excel keeps its values and
 * `=COUNTIF(D:D, "Automate")` works everywhere. Same rules as {@link scaleRatio} for blanks and errors.
 *
 * @param time - time each action takes, whole numbers 1–5
 * @param value - value each action brings, whole numbers 1–5, same shape
 * @returns the decisions, shaped like the ranges, or an Excel error value
 *
 * @example
 * scaleDecision([[2, 3, 5]], [[4, 3, 2]])
 * //=> [["Human", "Arbitrate", "Automate"]]
 */
export function scaleDecision(time: unknown, value: unknown): Spill | ExcelError {
  return (
    cleanDecisions(time, value) ?? mapScorePairs(time, value, (t, v) => DECISION_LABELS[decide(t, v)].en)
  );
}

/** Every time ÷ value of two scores, at t × 6 + v, made once: the hot path stores them without making a number. */
const RATIOS: SpillCell[] = [""];
for (let i = 1; i < 36; i++) RATIOS.push(i % 6 === 0 ? "" : Math.floor(i / 6) / (i % 6));

/**
 * The hot path of {@link scaleRatio}: each pair two scores (their ratio) or two blanks (`""`), read in one loop
 * without a call per cell. `undefined` as soon as anything else is met (another shape, a cell that is neither a
 * score nor half of a blank pair): the caller then reads the ranges with {@link mapScorePairs}, which gives
 * each cell's error. Gives what {@link mapScorePairs} gives whenever it answers (test/unit/fast-paths.test.ts).
 * Separate from {@link cleanDecisions}: one loop storing numbers, the other texts, so that neither slows the
 * other down.
 */
function cleanRatios(time: unknown, value: unknown): Spill | undefined {
  if (!Array.isArray(time) || !Array.isArray(value)) return undefined;
  const rows = time.length;
  if (rows === 0 || value.length !== rows) return undefined;
  const out: Spill = new Array<SpillCell[]>(rows);
  for (let r = 0; r < rows; r++) {
    const rowT: unknown = time[r];
    const rowV: unknown = value[r];
    if (!Array.isArray(rowT) || !Array.isArray(rowV)) return undefined;
    const columns = rowT.length;
    if (columns === 0 || rowV.length !== columns) return undefined;
    const results = new Array<SpillCell>(columns);
    for (let c = 0; c < columns; c++) {
      const t = rowT[c];
      const v = rowV[c];
      if (
        typeof t === "number" &&
        typeof v === "number" &&
        t >= 1 &&
        t <= 5 &&
        v >= 1 &&
        v <= 5 &&
        Math.floor(t) === t &&
        Math.floor(v) === v
      )
        results[c] = RATIOS[t * 6 + v] as number;
      else if ((t === null || t === undefined || t === "") && (v === null || v === undefined || v === ""))
        results[c] = "";
      else return undefined;
    }
    out[r] = results;
  }
  return withoutErrors(out);
}

/**
 * The hot path of {@link scaleDecision}: {@link cleanRatios}'s loop, giving the decision's words. The checks
 * are written out in both loops: through helpers (even of this module), the loops measured up to 1.5× slower.
 */
function cleanDecisions(time: unknown, value: unknown): Spill | undefined {
  if (!Array.isArray(time) || !Array.isArray(value)) return undefined;
  const rows = time.length;
  if (rows === 0 || value.length !== rows) return undefined;
  const human = DECISION_LABELS.human.en;
  const arbitrate = DECISION_LABELS.arbitrate.en;
  const automate = DECISION_LABELS.automate.en;
  const out: Spill = new Array<SpillCell[]>(rows);
  for (let r = 0; r < rows; r++) {
    const rowT: unknown = time[r];
    const rowV: unknown = value[r];
    if (!Array.isArray(rowT) || !Array.isArray(rowV)) return undefined;
    const columns = rowT.length;
    if (columns === 0 || rowV.length !== columns) return undefined;
    const results = new Array<SpillCell>(columns);
    for (let c = 0; c < columns; c++) {
      const t = rowT[c];
      const v = rowV[c];
      if (
        typeof t === "number" &&
        typeof v === "number" &&
        t >= 1 &&
        t <= 5 &&
        v >= 1 &&
        v <= 5 &&
        Math.floor(t) === t &&
        Math.floor(v) === v
      )
        results[c] = t < v ? human : t === v ? arbitrate : automate;
      else if ((t === null || t === undefined || t === "") && (v === null || v === undefined || v === ""))
        results[c] = "";
      else return undefined;
    }
    out[r] = results;
  }
  return withoutErrors(out);
}

const WORKLOAD: ArgumentName = { en: "workload", fr: "charge" };
const CAPACITY: ArgumentName = { en: "capacity", fr: "capacité" };
const AMOUNT = { min: 0, expected: { en: "numbers of 0 or more", fr: "des nombres positifs ou nuls" } };

/**
 * CSMs needed to cover a portfolio, in full-time equivalents, not rounded: Σ workload ÷ capacity over the
 * tiers (Gainsight's rule of thumb: 1 CSM per $2M ARR; or accounts per CSM per tier). `workload` and
 * `capacity` have the same shape, one cell per tier. A tier with a blank workload has none; a workload
 * without a capacity gives `#N/A`; a capacity of 0 `#DIV/0!`; negative numbers `#NUM!`; all blank `#N/A`.
 *
 * @param workload - accounts or ARR in each tier
 * @param capacity - what one CSM carries in that tier, same shape
 * @returns the CSMs needed, or an Excel error value
 *
 * @example
 * csmsNeeded([[12], [60], [400]], [[10], [40], [200]])
 * //=> 4.7
 * @example
 * csmsNeeded([[30000000]], [[2000000]])
 * //=> 15
 */
export function csmsNeeded(workload: unknown, capacity: unknown): number | ExcelError {
  const rowsW = asRows(workload);
  const rowsC = asRows(capacity);
  // The shapes are checked row by row in the loop below (one pass over a million tiers, not two); a mismatch
  // returns what sameShape says, as it would before any tier was read.
  const mismatched = () => sameShape(rowsW, rowsC, [WORKLOAD, CAPACITY]) as ExcelError;
  if (rowsW.length !== rowsC.length) return mismatched();
  let total = 0;
  let tiers = 0;
  let problem: ExcelError | undefined;
  for (let r = 0; r < rowsW.length; r++) {
    const rowW: unknown = rowsW[r];
    const rowC: unknown = rowsC[r];
    // Not cellsOf: an imported function in this loop costs a property read per row under tsx.
    const workloads = Array.isArray(rowW) ? rowW : [rowW];
    const capacities = Array.isArray(rowC) ? rowC : [rowC];
    if (capacities.length !== workloads.length) return mismatched();
    for (let c = 0; c < workloads.length; c++) {
      const cell = workloads[c];
      const load = capacities[c];
      // The usual tier: a workload of 0 or more and a capacity above 0.
      if (
        typeof cell === "number" &&
        typeof load === "number" &&
        cell >= 0 &&
        load > 0 &&
        cell <= Number.MAX_VALUE &&
        load <= Number.MAX_VALUE
      ) {
        total += cell / load;
        tiers++;
        continue;
      }
      // A tier without workload: counted when its capacity is a number of 0 or more (as readCell reads it).
      if (cell === null || cell === undefined || cell === "") {
        if (typeof load === "number" && load >= 0 && load <= Number.MAX_VALUE) {
          tiers++;
          continue;
        }
        if (load === null || load === undefined || load === "") continue;
      }
      const w = readCell(cell, WORKLOAD, r, c, AMOUNT);
      const k = readCell(load, CAPACITY, r, c, AMOUNT);
      if (w instanceof ExcelError || k instanceof ExcelError) {
        problem = strongerError(
          strongerError(problem, w instanceof ExcelError ? w : undefined),
          k instanceof ExcelError ? k : undefined,
        );
      } else if (w !== null) {
        if (k === null) problem = strongerError(problem, missingPartner(CAPACITY, r, c));
        else if (k === 0) problem = strongerError(problem, new ExcelError("#DIV/0!"));
        else {
          total += w / k;
          tiers++;
        }
      } else if (k !== null) tiers++;
    }
  }
  if (problem) return problem;
  if (tiers === 0)
    return new ExcelError("#N/A", {
      en: "workload and capacity are blank: give each tier's workload and what one CSM carries.",
      fr: "charge et capacité sont vides : indiquez la charge de chaque segment et ce qu'un CSM peut porter.",
    });
  return finiteResult(total);
}
