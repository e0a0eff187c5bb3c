/**
 * Plain helpers of the notebook view: DOM ids and focus, bilingual messages, number and date formats,
 * reordering a list, downloads and reading a file.
 */
import { useMemo } from "react";
import { PlanStoreError } from "../../../addin/plan-store";
import { readAmount } from "../../../functions/checks/amounts";
import type { Bilingual, Language } from "../../../functions/excel/language";
import { NOTEBOOK_STRINGS, fill, type NotebookStringKey } from "./notebook-strings";

/** A DOM id for a part of a cell: cell ids are the person's, so they are made safe first. */
export const domId = (cellId: string, ...parts: string[]): string =>
  ["nb", cellId, ...parts].join("-").replace(/[^A-Za-z0-9_-]/g, "_");

/** Moves the focus to an element once React has drawn the change (after a move or a removal). */
export function focusLater(id: string): void {
  setTimeout(() => document.getElementById(id)?.focus(), 0);
}

/** A message made from one of the view's texts, in both languages, so that it follows a language switch. */
export function bilingual(
  key: NotebookStringKey,
  values: Readonly<Record<string, string | number | Bilingual>> = {},
): Bilingual {
  const inLanguage = (language: Language) =>
    fill(
      NOTEBOOK_STRINGS[language][key],
      Object.fromEntries(
        Object.entries(values).map(([name, value]) => [
          name,
          typeof value === "object" ? value[language] : value,
        ]),
      ),
    );
  return { en: inLanguage("en"), fr: inLanguage("fr") };
}

/** What went wrong, in words: a plan store's own message in the person's language, else the error's. */
export function errorText(error: unknown): Bilingual {
  if (error instanceof PlanStoreError) return error.text;
  const text = error instanceof Error ? error.message : String(error);
  return { en: text, fr: text };
}

export interface Formats {
  /** A figure; "—" when there is none (null or NaN). */
  number(value: number | null | undefined, digits?: number): string;
  /** A ratio with two decimals. */
  ratio(value: number | null): string;
  /** An ISO date in the person's language. */
  date(iso: string): string;
}

export function useFormats(language: Language): Formats {
  return useMemo(() => {
    const fixed = new Intl.NumberFormat(language, { minimumFractionDigits: 2, maximumFractionDigits: 2 });
    const dates = new Intl.DateTimeFormat(language, { dateStyle: "medium", timeZone: "UTC" });
    const none = NOTEBOOK_STRINGS[language].none;
    // One formatter per number of decimals, made once: making one per figure costs milliseconds a list.
    const numbers = new Map<number, Intl.NumberFormat>();
    const numberFormat = (digits: number) => {
      const known = numbers.get(digits);
      if (known !== undefined) return known;
      const made = new Intl.NumberFormat(language, { maximumFractionDigits: digits });
      numbers.set(digits, made);
      return made;
    };
    return {
      number: (value, digits = 2) =>
        value === null || value === undefined || Number.isNaN(value)
          ? none
          : numberFormat(digits).format(value),
      ratio: (value) => (value === null ? none : fixed.format(value)),
      date: (iso) => {
        const date = new Date(`${iso}T00:00:00Z`);
        return Number.isNaN(date.getTime()) ? iso : dates.format(date);
      },
    };
  }, [language]);
}

/**
 * Reads a number as typed in English or French ("1234.5", "1 234,5", "75 000 €", "0,5"), by the one amount
 * reader (functions/checks/amounts.ts) that the portfolio import uses too; where the two readings disagree
 * ("1,234"), the pane's language decides. "" is none; anything else is not a number.
 */
export function parseNumber(text: string, language: Language): number | null | "invalid" {
  if (text.trim() === "") return null;
  return readAmount(text, language) ?? "invalid";
}

/** A number as a field shows it: no grouping, the language's decimal sign. */
export const numberText = (value: number | null, language: Language): string =>
  value === null
    ? ""
    : new Intl.NumberFormat(language, { useGrouping: false, maximumFractionDigits: 10 }).format(value);

/** Moves one item of a list to another place, as a new list. */
export function moved<T>(list: readonly T[], from: number, to: number): T[] {
  const next = [...list];
  const [item] = next.splice(from, 1);
  if (item !== undefined) next.splice(to, 0, item);
  return next;
}

/** Offers bytes as a download, through a Blob and a link with `download`. */
export function download(contents: BlobPart, type: string, fileName: string): void {
  const url = URL.createObjectURL(new Blob([contents], { type }));
  const link = document.createElement("a");
  link.href = url;
  link.download = fileName;
  link.style.display = "none";
  document.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), 0);
}

/** A file's text, through a FileReader: older browsers (and jsdom) have no `Blob.text()`. */
export function readText(file: Blob): Promise<string> {
  return new Promise((resolve, reject) => {
    const reader = new FileReader();
    reader.onload = () => resolve(String(reader.result));
    reader.onerror = () => reject(reader.error ?? new Error("the file could not be read"));
    reader.readAsText(file);
  });
}

/** A file's bytes, through a FileReader (as {@link readText}, for browsers and jsdom alike). */
export function readBytes(file: Blob): Promise<Uint8Array> {
  return new Promise((resolve, reject) => {
    const reader = new FileReader();
    reader.onload = () => resolve(new Uint8Array(reader.result as ArrayBuffer));
    reader.onerror = () => reject(reader.error ?? new Error("the file could not be read"));
    reader.readAsArrayBuffer(file);
  });
}
