/**
 * The one gate every text passes on its way into a workbook (the .xlsx export, the templates' files, the cells
 * office.js writes): what XML 1.0 cannot hold and Excel refuses is replaced, so that a file is always
 * well-formed. A single U+FFFF in a shared string makes the whole `sharedStrings.xml` unreadable (LibreOffice
 * then blanks every later string); a cell over 32,767 characters makes Excel refuse the file or the write.
 */

/** The most characters (UTF-16 code units, as Excel counts them) a cell holds. */
export const MAX_CELL_TEXT = 32_767;

/** What replaces a character that cannot be written: U+FFFD, the replacement character, visible where it was. */
export const REPLACEMENT = "\uFFFD";

/**
 * Characters XML 1.0 forbids or that are not characters at all: C0 controls other than tab, line feed and
 * carriage return; surrogates standing alone (with the `u` flag a well-formed pair is one code point and does
 * not match); and the 66 noncharacters (U+FDD0–U+FDEF, and the last two code points of every plane, U+FFFE
 * and U+FFFF among them).
 */
// eslint-disable-next-line no-control-regex -- matching control characters is the point
const UNWRITABLE = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uD800-\uDFFF\p{Noncharacter_Code_Point}]/gu;

/**
 * A text as a workbook can hold it: every character XML 1.0 or Excel refuses replaced by U+FFFD, then cut to
 * `limit` characters (never between the two halves of a surrogate pair). Well-formed text comes back as it is,
 * the same string.
 *
 * Complexity: O(n) in the text's length.
 *
 * @param text - any text, e.g. a label typed or an account name imported
 * @param limit - the most characters kept; Excel's cell limit unless told
 * @returns the text, safe to write
 * @example
 * safeText("Acme\uFFFF Corp\u0007")
 * //=> "Acme\uFFFD Corp\uFFFD"
 * @example
 * safeText("Plan", 2)
 * //=> "Pl"
 */
export function safeText(text: string, limit: number = MAX_CELL_TEXT): string {
  const written = text.replace(UNWRITABLE, REPLACEMENT);
  if (written.length <= limit) return written;
  const cut = /[\uD800-\uDBFF]/.test(written.charAt(limit - 1)) ? limit - 1 : limit;
  return written.slice(0, cut);
}

/** Counts the texts {@link safeText} changed on their way into one file or one write. */
export interface TextGate {
  /**
   * A value as it may be written: a text through {@link safeText}, anything else as it is.
   *
   * @param value - a cell's value, a header, a name
   */
  readonly pass: <T>(value: T) => T;
  /** How many texts were changed so far. */
  readonly changed: () => number;
}

/**
 * A fresh gate that passes texts through {@link safeText} and counts those it changed, so that the person can
 * be told.
 *
 * @param limit - the most characters a text keeps; Excel's cell limit unless told
 * @returns the gate
 * @example
 * const gate = textGate();
 * [gate.pass("ok"), gate.pass("bad\uFFFE"), gate.pass(42), gate.changed()]
 * //=> ["ok", "bad\uFFFD", 42, 1]
 */
export function textGate(limit: number = MAX_CELL_TEXT): TextGate {
  let changed = 0;
  return {
    pass: <T>(value: T): T => {
      if (typeof value !== "string") return value;
      const written = safeText(value, limit);
      if (written !== value) changed++;
      return written as T;
    },
    changed: () => changed,
  };
}
