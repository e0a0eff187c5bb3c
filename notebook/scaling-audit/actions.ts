/**
 * The actions cell: the list of actions the team keeps, from the library or its own, as a table of ids,
 * labels and stages. Each row is remembered by the item it was made from, so an unchanged item keeps its row.
 */
import {
  CellError,
  type CellKind,
  type CellMemory,
  type Json,
  type Table,
  type TableCell,
} from "../engine/types";
import { isObject, remembered, rowMemo, type JsonObject } from "../engine/kind-helpers";
import { COLUMNS } from "./columns";

/** One action of the actions cell's `items` input. */
export interface ActionItem {
  readonly id: string;
  readonly label: string;
  /** A stage key of the library (`"onboarding"` …) or a stage of the team's own. */
  readonly stage: string;
}

const text = (value: unknown): string => (typeof value === "string" ? value : "");

const actionRow = rowMemo("actionRow", (item: JsonObject, _key: undefined): readonly TableCell[] =>
  Object.freeze([text(item.id).trim(), text(item.label).trim(), text(item.stage).trim()]),
);

const actionsTable = (items: Json | undefined, memory: CellMemory): Table => {
  const rowOf = actionRow(memory);
  const list = Array.isArray(items) ? (items as readonly Json[]) : [];
  const rows = list.map((item) => rowOf(isObject(item) ? item : {}, undefined));
  return { columns: COLUMNS.actions, rows };
};

/** Actions: the list the team keeps, from the library or its own. Input `items`: {@link ActionItem}[]. */
export const actionsKind: CellKind = {
  reads: () => [],
  outputs: () => ["actions", "actionCount"],
  compute(inputs, _values, memory) {
    if (inputs.items !== undefined && !Array.isArray(inputs.items)) {
      throw new CellError({
        en: "The actions are not a list; import the plan again or start from the library.",
        fr: "Les actions ne sont pas une liste ; importez à nouveau le plan ou partez de la bibliothèque.",
      });
    }
    const table = remembered(memory, "table", [inputs.items, memory], actionsTable);
    return { table, values: { actions: table, actionCount: table.rows.length } };
  },
};
