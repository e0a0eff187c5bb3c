/**
 * The names of the portfolio's columns in English and French, and the column of each field of the
 * segmentation guessed from a file's headers. Pure, and free of the file parsers: the portfolio cell loads it
 * through read.ts, on demand.
 */
import { normalizeWord } from "../../../functions/excel/arguments";
import { PORTFOLIO_COLUMNS, type PortfolioColumn } from "../columns";

/**
 * The column guessed for each field from the headers, in English or French; a field no header names is
 * absent. A header that is exactly one of a field's names wins over one that contains it among other words
 * (`Account` over `Account name`), names over fallbacks (`Region` over `Country`), and each column serves one
 * field. Words that change the meaning keep a header out: `Current ARR` is never the potential,
 * `Potential ARR` or `MRR` never the current ARR, `Account manager` never the account.
 *
 * @param headers - the sheet's headers, in order
 * @returns the 0-based column of each field found
 * @example
 * guessMapping(["Nom du compte", "ARR actuel", "Potentiel", "Secteur", "Pays", "Client depuis"])
 * //=> { account: 0, currentArr: 1, potentialArr: 2, industry: 3, region: 4, customerSince: 5 }
 * @example
 * guessMapping(["Customer", "MRR", "Account manager", "Current ARR"])
 * //=> { account: 0, currentArr: 3 }
 */
export function guessMapping(headers: readonly string[]): Partial<Record<PortfolioColumn, number>> {
  return guessColumns(headers, PORTFOLIO_COLUMNS, HEADER_NAMES);
}

/**
 * The column guessed for each of `fields` from the headers, by the names of `names` (built with
 * {@link headerNames}), under the rules of {@link guessMapping}: an exact name wins over a name among other
 * words, names over fallbacks, a longer name over a shorter, an earlier column over a later one, then the
 * earlier field; a header holding one of a field's `unless` words never serves it; each column serves one
 * field. The segmentation's portfolio and the billing import (notebook/billing) guess their columns here.
 *
 * @param headers - the sheet's headers, in order
 * @param fields - the fields, in the order that breaks ties
 * @param names - what each field is called
 * @returns the 0-based column of each field found
 * @example
 * guessColumns(["Pays", "Client"], ["who", "where"], { who: headerNames(["Client"], [], []), where: headerNames(["Pays"], [], []) })
 * //=> { who: 1, where: 0 }
 */
export function guessColumns<F extends string>(
  headers: readonly string[],
  fields: readonly F[],
  names: Readonly<Record<F, HeaderNames>>,
): Partial<Record<F, number>> {
  const candidates: { field: F; column: number; score: number }[] = [];
  headers.forEach((header, column) => {
    const words = wordsOf(header);
    if (words.length === 0) return;
    for (const field of fields) {
      const score = matchScore(words, names[field]);
      if (score > 0) candidates.push({ field, column, score });
    }
  });
  candidates.sort(
    (a, b) => b.score - a.score || a.column - b.column || fields.indexOf(a.field) - fields.indexOf(b.field),
  );
  const mapping: Partial<Record<F, number>> = {};
  const used = new Set<number>();
  for (const { field, column } of candidates) {
    if (mapping[field] !== undefined || used.has(column)) continue;
    mapping[field] = column;
    used.add(column);
  }
  return mapping;
}

/**
 * Headers made unique (case aside) with a ` (2)` suffix; a blank one is `Column N` (N counting from 1).
 *
 * @param raw - the header row's cells as text, in order
 * @returns as many headers, none blank, no two the same
 * @example
 * uniqueHeaders(["Account", "", "account", " ARR "])
 * //=> ["Account", "Column 2", "account (2)", "ARR"]
 */
export function uniqueHeaders(raw: readonly string[]): string[] {
  const taken = new Set<string>();
  return raw.map((header, c) => {
    const base = header.trim() || `Column ${c + 1}`;
    let unique = base;
    for (let n = 2; taken.has(unique.toLowerCase()); n++) unique = `${base} (${n})`;
    taken.add(unique.toLowerCase());
    return unique;
  });
}

// ---- Header names ----

/** Words of a header as `normalizeWord` folds them: lower case, without accents; punctuation splits. */
export const wordsOf = (text: string): string[] =>
  text
    .split(/[^\p{L}\p{M}\p{N}]+/u)
    .map(normalizeWord)
    .filter((word) => word !== "");

/** What a field is called, as words. */
export interface HeaderNames {
  /** The field's names, in English and French. */
  readonly names: readonly (readonly string[])[];
  /** Weaker names: they lose to any header called by one of the names. */
  readonly fallbacks: readonly (readonly string[])[];
  /** Words that make a header mean something else (`manager` in `Account manager`). */
  readonly unless: ReadonlySet<string>;
}

/** A field's {@link HeaderNames} from its names, fallbacks and `unless` words, as people write them. */
export const headerNames = (
  names: readonly string[],
  fallbacks: readonly string[],
  unless: readonly string[],
): HeaderNames => ({
  names: names.map(wordsOf),
  fallbacks: fallbacks.map(wordsOf),
  unless: new Set(wordsOf(unless.join(" "))),
});

