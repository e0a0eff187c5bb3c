/**
 * Reading actions back from a workbook table: the audit table the add-in wrote (after the person edited it
 * in Excel), or a table of the team's own. Columns are found by their headers, in English or French; each
 * row that cannot be taken is listed with its reason, never dropped silently.
 */
import { normalizeWord } from "../../functions/excel/arguments";
import { STAGE_LABELS, STAGES } from "../../functions/scaling/action-library";
import type { CellValue } from "../../addin/workbook-port";
import type { ActionItem } from "./actions";
import type { ScoreInput } from "./scores";
import type { Bilingual } from "../../functions/excel/language";
import { dictionary } from "../../functions/excel/keyed";
import { PLAN_LIMITS, tooManyActions } from "../plan/limits";

/** What reading a table gives: the actions, their scores by id, and the rows or cells left out. */
export interface ActionsRead {
  readonly items: ActionItem[];
  readonly scores: Record<string, ScoreInput>;
  readonly problems: Bilingual[];
}

type Field = "id" | "action" | "stage" | "time" | "value";

/** Header words that name each field, as `normalizeWord` folds them (lower case, no accents, no spaces). */
const SYNONYMS: Readonly<Record<Field, readonly string[]>> = {
  id: ["id", "identifiant", "key", "cle", "code"],
  action: ["action", "label", "libelle", "task", "tache", "activity", "activite"],
  stage: ["stage", "etape", "phase", "lifecyclestage", "etapeducycledevie"],
  time: ["time", "temps", "time(1-5)", "temps(1-5)", "effort"],
  value: ["value", "valeur", "value(1-5)", "valeur(1-5)", "impact"],
};

/**
 * Which column holds each field, from the headers; `undefined` for a field no header names.
 *
 * @param headers - the table's headers, in order
 * @returns the 0-based column of each field found
 * @example
 * findColumns(["Étape", "Libellé", "Temps", "Valeur"])
 * //=> { id: undefined, action: 1, stage: 0, time: 2, value: 3 }
 */
export function findColumns(headers: readonly string[]): Record<Field, number | undefined> {
  const folded = headers.map((header) => normalizeWord(header));
  const find = (field: Field) => {
    const index = folded.findIndex((header) => SYNONYMS[field].includes(header));
    return index === -1 ? undefined : index;
  };
  return {
    id: find("id"),
    action: find("action"),
    stage: find("stage"),
    time: find("time"),
    value: find("value"),
  };
}

/** A stage as typed: the library's key when it names one of its stages in either language. */
function stageOf(text: string): string {
  const folded = normalizeWord(text);
  const known = STAGES.find(
    (stage) =>
      normalizeWord(stage) === folded ||
      normalizeWord(STAGE_LABELS[stage].en) === folded ||
      normalizeWord(STAGE_LABELS[stage].fr) === folded,
  );
  return known ?? text.trim();
}

/**
 * An id for a new action: a slug of its label, with a counter when it is already taken. Made once, when the
 * action is added: editing the label later keeps the id, which the scores and the roadmap refer to.
 *
 * @param label - the action's label
 * @param taken - ids already in use
 * @returns a new id
 * @example
 * newActionId("Call the sponsor", new Set(["call-the-sponsor"]))
 * //=> "call-the-sponsor-2"
 */
export function newActionId(label: string, taken: ReadonlySet<string>): string {
  const base =
    label
      .normalize("NFD")
      .replace(/\p{M}/gu, "")
      .toLowerCase()
      .replace(/[^a-z0-9]+/g, "-")
      .replace(/^-|-$/g, "")
      .slice(0, 40) || "action";
  let id = base;
  for (let n = 2; taken.has(id); n++) id = `${base}-${n}`;
  return id;
}

const shown = (value: CellValue): string => (typeof value === "string" ? `"${value}"` : String(value));

/** A score cell: blank → null; a whole number 1–5 (or its text) → the number; anything else → a problem. */
function scoreOf(value: CellValue | undefined): number | null | "wrong" {
  if (value === null || value === undefined || value === "") return null;
  const number = typeof value === "string" && /^\s*[1-5]\s*$/.test(value) ? Number(value) : value;
  return typeof number === "number" && Number.isInteger(number) && number >= 1 && number <= 5
    ? number
    : "wrong";
}

