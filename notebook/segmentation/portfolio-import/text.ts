/**
 * The text of a .csv (or tab-separated) file from its bytes: UTF-16 when a byte order mark says so (what
 * Excel's "Unicode Text" writes), UTF-8, or Windows-1252 when the bytes are not UTF-8 (what Excel's "CSV
 * (semicolon delimited)" writes on a French Windows). Bytes that are not text (a NUL, or more than 1 in 100
 * control characters) are refused, rather than read as thousands of rows of garbage.
 */
import type { Bilingual } from "../../../functions/excel/language";
import { NOT_TEXT } from "./problems";

/** The first characters looked at to tell text from binary bytes. */
const SAMPLE = 64 * 1024;

/** Control characters no text file holds: C0 but tab, line feed, form feed and carriage return; DEL; C1. */
function controlCount(text: string): number {
  let count = 0;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (
      (code < 0x20 && code !== 0x09 && code !== 0x0a && code !== 0x0c && code !== 0x0d) ||
      (code >= 0x7f && code <= 0x9f)
    )
      count++;
  }
  return count;
}

function decode(bytes: Uint8Array): string {
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return new TextDecoder("utf-16le").decode(bytes);
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return new TextDecoder("utf-16be").decode(bytes);
  try {
    return new TextDecoder("utf-8", { fatal: true }).decode(bytes);
  } catch {
    return new TextDecoder("windows-1252").decode(bytes);
  }
}

/**
 * A .csv file's text, without its byte order mark, or why it is not text.
 *
 * @param bytes - the file's bytes
 * @returns the text, or the refusal
 * @example
 * csvText(new Uint8Array([0xff, 0xfe, 0x41, 0, 0x3b, 0, 0x42, 0]))
 * //=> { text: "A;B" }
 * @example
 * csvText(new Uint8Array([0x50, 0x4b, 3, 4, 0, 0, 0])).refused.en.slice(0, 22)
 * //=> "This file is not text:"
 */
export function csvText(bytes: Uint8Array): { text: string } | { refused: Bilingual } {
  const decoded = decode(bytes);
  const text = decoded.charCodeAt(0) === 0xfeff ? decoded.slice(1) : decoded;
  const sample = text.slice(0, SAMPLE);
  const controls = controlCount(sample);
  if (sample.includes("\u0000") || controls * 100 > sample.length) return { refused: NOT_TEXT };
  return { text };
}
