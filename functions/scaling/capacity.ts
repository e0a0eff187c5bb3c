/**
 * What the automation roadmap gives back (beyond "Scaler son activité CSM"): the CSM hours it frees, in hours and full-time
 * equivalents, the accounts a CSM can carry before and after, and how many months its cost takes to pay back.
 *
 * Formulas, per year unless said otherwise:
 * - hours freed per account f = Σ hoursPerAccount × automationShare over the roadmap's actions with hours
 *   (share 1 when left out: automation removes all of that CSM time);
 * - hours freed H = f × accounts; FTE freed = H ÷ hoursPerCsm;
 * - accounts per CSM before = accounts ÷ csmHeadcount; after = before × h ÷ (h − f), where h is the CSM hours
 *   spent per account today: at the same workload per CSM, each account now takes h − f hours;
 * - hourly cost = loadedCostPerCsm ÷ hoursPerCsm; monthly value of the hours freed = H × hourly cost ÷ 12;
 * - monthly saving = monthly value − the roadmap's monthly running cost;
 * - payback months = the roadmap's one-off cost ÷ monthly saving, none when the monthly saving is 0 or less.
 */
import {
  AMOUNT_RULE,
  checkNumber,
  COUNT_RULE,
  describeValue,
  expected,
  itemSubject,
  type NumberRule,
  POSITIVE_RULE,
  type Problem,
  SHARE_RULE,
} from "../checks/checks";
import { isBlank } from "../excel/cells";
import type { Bilingual } from "../excel/language";

/** One action of the validated roadmap, with the CSM time it takes today. */
export interface CapacityAction {
  readonly actionId: string;
  /** CSM hours the action takes per account per year; left out, the action is not counted. */
  readonly hoursPerAccount?: number | null;
  /** Share of those hours the automation removes, 0 to 1; 1 when left out. */
  readonly automationShare?: number | null;
}

export interface CapacityInput {
  readonly actions: readonly CapacityAction[];
  /** Accounts in the portfolio, a whole number. */
  readonly accounts: number;
  /** Hours one CSM works a year; {@link DEFAULT_HOURS_PER_CSM} when left out. */
  readonly hoursPerCsm?: number | null;
  /** What one CSM costs a year, salary and charges; needed for the payback. */
  readonly loadedCostPerCsm?: number | null;
  /** CSMs today (full-time equivalents); needed for accounts per CSM. */
  readonly csmHeadcount?: number | null;
  /** CSM hours spent per account per year today, all actions; needed for accounts per CSM after. */
  readonly csmHoursPerAccount?: number | null;
  /** The roadmap's costs (a planned roadmap fits); needed for the payback. */
  readonly roadmapCost?: { readonly oneOffCost: number; readonly monthlyCost: number } | null;
}

export interface Capacity {
  readonly ok: true;
  readonly hoursFreedPerAccount: number;
  readonly hoursFreed: number;
  readonly fteFreed: number;
  /** Ids of the actions left out because their hours are not given. */
  readonly unmeasured: readonly string[];
  readonly accountsPerCsmBefore: number | null;
  readonly accountsPerCsmAfter: number | null;
  /** Why accounts per CSM are not computed, when they are not. */
  readonly coverageNote: Bilingual | null;
  readonly hourlyCost: number | null;
  readonly monthlyValue: number | null;
  readonly monthlySaving: number | null;
  readonly paybackMonths: number | null;
  /** Why there is no payback, when there is none. */
  readonly paybackNote: Bilingual | null;
}

export interface CapacityProblems {
  readonly ok: false;
  readonly problems: readonly Problem[];
}

/** About 220 working days of 7.3 hours; change it to the team's own figure. */
export const DEFAULT_HOURS_PER_CSM = 1600;

const HOURS_PER_CSM_RULE: NumberRule = {
  above: 0,
  max: 8784,
  expected: {
    en: "hours from more than 0 to 8,784 (a leap year)",
    fr: "des heures de plus de 0 à 8 784 (une année bissextile)",
  },
};

