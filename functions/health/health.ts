/**
 * Account health: a weighted score of components rescaled to 0–100, its explanation component by component,
 * and its colour band.
 */
import { readLanguage, readNumber, ZERO_IS_BLANK } from "../excel/arguments";
import { asRows, cellsOf, firstErrorCell, shapeOf } from "../excel/cells";
import {
  emptyRange,
  failEachCell,
  mapNumbers,
  readCell,
  readText,
  type Spill,
  type SpillCell,
} from "../excel/elementwise";
import { asExcelError, ExcelError, isExcelError, strongerError } from "../excel/errors";
import type { Bilingual, Language } from "../excel/language";
import { notANumber, type ArgumentName } from "../excel/messages";
import { strongestError } from "../excel/results";

const SCORES: ArgumentName = { en: "scores", fr: "notes" };
const WEIGHTS: ArgumentName = { en: "weights", fr: "poids" };
const LABELS: ArgumentName = { en: "labels", fr: "libellés" };
const SCORE_EXPECTED = { en: "scores from 0 to 100", fr: "des notes de 0 à 100" };
const WEIGHT = { min: 0, expected: { en: "weights of 0 or more", fr: "des poids positifs ou nuls" } };
/** A count and its noun, plural with an s: in English but for 1, in French from 2 (0 and 1 are singular). */
const countEn = (n: number, noun: string): string => `${n} ${noun}${n === 1 ? "" : "s"}`;
const countFr = (n: number, noun: string): string => `${n} ${noun}${n < 2 ? "" : "s"}`;

/**
 * Reads the weights: one row (or one column) with one weight of 0 or more per component; omitted, every
 * component weighs the same. Only their ratios matter, so they are scaled for the largest to be 1 (huge
 * weights cannot overflow the sums). A weight of 0 is a real value: it leaves its component out. A blank
 * weight gives `#N/A` (type 0 to leave a component out); Windows desktop passes an empty weight cell as 0,
 * so fill every weight, or omit the argument for equal weights. A count that differs from the components'
 * gives `#VALUE!`, a negative weight `#NUM!`, all weights 0 `#DIV/0!`.
 *
 * @param weights - the argument as Excel passed it, `null` when omitted
 * @param components - how many components each account has
 * @returns the weights, or an Excel error value
 *
 * @example
 * Array.from(readWeights(null, 3))
 * //=> [1, 1, 1]
 * @example
 * Array.from(readWeights([[20, 5]], 2))
 * //=> [1, 0.25]
 * @example
 * readWeights([[1, -2]], 2).code
 * //=> "#NUM!"
 */
export function readWeights(weights: unknown, components: number): Float64Array | ExcelError {
  if (components === 0) return emptyRange();
  if (weights === null || weights === undefined) return new Float64Array(components).fill(1);
  const rows = asRows(weights);
  const [height, width] = shapeOf(rows);
  const cells =
    height === 1 ? cellsOf(rows[0]) : width === 1 ? rows.map((row) => cellsOf(row)[0]) : undefined;
  if (cells?.length !== components)
    return (
      firstErrorCell(rows) ??
      new ExcelError("#VALUE!", {
        en: `weights must be one row of ${countEn(components, "weight")}, one per component; it is ${height} × ${width}.`,
        fr: `poids doit être une ligne de ${components} poids, un par composante ; c'est une plage ${height} × ${width}.`,
      })
    );
  let problem: ExcelError | undefined;
  const result = new Float64Array(components);
  let largest = 0;
  cells.forEach((cell, i) => {
    const weight = readCell(cell, WEIGHTS, height === 1 ? 0 : i, height === 1 ? i : 0, WEIGHT);
    if (weight === null)
      problem = strongerError(
        problem,
        new ExcelError("#N/A", {
          en: `weights: the weight of component ${i + 1} is blank; type 0 to leave it out.`,
          fr: `poids : le poids de la composante ${i + 1} est vide ; tapez 0 pour l'exclure.`,
        }),
      );
    else if (weight instanceof ExcelError) problem = strongerError(problem, weight);
    else {
      result[i] = weight;
      if (weight > largest) largest = weight;
    }
  });
  if (problem) return problem;
  if (largest === 0) return new ExcelError("#DIV/0!");
  // Only ratios of weights matter: scaled so that the largest is 1, huge weights cannot overflow the sums.
  for (let i = 0; i < components; i++) result[i] = (result[i] as number) / largest;
  return result;
}

