/** The languages the product speaks, and how a locale tag maps onto them. */

export type Language = "en" | "fr";

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
