/** Deterministic sample data for the templates: the same workbook every build. */

/** A seeded generator of numbers in [0, 1). */
export function seeded(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (Math.imul(state, 1664525) + 1013904223) >>> 0;
    return state / 2 ** 32;
  };
}

/** A whole number from `min` to `max`, inclusive. */
export function between(next: () => number, min: number, max: number): number {
  return min + Math.floor(next() * (max - min + 1));
}

/** One of the items. */
export function pick<T>(next: () => number, items: readonly T[]): T {
  return items[Math.floor(next() * items.length)] as T;
}

/** A calendar date (UTC midnight), for date cells. */
export function day(year: number, month: number, date: number): Date {
  return new Date(Date.UTC(year, month - 1, date));
}

/** The banner above sample tables: what the data is and how to clear it. */
export const SAMPLE_NOTE = {
  en: "SAMPLE DATA: replace it with yours. To clear it, select the table's rows and delete them (Home → Delete → Table Rows); the formulas stay.",
  fr: "DONNÉES D'EXEMPLE : remplacez-les par les vôtres. Pour les effacer, sélectionnez les lignes du tableau et supprimez-les (Accueil → Supprimer → Lignes du tableau) ; les formules restent.",
} as const;