const ACTION: Bilingual = { en: "Roadmap action", fr: "Action de la feuille de route" };
const FIELDS = {
  hoursPerAccount: { en: "hours per account", fr: "heures par compte" },
  automationShare: { en: "automation share", fr: "part automatisée" },
  accounts: { en: "Accounts", fr: "Comptes" },
  hoursPerCsm: { en: "Hours per CSM", fr: "Heures par CSM" },
  loadedCostPerCsm: { en: "Loaded cost per CSM", fr: "Coût chargé par CSM" },
  csmHeadcount: { en: "CSM headcount", fr: "Effectif CSM" },
  csmHoursPerAccount: { en: "CSM hours per account", fr: "Heures CSM par compte" },
  oneOffCost: { en: "Roadmap one-off cost", fr: "Coût ponctuel de la feuille de route" },
  monthlyCost: { en: "Roadmap monthly cost", fr: "Coût mensuel de la feuille de route" },
} as const satisfies Record<string, Bilingual>;

/** An optional number: `null` when left out, the number when it fits, else a problem is reported. */
function optional(
  value: unknown,
  rule: NumberRule,
  field: keyof typeof FIELDS,
  problems: Problem[],
): number | null {
  if (isBlank(value)) return null;
  const message = checkNumber(value, rule, FIELDS[field]);
  if (message) problems.push({ field, message });
  return message ? null : (value as number);
}

/** Hours freed per account over the actions, and those without hours; problems reported. */
function freedPerAccount(
  actions: unknown,
  problems: Problem[],
): { perAccount: number; unmeasured: string[] } {
  if (!Array.isArray(actions)) {
    const message = expected(
      { en: "Roadmap actions", fr: "Actions de la feuille de route" },
      { en: "a list", fr: "une liste" },
      describeValue(actions),
    );
    problems.push({ field: "actions", message });
    return { perAccount: 0, unmeasured: [] };
  }
  let perAccount = 0;
  const unmeasured: string[] = [];
  const seen = new Set<string>();
  actions.forEach((raw: unknown, index) => {
    const item: Partial<Record<keyof CapacityAction, unknown>> =
      typeof raw === "object" && raw !== null ? raw : {};
    const id = typeof item.actionId === "string" ? item.actionId : "";
    const report = (field: string, message: Bilingual) => problems.push({ field, index, id, message });
    if (id !== "" && seen.has(id)) {
      const subject = itemSubject(ACTION, index, id);
      report("actionId", {
        en: `${subject.en}: "${id}" is listed twice; give each action's hours once.`,
        fr: `${subject.fr} : « ${id} » figure deux fois ; indiquez les heures de chaque action une seule fois.`,
      });
    }
    seen.add(id);
    const check = (field: "hoursPerAccount" | "automationShare", rule: NumberRule): number | null => {
      const value = item[field];
      if (isBlank(value)) return null;
      const message = checkNumber(value, rule, itemSubject(ACTION, index, id, FIELDS[field]));
      if (message) report(field, message);
      return message ? null : (value as number);
    };
    const hours = check("hoursPerAccount", AMOUNT_RULE);
    const share = check("automationShare", SHARE_RULE) ?? 1;
    if (isBlank(item.hoursPerAccount)) unmeasured.push(id);
    else if (hours !== null) perAccount += hours * share;
  });
  return { perAccount, unmeasured };
}

const note = (en: string, fr: string): Bilingual => ({ en, fr });

/**
 * The capacity the validated roadmap frees, and its payback (formulas in this module's header). Only the
 * accounts are required; accounts per CSM need the headcount and the CSM hours per account, the payback the
 * loaded cost and the roadmap's costs; what cannot be computed is `null` with a note saying what to give.
 * Bad values give the list of problems instead.
 *
 * @param input - the roadmap's actions with their hours, and the team's figures
 * @returns the capacity figures, or `{ ok: false, problems }`
 *
 * @example
 * roadmapCapacity({ actions: [{ actionId: "tickets", hoursPerAccount: 6 }, { actionId: "crm", hoursPerAccount: 4, automationShare: 0.5 }], accounts: 200, loadedCostPerCsm: 96000, roadmapCost: { oneOffCost: 11445, monthlyCost: 370 } }).paybackMonths
 * //=> 1.5
 * @example
 * roadmapCapacity({ actions: [{ actionId: "tickets", hoursPerAccount: 8 }], accounts: 100, csmHeadcount: 2, csmHoursPerAccount: 32 }).accountsPerCsmAfter
 * //=> 66.67 (rounded)
 * @example
 * roadmapCapacity({ actions: [], accounts: -1 }).problems[0].message.en
 * //=> "Accounts: expected a whole number of 0 or more, got -1."
 */