/**
 * Reads one account's row of component scores into `out` (`NaN` for a blank component) and returns the
 * error of the row, if any: an error value in a cell first, then text (`#VALUE!`), then a score outside
 * 0–100 (`#NUM!`).
 */
function readRow(cells: readonly unknown[], row: number, out: Float64Array): ExcelError | undefined {
  let problem: ExcelError | undefined;
  for (let c = 0; c < out.length; c++) {
    const cell = cells[c];
    if (typeof cell === "number" && cell >= 0 && cell <= 100) {
      out[c] = cell;
      continue;
    }
    out[c] = NaN;
    if (cell === null || cell === undefined || cell === "") continue;
    if (typeof cell === "number") problem ??= new ExcelError("#NUM!");
    else if (isExcelError(cell)) return asExcelError(cell);
    else if (problem?.code !== "#VALUE!") problem = notANumber(SCORES, row, c, cell, SCORE_EXPECTED);
  }
  return problem;
}

function allBlank(row: number): ExcelError {
  return new ExcelError("#N/A", {
    en: `scores: every component of row ${row + 1} is blank, so there is no score to give.`,
    fr: `notes : toutes les composantes de la ligne ${row + 1} sont vides ; il n'y a pas de note à donner.`,
  });
}

/**
 * Health scores of many accounts at once: for each row (one account), Σ wᵢ sᵢ ÷ Σ wᵢ over the components
 * present. A blank component's weight is shared among the others in proportion to theirs (Catalyst), which
 * is the same as leaving it out of both sums (Gainsight's weighting: weights 20 / 15 / 22 and scores
 * 47 / 59 / 21 give 40.12). One result per row; a row's own problem stays in its row: every component
 * blank `#N/A`, a score outside 0–100 `#NUM!`, text `#VALUE!`, present components that all weigh 0
 * `#DIV/0!`. Problems with the weights (see {@link readWeights}) concern every row: one error. A weight of 0
 * leaves its component out (it is a real value, also when it comes from an empty cell on Windows desktop).
 * One pass over the range; no allocation per component (a row with a problem is read twice).
 *
 * @param scores - one row per account, one column per component, each 0–100
 * @param weights - one row of weights, `null` for equal weights
 * @returns one score per account (a column), or an Excel error value
 *
 * @example
 * healthScores([[47, 59, 21]], [[20, 15, 22]])
 * //=> [[40.12280701754386]]
 * @example
 * healthScores([[80, ""], [40, 60], ["", ""]], null).map((row) => row[0].code ?? row[0])
 * //=> [80, 50, "#N/A"]
 */
export function healthScores(scores: unknown, weights: unknown): Spill | ExcelError {
  const rows = asRows(scores);
  const components = shapeOf(rows)[1];
  const w = readWeights(weights, components);
  if (w instanceof ExcelError) return w;
  const out: Spill = new Array<SpillCell[]>(rows.length);
  for (let r = 0; r < rows.length; r++) {
    const row = rows[r];
    const cells = Array.isArray(row) ? row : [row];
    if (cells.length !== components) {
      out[r] = [raggedRow(r, cells.length, components)];
      continue;
    }
    // The hot path reads each cell once; a row with a problem is read again by readRow for its message.
    let points = 0;
    let weight = 0;
    let present = 0;
    let clean = true;
    for (let c = 0; c < components; c++) {
      const value: unknown = cells[c];
      if (typeof value === "number" && value >= 0 && value <= 100) {
        const wc = w[c] as number;
        points += wc * value;
        weight += wc;
        present++;
      } else if (value !== null && value !== undefined && value !== "") {
        clean = false;
        break;
      }
    }
    if (!clean) out[r] = [readRow(cells, r, new Float64Array(components)) ?? new ExcelError("#NUM!")];
    else out[r] = [present === 0 ? allBlank(r) : weight > 0 ? points / weight : new ExcelError("#DIV/0!")];
  }
  return out;
}

