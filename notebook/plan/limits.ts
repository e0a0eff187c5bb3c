/**
 * The largest plan CSM Kit supports, one table for every door a plan's contents come through: the portfolio
 * import (a .csv or .xlsx file, a workbook table, a selected range), the actions read from a table, the
 * actions added in the pane, and a plan imported from a file or read back from storage. Each door refuses what
 * is beyond a limit with the limit stated, in the same words. Documented in docs/planner.md ("Limits").
 *
 * The figures: 2,000 actions is ten times a large team's catalogue (the library has 40), and what the views
 * render without freezing (their lists are paged); 100,000 accounts is a large enterprise portfolio, what
 * the plan saves, segments and exports within a few seconds (see docs/performance.md).
 */
import type { Bilingual } from "../../functions/excel/language";

export const PLAN_LIMITS = {
  /** Actions in a plan: the actions cell's list, the actions scored, the roadmap's candidates. */
  actions: 2_000,
  /** Accounts in a plan's portfolio: the rows under the headers of a file, a sheet, a table or a range. */
  accounts: 100_000,
} as const;

const grouped = (n: number, separator: string) => String(n).replace(/\B(?=(\d{3})+(?!\d))/g, separator);

/**
 * A count in both languages, grouped by thousands the way each writes it.
 *
 * @param n - a whole number
 * @returns `2,000` and `2 000` (a no-break space)
 * @example
 * countText(100000)
 * //=> { en: "100,000", fr: "100\u00a0000" }
 */
export const countText = (n: number): Bilingual => ({ en: grouped(n, ","), fr: grouped(n, "\u00a0") });

/**
 * More actions than a plan holds.
 *
 * @param count - how many actions there would be
 * @param where - what holds them ("The table …", "This plan"), in both languages; the plan when absent
 * @returns the message, with the limit
 * @example
 * tooManyActions(2001).en
 * //=> "The plan would have 2,001 actions; a CSM Kit plan takes 2,000 actions at most. Group similar actions, or split the audit into several plans."
 */
export function tooManyActions(count: number, where?: Bilingual): Bilingual {
  const limit = countText(PLAN_LIMITS.actions);
  const found = countText(count);
  const subject = where ?? { en: "The plan would have", fr: "Le plan aurait" };
  return {
    en: `${subject.en} ${found.en} actions; a CSM Kit plan takes ${limit.en} actions at most. Group similar actions, or split the audit into several plans.`,
    fr: `${subject.fr} ${found.fr} actions ; un plan CSM Kit en accepte ${limit.fr} au plus. Regroupez les actions semblables, ou répartissez l'audit sur plusieurs plans.`,
  };
}

/**
 * More accounts than a plan's portfolio holds.
 *
 * @param count - the rows under the headers
 * @param where - what holds them ("The table …", "The selection"), in both languages
 * @param atLeast - the count is where reading stopped: "more than"
 * @returns the message, with the limit
 * @example
 * tooManyAccounts(150000, { en: 'The table "Accounts" has', fr: "Le tableau « Accounts » a" }).fr
 * //=> "Le tableau « Accounts » a 150\u00a0000 lignes ; un plan CSM Kit accepte 100\u00a0000 comptes au plus. Découpez le portefeuille en fichiers plus petits."
 */
export function tooManyAccounts(count: number, where: Bilingual, atLeast = false): Bilingual {
  const limit = countText(PLAN_LIMITS.accounts);
  const found = countText(count);
  return {
    en: `${where.en} ${atLeast ? "more than " : ""}${found.en} rows; a CSM Kit plan takes ${limit.en} accounts at most. Split the portfolio into smaller files.`,
    fr: `${where.fr} ${atLeast ? "plus de " : ""}${found.fr} lignes ; un plan CSM Kit accepte ${limit.fr} comptes au plus. Découpez le portefeuille en fichiers plus petits.`,
  };
}

type StoredCell = { readonly kind: string; readonly inputs: Readonly<Record<string, unknown>> };

const length = (value: unknown): number => (Array.isArray(value) ? value.length : 0);

/**
 * Why a plan's cells hold more than a plan takes, or `undefined` when they are within {@link PLAN_LIMITS}:
 * the actions of an actions cell, the actions a scores cell scores, the candidates of a roadmap, the rows of
 * a portfolio.
 *
 * @param cells - the plan's cells as stored
 * @returns the first limit passed, stated; `undefined` within the limits
 * @example
 * planOverLimits([{ kind: "portfolio", inputs: { rows: [] } }])
 * //=> undefined
 */
export function planOverLimits(cells: readonly StoredCell[]): Bilingual | undefined {
  const plan = { en: "This plan has", fr: "Ce plan a" };
  for (const { kind, inputs } of cells) {
    const actions =
      kind === "actions" || kind === "roadmap"
        ? length(inputs.items)
        : kind === "scores"
          ? Object.keys(inputs).length
          : 0;
    if (actions > PLAN_LIMITS.actions) return tooManyActions(actions, plan);
    const accounts = kind === "portfolio" ? length(inputs.rows) : 0;
    if (accounts > PLAN_LIMITS.accounts)
      return tooManyAccounts(accounts, {
        en: "This plan's portfolio has",
        fr: "Le portefeuille de ce plan a",
      });
  }
  return undefined;
}