// prettier-ignore
const HEADER_NAMES: Readonly<Record<PortfolioColumn, HeaderNames>> = {
  account: headerNames(
    [
      "Account", "Accounts", "Account name", "Customer", "Customers", "Customer name", "Client", "Clients",
      "Client name", "Nom du client", "Nom client", "Compte", "Comptes", "Nom du compte", "Nom de compte",
      "Société", "Nom de la société", "Company", "Company name", "Companies", "Entreprise", "Organisation",
      "Organization", "Raison sociale",
    ],
    ["Name", "Nom"],
    [
      "manager", "owner", "responsable", "gestionnaire", "csm", "executive", "since", "depuis", "date", "tier",
      "palier", "level", "niveau", "type", "count", "nombre", "segment", "ARR", "MRR", "revenue", "revenu",
      "health", "santé", "status", "statut", "email", "mail", "phone", "téléphone", "contact", "success",
      "score", "potential", "potentiel",
    ],
  ),
  currentArr: headerNames(
    [
      "ARR", "Current ARR", "ARR actuel", "ARR courant", "ARR en cours", "Annual recurring revenue",
      "Revenu annuel récurrent", "Revenu récurrent annuel", "CA annuel récurrent", "CA récurrent annuel",
      "Chiffre d'affaires annuel récurrent", "Montant ARR", "ARR amount", "Revenue", "Annual revenue",
      "Revenu", "Revenu annuel", "CA", "CA annuel", "Chiffre d'affaires", "Chiffre d'affaires annuel",
    ],
    ["ACV", "Annual contract value", "Contract value", "Valeur du contrat"],
    [
      "potential", "potentiel", "potentielle", "upsell", "expansion", "target", "cible", "objectif", "tier",
      "palier", "level", "niveau", "MRR", "monthly", "month", "mensuel", "mensuelle", "mois", "growth",
      "croissance", "forecast", "prévision", "prévisionnel", "previous", "précédent", "last", "dernier",
      "churn", "churned", "lost", "perdu", "delta", "variation", "change", "évolution", "date", "since",
      "depuis", "tranche", "band", "segment", "new", "nouveau",
    ],
  ),
  potentialArr: headerNames(
    [
      "Potential ARR", "ARR potential", "ARR potentiel", "Potentiel ARR", "Potentiel", "Potential",
      "Upsell potential", "Potentiel d'upsell", "Potentiel upsell", "Expansion potential",
      "Potentiel d'expansion", "Potentiel de développement", "Potential revenue", "Revenu potentiel",
      "CA potentiel",
    ],
    ["Upsell", "Expansion", "Target ARR", "ARR cible"],
    [
      "current", "actuel", "actuelle", "courant", "cours", "tier", "palier", "level", "niveau", "MRR",
      "monthly", "mensuel", "mensuelle", "date", "since", "depuis", "score", "manager", "owner",
    ],
  ),
  industry: headerNames(
    [
      "Industry", "Sector", "Secteur", "Industrie", "Vertical", "Secteur d'activité", "Industry vertical",
      "Business sector", "Domaine d'activité",
    ],
    [],
    ["strategic", "stratégique", "géographique", "geographic", "manager", "owner"],
  ),
  region: headerNames(
    [
      "Region", "Région", "Zone", "Territory", "Territoire", "Geo", "Geography", "Géographie", "Area",
      "Sales region", "Région commerciale", "Secteur géographique", "Zone géographique",
    ],
    ["Country", "Pays"],
    ["manager", "owner", "responsable"],
  ),
  customerSince: headerNames(
    [
      "Customer since", "Client since", "Client depuis", "Since", "Depuis", "Start date", "Date de début",
      "Début", "Signed", "Signed on", "Signature date", "Date signed", "Date de signature", "Signature",
      "Contract start", "Contract start date", "Début du contrat", "Date de début du contrat",
      "Customer start date", "Date d'entrée", "Entrée en relation", "Date de souscription", "Acquisition date",
      "Date d'acquisition",
    ],
    [],
    [
      "ARR", "MRR", "amount", "montant", "revenue", "revenu", "value", "valeur", "renewal", "renouvellement",
      "end", "fin", "expiry", "expiration", "échéance", "last", "dernier", "dernière", "next", "prochain",
      "prochaine", "manager", "owner",
    ],
  ),
};

/**
 * How well a header's words name a field; 0 when they do not. Names score over fallbacks; within each, a
 * header that is exactly the name over one that contains it, a longer name over a shorter, fewer other
 * words over more.
 */
function matchScore(words: readonly string[], field: HeaderNames): number {
  let best = 0;
  const lists = [
    [field.names, 2000],
    [field.fallbacks, 1000],
  ] as const;
  for (const [list, base] of lists) {
    for (const name of list) {
      const at = indexOfWords(words, name);
      if (at === -1) continue;
      const others = words.filter((_, i) => i < at || i >= at + name.length);
      if (others.some((word) => field.unless.has(word))) continue;
      const score =
        others.length === 0 ? base + 100 + name.length : base + 10 * name.length - Math.min(others.length, 9);
      best = Math.max(best, score);
    }
  }
  return best;
}

/** Where `part` starts as consecutive words of `words`; -1 when it does not appear. */
function indexOfWords(words: readonly string[], part: readonly string[]): number {
  for (let i = 0; i + part.length <= words.length; i++)
    if (part.every((word, k) => words[i + k] === word)) return i;
  return -1;
}
