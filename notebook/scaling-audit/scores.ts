/**
 * The scores cell: time and value per action, one input per action id. After a score edit, only the rows of
 * the ids whose input was set are rebuilt (the engine says which, see `takeInputChanges`).
 */
import type { CellInputs, CellKind, Json, Table, TableCell } from "../engine/types";
import { takeInputChanges } from "../engine/changes";
import { changedAt, isObject, rowMemo, tableCell, tableOf } from "../engine/kind-helpers";
import { COLUMNS, type Rows } from "./columns";
import { own } from "../../functions/excel/keyed";

/** One action's scores in the scores cell's inputs (one input per action id). */
export interface ScoreInput {
  readonly time?: number | null;
  readonly value?: number | null;
}

const makeScoreRow = (action: readonly TableCell[], given: Json | undefined): readonly TableCell[] => {
  const score = isObject(given) ? given : {};
  return Object.freeze([...action, tableCell(score.time), tableCell(score.value)]);
};
/**
 * The rows made in a full pass are remembered, so that a new actions table reuses the rows of the actions
 * it kept; a row made for a score just set is made directly (it is new, nothing to reuse).
 */
const scoreRow = rowMemo("scoreRow", makeScoreRow);

const scoresTable = (rows: Rows): Table => ({ columns: COLUMNS.scores, rows });
const isScored = (row: readonly TableCell[] | undefined): boolean =>
  typeof row?.[3] === "number" && typeof row[4] === "number";

/** What the scores step made last time, and from what. */
interface ScoresMade {
  readonly actions: Rows;
  readonly inputs: CellInputs;
  /** The rows of each action id, made when first needed for these actions. */
  positions?: Map<string, number[]>;
  readonly table: Table;
  readonly scored: number;
}

const idOf = (action: readonly TableCell[] | undefined): string => String(action?.[0]);

/** The rows of each action id (an id may be listed twice: both rows show its scores). */
function positionsOf(made: ScoresMade): Map<string, number[]> {
  if (made.positions !== undefined) return made.positions;
  const positions = new Map<string, number[]>();
  made.actions.forEach((action, i) => {
    const id = idOf(action);
    const found = positions.get(id);
    if (found === undefined) positions.set(id, [i]);
    else found.push(i);
  });
  made.positions = positions;
  return positions;
}

/** The scores of the rows whose action's input was set; the other rows and the count are kept. */
function updatedScores(last: ScoresMade, inputs: CellInputs, keys: ReadonlySet<string>): ScoresMade {
  const positions = positionsOf(last);
  let rows: (readonly TableCell[])[] | undefined;
  let scored = last.scored;
  for (const key of keys) {
    for (const i of positions.get(key) ?? []) {
      rows ??= last.table.rows.slice();
      // A plain lookup, as in the full path below.
      const row = makeScoreRow(last.actions[i] as readonly TableCell[], own(inputs, key));
      scored += Number(isScored(row)) - Number(isScored(rows[i]));
      rows[i] = row;
    }
  }
  const table = rows === undefined ? last.table : scoresTable(rows);
  return { actions: last.actions, inputs, positions, table, scored };
}

/**
 * Scores: time and value 1–5 per action, one input per action id (a {@link ScoreInput}); an action without
 * scores is "not scored yet". Scores of actions no longer listed are kept (undo a removal, they come back)
 * but not shown. While the actions table is the same, only the rows of the ids whose input was set are
 * rebuilt (the engine says which, see `takeInputChanges`), and the table is the same object when none was.
 */
export const scoresKind: CellKind = {
  reads: () => ["actions"],
  outputs: () => ["scores", "scoredCount"],
  compute(inputs, values, memory) {
    const actions = tableOf(values.actions)?.rows ?? [];
    const changes = takeInputChanges(memory, inputs);
    const last = memory.get("made") as ScoresMade | undefined;
    let made: ScoresMade;
    if (last !== undefined && last.actions === actions && changes?.since === last.inputs) {
      made = updatedScores(last, inputs, changes.keys);
    } else {
      const rowOf = scoreRow(memory);
      // A plain lookup: an id such as "constructor" finds a function or the prototype, which hold no scores.
      const rows = actions.map((action) => rowOf(action, own(inputs, idOf(action))));
      const same = last !== undefined && changedAt(last.table.rows, rows)?.length === 0;
      const table = same ? last.table : scoresTable(rows);
      const scored = same ? last.scored : rows.filter((row) => isScored(row)).length;
      made = { actions, inputs, table, scored };
    }
    memory.set("made", made);
    return { table: made.table, values: { scores: made.table, scoredCount: made.scored } };
  },
};
