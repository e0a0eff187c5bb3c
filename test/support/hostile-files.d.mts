// The types of hostile-files.mjs (plain JavaScript, so that the browser walk can import it without a build).
export declare const SHEET: string;
export declare function workbookParts(): Promise<Record<string, Uint8Array>>;
export declare function editedWorkbook(
  part: string,
  edit: (xml: string) => string,
  level?: 0 | 1 | 2 | 3 | 4 | 5 | 6 | 7 | 8 | 9,
): Promise<Uint8Array>;
export declare function mergeBomb(): Promise<Uint8Array>;
export declare function rowBomb(rows?: number): Promise<Uint8Array>;
export declare function stringBomb(length?: number): Promise<Uint8Array>;
export declare function utf16le(text: string): Uint8Array;
export declare function blankLinesCsv(size?: number): Uint8Array;