export function roadmapCapacity(input: CapacityInput): Capacity | CapacityProblems {
  const given: Partial<Record<keyof CapacityInput, unknown>> =
    typeof input === "object" && input !== null ? input : {};
  const problems: Problem[] = [];
  const { perAccount, unmeasured } = freedPerAccount(given.actions, problems);
  const accounts = checkNumber(given.accounts, COUNT_RULE, FIELDS.accounts);
  if (accounts) problems.push({ field: "accounts", message: accounts });
  const hoursPerCsm =
    optional(given.hoursPerCsm, HOURS_PER_CSM_RULE, "hoursPerCsm", problems) ?? DEFAULT_HOURS_PER_CSM;
  const loadedCost = optional(given.loadedCostPerCsm, AMOUNT_RULE, "loadedCostPerCsm", problems);
  const headcount = optional(given.csmHeadcount, POSITIVE_RULE, "csmHeadcount", problems);
  const hoursPerAccount = optional(given.csmHoursPerAccount, POSITIVE_RULE, "csmHoursPerAccount", problems);
  const cost: Partial<Record<"oneOffCost" | "monthlyCost", unknown>> | null =
    typeof given.roadmapCost === "object" && given.roadmapCost !== null ? given.roadmapCost : null;
  const oneOff = cost ? optional(cost.oneOffCost, AMOUNT_RULE, "oneOffCost", problems) : null;
  const monthly = cost ? optional(cost.monthlyCost, AMOUNT_RULE, "monthlyCost", problems) : null;
  if (hoursPerAccount !== null && perAccount >= hoursPerAccount) {
    problems.push({
      field: "csmHoursPerAccount",
      message: note(
        `CSM hours per account: the roadmap frees ${perAccount} hours per account, not less than the ${hoursPerAccount} spent today; check the hours.`,
        `Heures CSM par compte : la feuille de route libère ${perAccount} heures par compte, pas moins que les ${hoursPerAccount} passées aujourd'hui ; vérifiez les heures.`,
      ),
    });
  }
  if (problems.length > 0) return { ok: false, problems };

  const count = given.accounts as number;
  const hoursFreed = perAccount * count;
  const before = headcount === null ? null : count / headcount;
  const after =
    before === null || hoursPerAccount === null
      ? null
      : (before * hoursPerAccount) / (hoursPerAccount - perAccount);
  const coverageNote =
    after !== null
      ? null
      : note(
          "Give the CSM headcount and the CSM hours per account to compare accounts per CSM.",
          "Indiquez l'effectif CSM et les heures CSM par compte pour comparer les comptes par CSM.",
        );
  const hourlyCost = loadedCost === null ? null : loadedCost / hoursPerCsm;
  const monthlyValue = hourlyCost === null ? null : (hoursFreed * hourlyCost) / 12;
  const monthlySaving = monthlyValue === null || monthly === null ? null : monthlyValue - monthly;
  const paid = monthlySaving !== null && monthlySaving > 0 && oneOff !== null;
  const paybackNote = paid
    ? null
    : monthlySaving === null || oneOff === null
      ? note(
          "Give the loaded cost per CSM and the roadmap's costs to compute the payback.",
          "Indiquez le coût chargé par CSM et les coûts de la feuille de route pour calculer le retour sur investissement.",
        )
      : note(
          "No payback: the roadmap's monthly running cost is as high as or higher than the value of the hours it frees.",
          "Pas de retour sur investissement : le coût mensuel de la feuille de route atteint ou dépasse la valeur des heures libérées.",
        );
  return {
    ok: true,
    hoursFreedPerAccount: perAccount,
    hoursFreed,
    fteFreed: hoursFreed / hoursPerCsm,
    unmeasured,
    accountsPerCsmBefore: before,
    accountsPerCsmAfter: after,
    coverageNote,
    hourlyCost,
    monthlyValue,
    monthlySaving,
    paybackMonths: paid ? oneOff / monthlySaving : null,
    paybackNote,
  };
}
