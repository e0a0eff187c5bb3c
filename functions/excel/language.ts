/**
 * The languages the product speaks, a text in each of them, and how a locale tag maps onto them. The one
 * home of both types: the functions' messages, the templates' texts, the notebook's notes and the add-in's
 * messages all use them.
 */

export type Language = "en" | "fr";

/** Every language the product speaks, in the order files and lists show them. */
export const LANGUAGES: readonly Language[] = ["en", "fr"];

/** A text in both languages the product speaks: a message, a label, a header, a template's cell. */
export interface Bilingual {
  readonly en: string;
  readonly fr: string;
}

/**
 * Maps a BCP 47 locale tag (Office's display language, the browser's language) to a language the product
 * speaks: French for any `fr` tag, English otherwise.
 *
 * @param tag - a locale tag such as `"fr-FR"`, `"fr-CA"` or `"en-US"`; anything else reads as English
 * @returns `"fr"` or `"en"`
 *
 * @example
 * languageOf("fr-CA")
 * //=> "fr"
 * @example
 * languageOf(undefined)
 * //=> "en"
 */
export function languageOf(tag: unknown): Language {
  return typeof tag === "string" && /^fr(?:[-_]|$)/i.test(tag.trim()) ? "fr" : "en";
}