function raggedRow(row: number, length: number, components: number): ExcelError {
  return new ExcelError("#VALUE!", {
    en: `scores: row ${row + 1} has ${countEn(length, "component")}, the first row ${components}.`,
    fr: `notes : la ligne ${row + 1} a ${countFr(length, "composante")}, la première ligne ${components}.`,
  });
}

/** The table's words, in the language its `language` argument asks for (English by default). */
const HEADERS: Readonly<Record<Language, readonly string[]>> = {
  en: ["Component", "Score", "Effective weight", "Points contributed", "Points lost"],
  fr: ["Composante", "Note", "Poids effectif", "Points apportés", "Points perdus"],
};
const TOTAL: Bilingual = { en: "Health score", fr: "Score de santé" };
const COMPONENT: Bilingual = { en: "Component", fr: "Composante" };

/**
 * Why an account has its score: a table with a header row and one row per component — its label, score,
 * effective weight (its share of the weights present), the points it contributes (effective weight ×
 * score) and the points it loses (effective weight × (100 − score)) — largest loss first; components left
 * blank come after, with no weight; a last row gives the health score, the sum of the points contributed.
 * The header, the total row and the default labels are in English unless `language` says `"fr"` — never
 * in Excel's display language, so that the table does not change when the workbook is opened elsewhere. A
 * label cell that is blank or 0 (an empty cell on Windows desktop) takes its default label.
 *
 * @param scores - one account's row of component scores, 0–100
 * @param weights - one row of weights, `null` for equal weights
 * @param labels - the components' names (a row or a column), `null` for "Component 1"…
 * @param language - `"en"` or `"fr"` (see {@link readLanguage}); `null` or 0 for English
 * @returns the table, or an Excel error value
 *
 * @example
 * healthExplain([[47, 59, 21]], [[20, 15, 22]], [["Usage", "NPS", "Support"]], null).map((row) => row[0])
 * //=> ["Component", "Support", "Usage", "NPS", "Health score"]
 * @example
 * healthExplain([[90, 10]], null, null, "fr").map((row) => row[0])
 * //=> ["Composante", "Composante 2", "Composante 1", "Score de santé"]
 */
export function healthExplain(
  scores: unknown,
  weights: unknown,
  labels: unknown,
  language: unknown,
): Spill | ExcelError {
  const rows = asRows(scores);
  const [height, components] = shapeOf(rows);
  if (height !== 1)
    return new ExcelError("#VALUE!", {
      en: `scores must be one account's row of components; it has ${height} rows.`,
      fr: `notes doit être la ligne des composantes d'un seul compte ; elle a ${countFr(height, "ligne")}.`,
    });
  const chosen = readLanguage(language);
  const names = readLabels(labels, components, chosen instanceof ExcelError ? "en" : chosen);
  const w = readWeights(weights, components);
  const values = new Float64Array(components);
  const problem = strongestError([w, names, readRow(cellsOf(rows[0]), 0, values), chosen]);
  if (problem) return problem;
  const words = chosen as Language;
  const weightOf = w as Float64Array;
  let present = 0;
  let total = 0;
  values.forEach((value, c) => {
    if (!Number.isNaN(value)) {
      present++;
      total += weightOf[c] as number;
    }
  });
  if (present === 0) return allBlank(0);
  if (total === 0) return new ExcelError("#DIV/0!");
  const lines = Array.from(values, (value, c) => {
    const share = Number.isNaN(value) ? 0 : (weightOf[c] as number) / total;
    return {
      c,
      value,
      share,
      points: Number.isNaN(value) ? 0 : share * value,
      lost: Number.isNaN(value) ? 0 : share * (100 - value),
    };
  });
  lines.sort(
    (a, b) => Number(Number.isNaN(a.value)) - Number(Number.isNaN(b.value)) || b.lost - a.lost || a.c - b.c,
  );
  const score = lines.reduce((sum, line) => sum + line.points, 0);
  return [
    [...HEADERS[words]],
    ...lines.map((line) => [
      (names as string[])[line.c] as string,
      Number.isNaN(line.value) ? "" : line.value,
      line.share,
      line.points,
      line.lost,
    ]),
    [TOTAL[words], score, 1, score, 100 - score],
  ];
}

