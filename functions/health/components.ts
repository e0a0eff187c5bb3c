/** Turning what an account's signals are into health components on 0–100. */
import { normalizeWord, readNumber } from "../excel/arguments";
import {
  failEachCell,
  mapCells,
  mapNumbers,
  readText,
  type Spill,
  type SpillCell,
} from "../excel/elementwise";
import { ExcelError } from "../excel/errors";
import { strongestError } from "../excel/results";

const PULSE_ARGUMENT = { en: "pulse", fr: "pulse" };

/** Accepted pulse words, compared without case, spaces or accents, and their points. */
const PULSE_WORDS: Readonly<Record<string, number>> = {
  poor: 0,
  mauvais: 0,
  faible: 0,
  concerning: 50,
  preoccupant: 50,
  inquietant: 50,
  healthy: 100,
  sain: 100,
  bon: 100,
};
const PULSE_LIST = {
  en: '"Poor", "Concerning", "Healthy" (or in French "Mauvais", "Préoccupant", "Sain")',
  fr: "« Mauvais », « Préoccupant », « Sain » (ou en anglais « Poor », « Concerning », « Healthy »)",
};

/**
 * The CSM's weekly pulse as a health component (Elevo's CSM Pulse): Poor → 0, Concerning → 50,
 * Healthy → 100, element-wise. French words are accepted too (Mauvais or Faible, Préoccupant or
 * Inquiétant, Sain or Bon); case, spaces and accents do not matter. A blank gives `""` — no pulse yet, so
 * that `CSM.HEALTH` shares its weight among the other components; any other word gives `#VALUE!` listing
 * the accepted ones.
 *
 * @param pulse - one pulse or a range of pulses
 * @returns the points, shaped like `pulse`
 *
 * @example
 * pulsePoints([["Poor"], [" healthy "], ["Préoccupant"], [""]])
 * //=> [[0], [100], [50], [""]]
 */
export function pulsePoints(pulse: unknown): Spill | ExcelError {
  // A pulse column holds a few distinct words: each is read (normalised, looked up) once per call.
  const seen = new Map<string, SpillCell>();
  return mapCells(pulse, (cell) => {
    if (typeof cell !== "string") return pulseOf(cell);
    let points = seen.get(cell);
    if (points === undefined) {
      points = pulseOf(cell);
      seen.set(cell, points);
    }
    return points;
  });
}

/** The points of one pulse cell, or its error. */
function pulseOf(cell: unknown): SpillCell {
  const text = readText(cell, PULSE_ARGUMENT);
  if (text === null) return "";
  if (text instanceof ExcelError) return text;
  const points = PULSE_WORDS[normalizeWord(text)];
  if (points !== undefined) return points;
  const shown = text.length > 20 ? `${text.slice(0, 20)}…` : text;
  return new ExcelError("#VALUE!", {
    en: `pulse: "${shown}" is not a pulse; use ${PULSE_LIST.en}.`,
    fr: `pulse : « ${shown} » n'est pas un pulse ; utilisez ${PULSE_LIST.fr}.`,
  });
}

const ANY_NUMBER = { expected: { en: "a number", fr: "un nombre" } };
const VALUE = { en: "value", fr: "valeur" };

/**
 * Rescales any indicator linearly onto 0–100, clamped, element-wise: `min` gives 0 and `max` gives 100.
 * With `min` above `max` the scale is inverted (days since the last login: 0 days → 100, 90 days → 0).
 * NPS −100…100 becomes (NPS + 100) ÷ 2. A blank value gives `""`; `min` equal to `max` gives `#DIV/0!`.
 *
 * @param value - one value or a range of values
 * @param min - the value that scores 0
 * @param max - the value that scores 100
 * @returns the rescaled values, shaped like `value`, or an Excel error value
 *
 * @example
 * rescale([[-100], [20], [100]], -100, 100)
 * //=> [[0], [60], [100]]
 * @example
 * rescale([[0], [45], [120]], 90, 0)
 * //=> [[100], [50], [0]]
 */
export function rescale(value: unknown, min: unknown, max: unknown): Spill | ExcelError {
  const low = readNumber(min, { en: "min", fr: "min" }, ANY_NUMBER, undefined);
  const high = readNumber(max, { en: "max", fr: "max" }, ANY_NUMBER, undefined);
  const problem = strongestError([low, high]);
  if (problem) return failEachCell(value, problem);
  const from = low as number;
  const span = (high as number) - from;
  if (span === 0) return failEachCell(value, new ExcelError("#DIV/0!"));
  if (!Number.isFinite(span)) return failEachCell(value, new ExcelError("#NUM!"));
  return mapNumbers(
    value,
    VALUE,
    ANY_NUMBER,
    (v) => Math.min(100, Math.max(0, ((v - from) / span) * 100)) + 0,
  );
}
