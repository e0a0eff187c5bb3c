/**
 * The capacity cell: the hours the roadmap frees, their FTE equivalent, accounts per CSM before and after,
 * and the roadmap's payback, from hours per roadmap action per account and the team's figures.
 */
import { roadmapCapacity, type CapacityAction } from "../../functions/scaling/capacity";
import {
  CellError,
  type CellInputs,
  type CellKind,
  type CellResult,
  type Json,
  type NamedValue,
  type Table,
} from "../engine/types";
import { joined, messagesOf, remembered, tableOf } from "../engine/kind-helpers";
import { COLUMNS } from "./columns";
import type { Bilingual } from "../../functions/excel/language";
import { own } from "../../functions/excel/keyed";

/** The inputs of the capacity cell. Hours and shares are per roadmap action id. */
export interface CapacityInputs {
  readonly accounts?: number | null;
  readonly hoursPerCsm?: number | null;
  readonly loadedCostPerCsm?: number | null;
  readonly csmHeadcount?: number | null;
  readonly csmHoursPerAccount?: number | null;
  readonly hours?: Readonly<Record<string, number | null>>;
  readonly shares?: Readonly<Record<string, number | null>>;
}

/** The figures of the capacity cell, in order; each is also published under its own name. */
export const CAPACITY_FIGURES = [
  "hoursFreed",
  "fteFreed",
  "accountsPerCsmBefore",
  "accountsPerCsmAfter",
  "paybackMonths",
] as const;

const numberOrNull = (value: unknown): number | null => (typeof value === "number" ? value : null);

const capacityResult = (
  inputs: CellInputs,
  roadmap: Table | undefined,
  oneOff: NamedValue | undefined,
  monthly: NamedValue | undefined,
): CellResult => {
  if (inputs.accounts === undefined || inputs.accounts === null) {
    // Not an error: the capacity is optional, and waits for the number of accounts.
    const table: Table = { columns: COLUMNS.capacity, rows: CAPACITY_FIGURES.map((name) => [name, null]) };
    const values = Object.fromEntries(CAPACITY_FIGURES.map((name) => [name, Number.NaN]));
    const notes: Bilingual[] = [
      {
        en: "Enter the number of accounts to see the hours the roadmap frees and its payback.",
        fr: "Saisissez le nombre de comptes pour voir les heures libérées par la feuille de route et son retour sur investissement.",
      },
    ];
    return { table, values, notes };
  }
  const hours = (inputs.hours ?? {}) as Record<string, Json>;
  const shares = (inputs.shares ?? {}) as Record<string, Json>;
  const ids = [...new Set((roadmap?.rows ?? []).map((row) => String(row[0])))];
  const actions: CapacityAction[] = ids.map((actionId) => ({
    actionId,
    hoursPerAccount: numberOrNull(own(hours, actionId)),
    automationShare: numberOrNull(own(shares, actionId)),
  }));
  const result = roadmapCapacity({
    actions,
    accounts: inputs.accounts as number,
    hoursPerCsm: numberOrNull(inputs.hoursPerCsm),
    loadedCostPerCsm: numberOrNull(inputs.loadedCostPerCsm),
    csmHeadcount: numberOrNull(inputs.csmHeadcount),
    csmHoursPerAccount: numberOrNull(inputs.csmHoursPerAccount),
    roadmapCost: { oneOffCost: numberOrNull(oneOff) ?? 0, monthlyCost: numberOrNull(monthly) ?? 0 },
  });
  if (!result.ok) throw new CellError(joined(messagesOf(result.problems)));
  const figures: Record<(typeof CAPACITY_FIGURES)[number], number> = {
    hoursFreed: result.hoursFreed,
    fteFreed: result.fteFreed,
    accountsPerCsmBefore: result.accountsPerCsmBefore ?? Number.NaN,
    accountsPerCsmAfter: result.accountsPerCsmAfter ?? Number.NaN,
    paybackMonths: result.paybackMonths ?? Number.NaN,
  };
  const notes: Bilingual[] = [];
  if (result.unmeasured.length > 0) {
    notes.push({
      en: `Hours per account not given, so not counted: ${result.unmeasured.join(", ")}.`,
      fr: `Heures par compte non renseignées, donc non comptées : ${result.unmeasured.join(", ")}.`,
    });
  }
  if (result.coverageNote !== null) notes.push(result.coverageNote);
  if (result.paybackNote !== null) notes.push(result.paybackNote);
  const table: Table = {
    columns: COLUMNS.capacity,
    rows: CAPACITY_FIGURES.map((name) => [name, Number.isNaN(figures[name]) ? null : figures[name]]),
  };
  return { table, values: figures, notes };
};

/**
 * Capacity (beyond the article): with hours per roadmap action per account per year, the number of accounts
 * and, optionally, the headcount, hours per account today and a loaded CSM cost — the hours freed, their
 * FTE equivalent, accounts per CSM before and after, and the payback of the roadmap in months. A figure that
 * cannot be computed is published as `NaN` and its reason is a note.
 */
export const capacityKind: CellKind = {
  reads: () => ["roadmap", "roadmapOneOff", "roadmapMonthly"],
  outputs: () => [...CAPACITY_FIGURES],
  compute(inputs, values, memory) {
    const { roadmap, roadmapOneOff, roadmapMonthly } = values;
    const parts: Parameters<typeof capacityResult> = [
      inputs,
      tableOf(roadmap),
      roadmapOneOff,
      roadmapMonthly,
    ];
    return remembered(memory, "result", parts, capacityResult);
  },
};
