/**
 * Every refusal and failure of the workbook port, in English and French, each saying what to do next. Kept
 * in one place so both adapters word the same situation the same way.
 */
import { OWNERSHIP_SETTING, WorkbookError } from "./workbook-port";
import type { Bilingual } from "../functions/excel/language";

const catalog = {
  "name-blank": (p: { what: "table" | "defined name" }): Bilingual => ({
    en: `The ${p.what} name is empty; give it a name that starts with a letter.`,
    fr: `Le nom ${frWhat(p.what)} est vide ; donnez-lui un nom qui commence par une lettre.`,
  }),
  "name-too-long": (p: { what: "table" | "defined name"; name: string }): Bilingual => ({
    en: `The ${p.what} name "${short(p.name)}" is longer than 255 characters; shorten it.`,
    fr: `Le nom ${frWhat(p.what)} « ${short(p.name)} » dépasse 255 caractères ; raccourcissez-le.`,
  }),
  "name-characters": (p: { what: "table" | "defined name"; name: string }): Bilingual => ({
    en:
      `"${p.name}" cannot be a ${p.what} name in Excel: start with a letter or _ and use only letters, ` +
      "digits, _ and . (no spaces). Rename it, for example with _ instead of spaces.",
    fr:
      `« ${p.name} » ne peut pas être un nom ${frWhat(p.what)} dans Excel : commencez par une lettre ou _ ` +
      "et n'utilisez que des lettres, des chiffres, _ et . (sans espace). Renommez-le, par exemple avec _ " +
      "à la place des espaces.",
  }),
  "name-is-reference": (p: { what: "table" | "defined name"; name: string }): Bilingual => ({
    en: `"${p.name}" looks like a cell reference, so Excel refuses it as a ${p.what} name; add a word, such as "${p.name}_plan".`,
    fr: `« ${p.name} » ressemble à une référence de cellule, qu'Excel refuse comme nom ${frWhat(p.what)} ; ajoutez un mot, par exemple « ${p.name}_plan ».`,
  }),
  "sheet-blank": (): Bilingual => ({
    en: "The sheet name is empty; give the sheet a name.",
    fr: "Le nom de la feuille est vide ; donnez un nom à la feuille.",
  }),
  "sheet-too-long": (p: { name: string }): Bilingual => ({
    en: `The sheet name "${p.name}" is longer than Excel's 31 characters; shorten it.`,
    fr: `Le nom de feuille « ${p.name} » dépasse les 31 caractères permis par Excel ; raccourcissez-le.`,
  }),
  "sheet-characters": (p: { name: string }): Bilingual => ({
    en: `The sheet name "${p.name}" contains a character Excel refuses ([ ] : * ? / \\); remove it.`,
    fr: `Le nom de feuille « ${p.name} » contient un caractère refusé par Excel ([ ] : * ? / \\) ; retirez-le.`,
  }),
  "sheet-apostrophe": (p: { name: string }): Bilingual => ({
    en: `The sheet name "${p.name}" starts or ends with an apostrophe, which Excel refuses; remove it.`,
    fr: `Le nom de feuille « ${p.name} » commence ou finit par une apostrophe, ce qu'Excel refuse ; retirez-la.`,
  }),
  "sheet-reserved": (p: { name: string }): Bilingual => ({
    en: `Excel reserves the sheet name "${p.name}"; choose another one.`,
    fr: `Excel réserve le nom de feuille « ${p.name} » ; choisissez-en un autre.`,
  }),
  "no-columns": (p: { table: string }): Bilingual => ({
    en: `The table "${p.table}" has no columns; add at least one column before writing it.`,
    fr: `Le tableau « ${p.table} » n'a aucune colonne ; ajoutez au moins une colonne avant de l'écrire.`,
  }),
  "too-large": (p: { table: string }): Bilingual => ({
    en: `The table "${p.table}" does not fit on an Excel sheet (1,048,576 rows, 16,384 columns); split it.`,
    fr: `Le tableau « ${p.table} » ne tient pas sur une feuille Excel (1 048 576 lignes, 16 384 colonnes) ; scindez-le.`,
  }),
  "header-blank": (p: { table: string }): Bilingual => ({
    en: `A column of the table "${p.table}" has an empty header (or one over 255 characters); name every column.`,
    fr: `Une colonne du tableau « ${p.table} » a un en-tête vide (ou de plus de 255 caractères) ; nommez chaque colonne.`,
  }),
  "header-duplicate": (p: { table: string; header: string }): Bilingual => ({
    en: `The table "${p.table}" has two columns named "${p.header}" (Excel ignores case); rename one of them.`,
    fr: `Le tableau « ${p.table} » a deux colonnes nommées « ${p.header} » (Excel ignore la casse) ; renommez l'une d'elles.`,
  }),
  formula: (p: { table: string; header: string }): Bilingual => ({
    en: `The formula of column "${p.header}" in "${p.table}" must start with = (and stay under 8,192 characters); correct it.`,
    fr: `La formule de la colonne « ${p.header} » de « ${p.table} » doit commencer par = (et rester sous 8 192 caractères) ; corrigez-la.`,
  }),
  "row-length": (p: { table: string; row: number; found: number; expected: number }): Bilingual => ({
    en: `Row ${p.row} of the table "${p.table}" has ${p.found} values but the table has ${p.expected} columns; give every row one value per column (null for a blank).`,
    fr: `La ligne ${p.row} du tableau « ${p.table} » a ${p.found} valeurs mais le tableau a ${p.expected} colonnes ; donnez à chaque ligne une valeur par colonne (null pour une cellule vide).`,
  }),
  "cell-value": (p: { table: string; row: number; header: string }): Bilingual => ({
    en: `Row ${p.row}, column "${p.header}" of "${p.table}" holds a value Excel cannot store (not a finite number, or text over 32,767 characters); correct that input.`,
    fr: `Ligne ${p.row}, colonne « ${p.header} » de « ${p.table} » : la valeur ne peut pas être enregistrée dans Excel (nombre non fini, ou texte de plus de 32 767 caractères) ; corrigez cette saisie.`,
  }),
  "name-taken-by-name": (p: { name: string }): Bilingual => ({
    en: `"${p.name}" is already a defined name in this workbook, and a table cannot share it; choose another table name.`,
    fr: `« ${p.name} » est déjà un nom défini dans ce classeur, et un tableau ne peut pas le partager ; choisissez un autre nom de tableau.`,
  }),
  "name-taken-by-table": (p: { name: string }): Bilingual => ({
    en: `"${p.name}" is already a table in this workbook, and a defined name cannot share it; choose another name.`,
    fr: `« ${p.name} » est déjà un tableau de ce classeur, et un nom défini ne peut pas le partager ; choisissez un autre nom.`,
  }),
  "table-elsewhere": (p: { name: string; sheet: string; wanted: string }): Bilingual => ({
    en: `CSM Kit's table "${p.name}" is on the sheet "${p.sheet}", not "${p.wanted}"; it updates tables where they are. Write it to "${p.sheet}", or choose another table name.`,
    fr: `Le tableau « ${p.name} » de CSM Kit se trouve sur la feuille « ${p.sheet} », pas « ${p.wanted} » ; CSM Kit met à jour les tableaux là où ils sont. Écrivez-le sur « ${p.sheet} » ou choisissez un autre nom de tableau.`,
  }),
  "no-room": (p: { name: string; sheet: string }): Bilingual => ({
    en: `The table "${p.name}" needs more room, but cells next to it on "${p.sheet}" hold content that is not CSM Kit's, which it will not overwrite. Move that content (or the table) away, then run again.`,
    fr: `Le tableau « ${p.name} » a besoin de plus de place, mais des cellules voisines sur « ${p.sheet} » contiennent des données qui ne sont pas à CSM Kit, qu'il n'écrasera pas. Déplacez ces données (ou le tableau), puis relancez.`,
  }),
  "no-room-beside": (p: { sheet: string }): Bilingual => ({
    en: `There is no free room left on the sheet "${p.sheet}" for another table; write it to a new sheet.`,
    fr: `Il n'y a plus de place libre sur la feuille « ${p.sheet} » pour un autre tableau ; écrivez-le sur une nouvelle feuille.`,
  }),
  "reserved-setting": (p: { key: string }): Bilingual => ({
    en: `The document setting "${p.key}" is CSM Kit's record of what it owns; save plan state under another key.`,
    fr: `Le paramètre de document « ${p.key} » est le registre de ce que CSM Kit possède ; enregistrez l'état du plan sous une autre clé.`,
  }),
  "no-resize": (p: { name: string }): Bilingual => ({
    en: `This version of Excel cannot resize the table "${p.name}" (it needs Excel 2021, Microsoft 365 or Excel on the web). Update Excel, or delete the table and run again to recreate it.`,
    fr: `Cette version d'Excel ne peut pas redimensionner le tableau « ${p.name} » (il faut Excel 2021, Microsoft 365 ou Excel pour le web). Mettez Excel à jour, ou supprimez le tableau et relancez pour le recréer.`,
  }),
  "chart-name": (p: { table: string; chart: string }): Bilingual => ({
    en: `The chart name "${short(p.chart)}" of the table "${p.table}" is empty, repeated, longer than 255 characters, or has characters other than letters, digits, spaces and _; give each chart its own name.`,
    fr: `Le nom de graphique « ${short(p.chart)} » du tableau « ${p.table} » est vide, répété, dépasse 255 caractères ou contient autre chose que des lettres, des chiffres, des espaces et _ ; donnez à chaque graphique son propre nom.`,
  }),
  "chart-column": (p: { table: string; chart: string; header: string }): Bilingual => ({
    en: `The chart "${p.chart}" draws from the column "${p.header}", which the table "${p.table}" does not have; use one of the table's headers.`,
    fr: `Le graphique « ${p.chart} » s'appuie sur la colonne « ${p.header} », que le tableau « ${p.table} » n'a pas ; utilisez l'un des en-têtes du tableau.`,
  }),
  "chart-series": (p: { table: string; chart: string; kind: "scatter" | "timeline" }): Bilingual =>
    p.kind === "timeline"
      ? {
          en: `The timeline chart "${p.chart}" of the table "${p.table}" needs two series, the start and then the duration; add the missing one.`,
          fr: `Le graphique chronologique « ${p.chart} » du tableau « ${p.table} » a besoin de deux séries, le début puis la durée ; ajoutez celle qui manque.`,
        }
      : {
          en: `The chart "${p.chart}" of the table "${p.table}" has no series; add at least one.`,
          fr: `Le graphique « ${p.chart} » du tableau « ${p.table} » n'a aucune série ; ajoutez-en au moins une.`,
        },
  "chart-colour": (p: { chart: string; series: string; colour: string }): Bilingual => ({
    en: `The colour "${p.colour}" of the series "${p.series}" in the chart "${p.chart}" is not written #RRGGBB (for example #1F77B4); correct it.`,
    fr: `La couleur « ${p.colour} » de la série « ${p.series} » du graphique « ${p.chart} » n'est pas écrite #RRGGBB (par exemple #1F77B4) ; corrigez-la.`,
  }),
} as const;

