/**
 * What the notebook view needs from its host: where the plan persists, how it is written to (and actions
 * read from) the workbook, and today's date. Excel and the standalone planner each provide their own.
 */
import type { PlanStore } from "../../../addin/plan-store";
import type { Bilingual, Language } from "../../../functions/excel/language";
import type { Notebook } from "../../../notebook/engine/types";
import type { Plan } from "../../../notebook/plan/schema";
import type { Currency } from "../../../notebook/plan/currency";
import type { ActionItem } from "../../../notebook/scaling-audit/actions";
import type { ScoreInput } from "../../../notebook/scaling-audit/scores";
import type { Subscription } from "../../../notebook/billing/subscriptions";

export interface NotebookServices {
  /** "excel" or "memory" (standalone). */
  readonly host: "excel" | "memory";
  /** Where the plan persists (document settings in Excel, localStorage standalone). */
  readonly store: PlanStore<Plan>;
  /**
   * Writes every cell's output to the workbook as owned tables (+ charts); resolves to a short bilingual
   * report. Rejects with an Error whose message is readable.
   */
  readonly writeToWorkbook: (
    notebook: Notebook,
    language: Language,
    currency?: Currency,
  ) => Promise<Bilingual>;
  /** The workbook's tables the actions can be read from (name + headers). */
  readonly listTables: () => Promise<
    readonly { name: string; headers: readonly string[]; owned: boolean; rowCount?: number }[]
  >;
  /**
   * Reads one table into action items, the scores it holds by action id (when it has Time/Value columns),
   * and bilingual problems per row or cell left out.
   */
  readonly readActions: (table: string) => Promise<{
    items: ActionItem[];
    scores?: Readonly<Record<string, ScoreInput>>;
    problems: Bilingual[];
  }>;
  /**
   * Reads a table of the workbook as a portfolio: its headers and its rows as Excel computed them (a
   * formula cell gives its value), with bilingual problems.
   */
  readonly readPortfolio: (table: string) => Promise<{
    headers: readonly string[];
    rows: readonly (readonly (string | number | boolean | null)[])[];
    problems: readonly Bilingual[];
  }>;
  /**
   * Excel only: reads the range selected in the sheet as a portfolio (first row: headers; values as Excel
   * computed them); `undefined` when nothing usable is selected.
   */
  readonly readSelection?: () => Promise<
    | {
        address: string;
        headers: readonly string[];
        rows: readonly (readonly (string | number | boolean | null)[])[];
      }
    | undefined
  >;
  /**
   * Excel only: adds, at the person's explicit request, a column to their table `table` that looks up each
   * account's tier in the segments the add-in wrote. Resolves to the column's header; rejects with a
   * readable Error (a WorkbookError) when the workbook refuses.
   */
  readonly addTierColumn?: (table: string, accountHeader: string, language: Language) => Promise<string>;
  /**
   * Standalone only (undefined in Excel): the .xlsx bytes of the in-browser workbook after writing the plan
   * into it, and the charts that could not be included. `signal` cancels it: the promise then rejects with an
   * `AbortError` and nothing is downloaded.
   */
  readonly exportXlsx?: (
    notebook: Notebook,
    language: Language,
    currency?: Currency,
    signal?: AbortSignal,
  ) => Promise<{
    bytes: Uint8Array;
    chartsLeftOut: readonly string[];
    /** How many texts were written changed so that the file stays well-formed (xlsx/safe-text.ts). */
    textsChanged?: number;
  }>;
  /**
   * Writes the subscriptions of a billing import as the add-in's table `name` (`CSMKit_Subscriptions` when
   * omitted; notebook/billing/table.ts), replacing it in place when it is already there; resolves to what was
   * written. Rejects with a readable Error (a WorkbookError) when the workbook refuses.
   */
  readonly writeSubscriptions?: (
    subscriptions: readonly Subscription[],
    currency: string | null,
    language: Language,
    name?: string,
  ) => Promise<Bilingual>;
  /** Today's date YYYY-MM-DD (for the starter plan). */
  readonly today: () => string;
}

export interface NotebookViewProps {
  readonly language: Language;
  readonly services: NotebookServices;
}