/**
 * Reads actions and their scores from a table's headers and rows. The action column is required; an id is
 * made from the label when there is no id column or the cell is blank; a repeated id, a row without a label
 * or a score that is not a whole number from 1 to 5 is a problem (the score is then left out, the action
 * kept). Blank rows are skipped. A table of more actions than a plan takes (notebook/plan/limits.ts) gives
 * none, and says so.
 *
 * @param table - the table's name, headers and rows as read from the workbook
 * @returns the actions, their scores and the problems
 * @example
 * readActionsTable({ name: "Mine", headers: ["Action", "Stage", "Time", "Value"], rows: [["Answer tickets", "Support", 5, 1], [null, null, null, null], ["Kick-off", "Onboarding", 9, 4]] }).scores
 * //=> { "answer-tickets": { time: 5, value: 1 }, "kick-off": { time: null, value: 4 } }
 * @example
 * readActionsTable({ name: "Mine", headers: ["Client", "ARR"], rows: [] }).problems[0].en
 * //=> 'The table "Mine" has no Action column (also read: Label, Libellé, Task); rename the column that holds the actions.'
 */
export function readActionsTable(table: {
  readonly name: string;
  readonly headers: readonly string[];
  readonly rows: readonly (readonly CellValue[])[];
}): ActionsRead {
  const columns = findColumns(table.headers);
  if (columns.action === undefined) {
    return {
      items: [],
      scores: {},
      problems: [
        {
          en: `The table "${table.name}" has no Action column (also read: Label, Libellé, Task); rename the column that holds the actions.`,
          fr: `Le tableau « ${table.name} » n'a pas de colonne Action (lues aussi : Label, Libellé, Tâche) ; renommez la colonne qui contient les actions.`,
        },
      ],
    };
  }
  // Counted first: a table beyond the actions a plan takes is refused whole, never cut at the limit.
  const filled = table.rows.filter((row) => !row.every((cell) => cell === null || cell === "")).length;
  if (filled > PLAN_LIMITS.actions) {
    const where = { en: `The table "${table.name}" has`, fr: `Le tableau « ${table.name} » a` };
    return { items: [], scores: {}, problems: [tooManyActions(filled, where)] };
  }
  const items: ActionItem[] = [];
  const ids = new Set<string>();
  const scores = new Map<string, ScoreInput>();
  const problems: Bilingual[] = [];
  const at = (row: readonly CellValue[], field: Field): CellValue | undefined => {
    const index = columns[field];
    return index === undefined ? undefined : row[index];
  };
  const text = (value: CellValue | undefined): string =>
    value === null || value === undefined ? "" : String(value).trim();
  table.rows.forEach((row, index) => {
    const line = index + 1;
    if (row.every((cell) => cell === null || cell === "")) return;
    const label = text(at(row, "action"));
    if (label === "") {
      problems.push({
        en: `Row ${line}: no action label; the row is left out.`,
        fr: `Ligne ${line} : pas de libellé d'action ; la ligne est ignorée.`,
      });
      return;
    }
    let id = text(at(row, "id"));
    if (id === "") {
      id = newActionId(label, ids);
    } else if (ids.has(id)) {
      problems.push({
        en: `Row ${line}: the id "${id}" is already used by an earlier row; the row is left out.`,
        fr: `Ligne ${line} : l'identifiant « ${id} » est déjà pris par une ligne précédente ; la ligne est ignorée.`,
      });
      return;
    }
    ids.add(id);
    items.push({ id, label, stage: stageOf(text(at(row, "stage"))) });
    const score: Record<"time" | "value", number | null> = { time: null, value: null };
    for (const field of ["time", "value"] as const) {
      const read = scoreOf(at(row, field));
      if (read === "wrong") {
        const value = at(row, field) ?? null;
        const name = field === "time" ? { en: "time", fr: "temps" } : { en: "value", fr: "valeur" };
        problems.push({
          en: `Row ${line} (${label}), ${name.en}: expected a whole number from 1 to 5, got ${shown(value)}; left unscored.`,
          fr: `Ligne ${line} (${label}), ${name.fr} : un nombre entier de 1 à 5 est attendu, reçu ${shown(value)} ; laissé sans score.`,
        });
      } else score[field] = read;
    }
    if (columns.time !== undefined || columns.value !== undefined) scores.set(id, score);
  });
  return { items, scores: dictionary(scores), problems };
}