type MessageKey = keyof typeof catalog;
type MessageParams<K extends MessageKey> = Parameters<(typeof catalog)[K]>[0] extends undefined
  ? Record<string, never>
  : Parameters<(typeof catalog)[K]>[0];

/**
 * Builds a refusal from the catalog.
 *
 * @param reason - the machine-readable reason
 * @param key - which message
 * @param params - the names and numbers the message quotes
 * @returns the error, with its English and French text
 */
export function problem<K extends MessageKey>(
  reason: WorkbookError["reason"],
  key: K,
  params: MessageParams<K>,
): WorkbookError {
  const format = catalog[key] as (p: MessageParams<K>) => Bilingual;
  return new WorkbookError(reason, format(params));
}

/**
 * The refusal to touch a sheet, table or defined name that is the user's. When the add-in's record of
 * what it owns is unreadable it says so, since the add-in may well have created it.
 *
 * @param kind - what is refused
 * @param name - its name as the workbook spells it
 * @param unreadable - true when the ownership record could not be read
 * @returns a `not-owned` error
 */
export function notOwned(kind: "sheet" | "table" | "name", name: string, unreadable: boolean): WorkbookError {
  const en = { sheet: "sheet", table: "table", name: "defined name" }[kind];
  const fr = {
    sheet: { noun: "La feuille", it: "la" },
    table: { noun: "Le tableau", it: "le" },
    name: { noun: "Le nom défini", it: "le" },
  }[kind];
  const why = unreadable
    ? {
        en: ` CSM Kit could not read its record of what it created (setting "${OWNERSHIP_SETTING}"), so it treats everything as yours.`,
        fr: ` CSM Kit n'a pas pu lire son registre de ce qu'il a créé (paramètre « ${OWNERSHIP_SETTING} ») : il considère donc que tout vous appartient.`,
      }
    : { en: "", fr: "" };
  return new WorkbookError("not-owned", {
    en:
      `The ${en} "${name}" is yours, not CSM Kit's, so CSM Kit will not change it.${why.en} ` +
      `Choose another name in CSM Kit, or rename or delete your ${en}, then run again.`,
    fr:
      `${fr.noun} « ${name} » vous appartient et non à CSM Kit, qui ne ${fr.it} modifiera pas.${why.fr} ` +
      "Choisissez un autre nom dans CSM Kit, ou renommez ou supprimez votre élément, puis relancez.",
  });
}