function readLabels(labels: unknown, components: number, language: Language): string[] | ExcelError {
  const defaults = Array.from({ length: components }, (_, i) => `${COMPONENT[language]} ${i + 1}`);
  if (labels === null || labels === undefined) return defaults;
  const cells = asRows(labels).flatMap(cellsOf);
  if (cells.length !== components)
    return new ExcelError("#VALUE!", {
      en: `labels must name ${components === 1 ? "the only component" : `the ${components} components`}, one cell each; it has ${countEn(cells.length, "cell")}.`,
      fr: `libellés doit nommer ${components === 1 ? "l'unique composante" : `les ${components} composantes`}, une cellule chacune ; il a ${countFr(cells.length, "cellule")}.`,
    });
  let problem: ExcelError | undefined;
  const names = cells.map((cell, i) => {
    const text = readText(cell, LABELS, ZERO_IS_BLANK);
    if (text instanceof ExcelError) problem = strongerError(problem, text);
    return typeof text === "string" ? text : (defaults[i] as string);
  });
  return problem ?? names;
}

const BAND_SCORE = { min: 0, max: 100, expected: SCORE_EXPECTED };
const SCORE_ARGUMENT: ArgumentName = { en: "score", fr: "note" };

/**
 * The colour band of health scores, element-wise: `"Red"` up to `red_max`, `"Yellow"` up to `yellow_max`,
 * `"Green"` above (Gainsight's default ranges 0–50, 51–75, 76–100), the same words in every Excel language.
 * A blank score gives `""`; a score outside 0–100 `#NUM!`; thresholds must satisfy
 * 0 < red_max < yellow_max ≤ 100, else `#NUM!`. A threshold of 0 reads as blank, so its default applies: a
 * band ending at 0 is meaningless, and an empty cell arrives as 0 on Windows desktop.
 *
 * @param score - one score or a range of scores
 * @param redMax - the highest red score, `null` or 0 for 50
 * @param yellowMax - the highest yellow score, `null` or 0 for 75
 * @returns the bands, shaped like `score`, or an Excel error value
 *
 * @example
 * healthBand([[50], [50.5], [75], [76], [""]], null, null)
 * //=> [["Red"], ["Yellow"], ["Yellow"], ["Green"], [""]]
 * @example
 * healthBand([[30]], 0, null)
 * //=> [["Red"]]
 */
export function healthBand(score: unknown, redMax: unknown, yellowMax: unknown): Spill | ExcelError {
  const red = readNumber(redMax, { en: "red_max", fr: "rouge_max" }, BAND_SCORE, 50, ZERO_IS_BLANK);
  const yellow = readNumber(yellowMax, { en: "yellow_max", fr: "jaune_max" }, BAND_SCORE, 75, ZERO_IS_BLANK);
  const problem = strongestError([red, yellow]);
  if (problem) return failEachCell(score, problem);
  if ((red as number) >= (yellow as number)) return failEachCell(score, new ExcelError("#NUM!"));
  const redTop = red as number;
  const yellowTop = yellow as number;
  return mapNumbers(score, SCORE_ARGUMENT, BAND_SCORE, (value) =>
    value <= redTop ? "Red" : value <= yellowTop ? "Yellow" : "Green",
  );
}