/**
 * The report that the ownership record is unreadable: the add-in then owns nothing, refuses to change
 * anything that exists, and sets the unreadable value aside the next time it records something.
 *
 * @returns an `unreadable` error
 */
export function unreadableOwnership(): WorkbookError {
  return new WorkbookError("unreadable", {
    en:
      `CSM Kit could not read its record of the sheets and tables it created (document setting "${OWNERSHIP_SETTING}"). ` +
      "Until it can, it treats every existing sheet, table and name as yours and will not change them; it " +
      "keeps the unreadable record aside. To let CSM Kit update its tables again, delete or rename them and run again.",
    fr:
      `CSM Kit n'a pas pu lire son registre des feuilles et tableaux qu'il a créés (paramètre de document « ${OWNERSHIP_SETTING} »). ` +
      "En attendant, il considère que chaque feuille, tableau et nom existant vous appartient et ne les modifie pas ; " +
      "il met le registre illisible de côté. Pour que CSM Kit mette de nouveau à jour ses tableaux, supprimez-les ou " +
      "renommez-les, puis relancez.",
  });
}

/**
 * Turns what the host threw into a `host` error a person can act on, keeping Excel's own words.
 *
 * @param action - what the add-in was doing, in both languages
 * @param cause - what was thrown
 * @returns the error, with `cause` attached for diagnosis
 */
export function hostFailure(action: Bilingual, cause: unknown): WorkbookError {
  const detail = describeCause(cause);
  const error = new WorkbookError("host", {
    en:
      `Excel could not ${action.en}: ${detail}. Finish any cell you are editing, check that the sheet is not ` +
      "protected, then try again.",
    fr:
      `Excel n'a pas pu ${action.fr} : ${detail}. Terminez la saisie en cours dans une cellule, vérifiez que la ` +
      "feuille n'est pas protégée, puis réessayez.",
  });
  error.cause = cause;
  return error;
}

function describeCause(cause: unknown): string {
  if (cause instanceof Error || (typeof cause === "object" && cause !== null)) {
    const { code, message } = cause as { code?: unknown; message?: unknown };
    const text = typeof message === "string" && message.length > 0 ? message : String(cause);
    return typeof code === "string" && code.length > 0 && !text.includes(code) ? `${text} (${code})` : text;
  }
  return String(cause);
}

function frWhat(what: "table" | "defined name"): string {
  return what === "table" ? "de tableau" : "défini";
}

function short(name: string): string {
  return name.length > 40 ? `${name.slice(0, 40)}…` : name;
}
