/**
 * Where a plan persists: with the document in Excel (document settings, through the WorkbookPort), or in the
 * browser's storage for the standalone planner. Both behave the same way: loading never overwrites what it
 * could not read — it returns the problem with the raw text — and saving refuses to replace an unreadable or
 * newer stored plan until that text has been kept aside under a second, timestamped key.
 *
 * The store does not know the plan's format: the caller gives it a codec (the task pane's plan schema), since
 * the host boundary does not depend on the task pane.
 */
import type { Bilingual } from "../functions/excel/language";
import { openTexts, type TextStore } from "./indexed-db-texts";
import type { WorkbookPort } from "./workbook-port";

/** What reading stored plan text gives: the plan, or why not, always with the raw text kept. */
export type PlanReading<P> =
  | { readonly kind: "ok"; readonly plan: P }
  | { readonly kind: "unreadable"; readonly reason: Bilingual; readonly raw: string }
  | { readonly kind: "newer"; readonly version: number; readonly raw: string };

/** What loading gives: nothing stored yet, or what reading the stored text gave. */
export type PlanLoad<P> = { readonly kind: "empty" } | PlanReading<P>;

/** How plans become text and back. */
export interface PlanCodec<P> {
  read(raw: string): PlanReading<P>;
  write(plan: P): string;
}

/** One place where a plan persists. */
export interface PlanStore<P> {
  load(): Promise<PlanLoad<P>>;
  /**
   * Saves the plan. Rejects with a {@link PlanStoreError} `not-kept-aside` when the stored text is unreadable
   * or newer and has not been kept aside by this store; nothing is written then.
   */
  save(plan: P): Promise<void>;
  /** Copies raw text under a second key with a timestamp, checks it reads back, and returns that key. */
  keepAside(raw: string): Promise<string>;
  /**
   * Lets saving replace this stored text without keeping it aside: the person has downloaded it and chose to
   * start afresh. Nothing is written until the next save.
   */
  letReplace(raw: string): void;
  /** The text kept beside the plan under `<key>.replaced` (the plans it replaced), or `undefined`. */
  readReplaced(): Promise<string | undefined>;
  /**
   * Stores the text of the replaced plans under `<key>.replaced`. Rejects with a {@link PlanStoreError}
   * `storage` when the storage refuses it (full, disabled).
   */
  writeReplaced(text: string): Promise<void>;
}

/** Why the store refused or failed, in words a person can act on. */
export class PlanStoreError extends Error {
  constructor(
    /** `not-kept-aside`: saving would overwrite a plan that could not be read; `storage`: the storage failed. */
    readonly reason: "not-kept-aside" | "storage",
    readonly text: Bilingual,
  ) {
    super(text.en);
    this.name = "PlanStoreError";
  }
}

/** The document setting that holds the plan in Excel. */
export const PLAN_SETTING = "csmkit.plan";

/** Appended to the plan's key for the plans it replaced (`csmkit.plan.replaced`). */
export const REPLACED_SUFFIX = ".replaced";

/**
 * The most plan text a workbook in Excel is given, in characters: Excel keeps an add-in's document settings
 * to 2 MB in all (Microsoft, office-js #621; some builds refuse less), and the plans kept aside and replaced
 * live there too. Saving a larger plan is refused with this figure stated (see docs/planner.md, "Where the
 * plan is saved").
 */
export const EXCEL_PLAN_CHARACTERS = 1_000_000;

/** Options shared by both stores. */
export interface PlanStoreOptions {
  /** The clock used to timestamp what is kept aside (for tests). */
  readonly now?: () => Date;
}

interface Backend {
  get(key: string): Promise<string | undefined>;
  set(key: string, value: string): Promise<void>;
  /** The largest text one key holds, in characters, when the storage has a stated limit. */
  readonly limit?: number;
}

const notKeptAside = (): PlanStoreError =>
  new PlanStoreError("not-kept-aside", {
    en: "The plan already saved here could not be read, so it was not replaced. Keep it aside first, then save again.",
    fr: "Le plan déjà enregistré ici est illisible ; il n'a donc pas été remplacé. Mettez-le d'abord de côté, puis enregistrez à nouveau.",
  });

const storageFailed = (detail: string): PlanStoreError =>
  new PlanStoreError("storage", {
    en: `The plan could not be stored (${detail}). Export it as JSON to keep a copy, then try again.`,
    fr: `Le plan n'a pas pu être enregistré (${detail}). Exportez-le en JSON pour en garder une copie, puis réessayez.`,
  });

/** The figure in both languages' grouping: `1,000,000` and `1 000 000`. */
const grouped = (n: number) => ({
  en: n.toLocaleString("en-US"),
  fr: n.toLocaleString("fr-FR").replace(/\s/g, "\u00a0"),
});

const tooLargeToStore = (length: number, limit: number): PlanStoreError => {
  const [size, most] = [grouped(length), grouped(limit)];
  return new PlanStoreError("storage", {
    en: `In Excel the plan is saved inside the workbook, which holds ${most.en} characters of plan at most; this plan has ${size.en} (its portfolio, mostly). Your edits stay in this pane until it closes: download the plan to keep them, or use the standalone planner, which saves plans of any supported size.`,
    fr: `Dans Excel, le plan est enregistré dans le classeur, qui en accepte ${most.fr} caractères au plus ; ce plan en a ${size.fr} (surtout son portefeuille). Vos modifications restent dans ce volet jusqu'à sa fermeture : téléchargez le plan pour les garder, ou utilisez le planificateur autonome, qui enregistre les plans de toute taille prise en charge.`,
  });
};

function storeOver<P>(
  backend: Backend,
  key: string,
  codec: PlanCodec<P>,
  options: PlanStoreOptions,
): PlanStore<P> {
  const now = options.now ?? (() => new Date());
  // Raw texts this store has kept aside and checked: only those may be overwritten while unreadable.
  const keptAside = new Set<string>();
  // The text this store saved last: found again in storage, it needs no reading to be replaced (reading a
  // plan of 100,000 accounts back takes longer than writing it).
  let saved: string | undefined;
  return {
    async load() {
      const raw = await backend.get(key);
      return raw === undefined || raw === "" ? { kind: "empty" } : codec.read(raw);
    },
    async save(plan) {
      const text = codec.write(plan);
      if (backend.limit !== undefined && text.length > backend.limit)
        throw tooLargeToStore(text.length, backend.limit);
      const current = await backend.get(key);
      const replaceable =
        current === undefined ||
        current === "" ||
        current === saved ||
        keptAside.has(current) ||
        codec.read(current).kind === "ok";
      if (!replaceable) throw notKeptAside();
      await backend.set(key, text);
      saved = text;
    },
    async keepAside(raw) {
      const stamp = `${key}.aside.${now().toISOString()}`;
      let target = stamp;
      for (let n = 2; (await backend.get(target)) !== undefined; n++) target = `${stamp}.${n}`;
      await backend.set(target, raw);
      if ((await backend.get(target)) !== raw) throw storageFailed("the copy kept aside did not read back");
      keptAside.add(raw);
      return target;
    },
    letReplace(raw) {
      keptAside.add(raw);
    },
    readReplaced: () => backend.get(`${key}${REPLACED_SUFFIX}`),
    async writeReplaced(text) {
      try {
        await backend.set(`${key}${REPLACED_SUFFIX}`, text);
      } catch (error) {
        throw error instanceof PlanStoreError
          ? error
          : storageFailed(error instanceof Error ? error.message : String(error));
      }
    },
  };
}

/**
 * The plan store of a workbook: the plan lives in the document setting {@link PLAN_SETTING}, saved with the
 * file; a plan kept aside goes to `csmkit.plan.aside.<ISO timestamp>`, the plans it replaced to
 * `csmkit.plan.replaced`.
 *
 * @param workbook - the workbook the pane runs on (Excel, or the in-browser workbook)
 * @param codec - how plans become text and back (the task pane's plan schema)
 * @param options - the clock for timestamps
 * @returns the store
 * @example
 * const store = workbookPlanStore(new MemoryWorkbook(), planCodec);
 * await store.load()
 * //=> { kind: "empty" }
 */
export function workbookPlanStore<P>(
  workbook: WorkbookPort,
  codec: PlanCodec<P>,
  options: PlanStoreOptions = {},
): PlanStore<P> {
  const backend: Backend = {
    get: (key) => workbook.getSetting(key),
    set: (key, value) => workbook.setSetting(key, value),
    // Excel's document settings take 2 MB (office-js #621); a plan is held to half, for what else is kept.
    ...(workbook.host === "excel" ? { limit: EXCEL_PLAN_CHARACTERS } : {}),
  };
  return storeOver(backend, PLAN_SETTING, codec, options);
}

/**
 * The plan store of the standalone planner: the plan lives in the browser's storage under `key`; a plan kept
 * aside goes to `<key>.aside.<ISO timestamp>`, the plans it replaced to `<key>.replaced`. A storage that is
 * full or disabled gives a {@link PlanStoreError} `storage` that says what to do.
 *
 * @param storage - `localStorage`, or anything with the same `getItem` and `setItem`
 * @param key - where the plan lives
 * @param codec - how plans become text and back (the task pane's plan schema)
 * @param options - the clock for timestamps
 * @returns the store
 * @example
 * const store = browserPlanStore(localStorage, "csmkit.plan", planCodec);
 * await store.load()
 * //=> { kind: "empty" }
 */
export function browserPlanStore<P>(
  storage: Pick<Storage, "getItem" | "setItem">,
  key: string,
  codec: PlanCodec<P>,
  options: PlanStoreOptions = {},
): PlanStore<P> {
  return storeOver(guarded(storageTexts(storage)), key, codec, options);
}

/** localStorage as texts by key. */
const storageTexts = (storage: Pick<Storage, "getItem" | "setItem">): TextStore => ({
  get: async (name) => storage.getItem(name) ?? undefined,
  set: async (name, value) => storage.setItem(name, value),
});

/** A storage whose failures (full, disabled) are {@link PlanStoreError}s that say what to do. */
function guarded(texts: TextStore | Promise<TextStore>): Backend {
  const guard = async <T>(action: (store: TextStore) => Promise<T>): Promise<T> => {
    try {
      return await action(await texts);
    } catch (thrown) {
      throw storageFailed(thrown instanceof Error ? thrown.message : String(thrown));
    }
  };
  return {
    get: (name) => guard((store) => store.get(name)),
    set: (name, value) => guard((store) => store.set(name, value)),
  };
}

/** The browser's localStorage as the IndexedDB store reads it once, to move an older plan over. */
export type LegacyStorage = Pick<Storage, "getItem" | "setItem" | "removeItem" | "key" | "length">;

/**
 * The plan store of the standalone planner: the plan lives in the browser's IndexedDB (room for a plan of
 * the supported size) under `key`; a plan kept aside goes to `<key>.aside.<ISO timestamp>`, the plans it
 * replaced to `<key>.replaced`. On first use, the texts an older version kept in localStorage under `key`
 * and `key.…` are copied over, each removed from localStorage only once its copy reads back the same. When
 * the browser refuses IndexedDB (or the copy fails), the plan stays in localStorage, as before. A storage that
 * is full or disabled gives a {@link PlanStoreError} `storage` that says what to do.
 *
 * @param factory - `indexedDB`
 * @param legacy - `localStorage`: where older versions kept the plan, and where it stays if IndexedDB fails
 * @param key - where the plan lives
 * @param codec - how plans become text and back (the task pane's plan schema)
 * @param options - the clock for timestamps
 * @returns the store
 * @example
 * const store = indexedDbPlanStore(indexedDB, localStorage, "csmkit.plan", planCodec);
 * await store.load()
 * //=> { kind: "empty" }
 */
export function indexedDbPlanStore<P>(
  factory: IDBFactory,
  legacy: LegacyStorage,
  key: string,
  codec: PlanCodec<P>,
  options: PlanStoreOptions = {},
): PlanStore<P> {
  const texts = (async (): Promise<TextStore> => {
    let database: TextStore;
    try {
      database = await openTexts(factory);
    } catch {
      return storageTexts(legacy);
    }
    try {
      await moveOver(legacy, database, key);
    } catch {
      // Whatever could not be moved is still in localStorage: the plan stays there this time.
      if (legacy.getItem(key) !== null) return storageTexts(legacy);
    }
    return database;
  })();
  return storeOver(guarded(texts), key, codec, options);
}

/** Copies `key` and `key.…` from localStorage to the database, removing each once its copy reads back. */
async function moveOver(legacy: LegacyStorage, database: TextStore, key: string): Promise<void> {
  const names: string[] = [];
  for (let i = 0; i < legacy.length; i++) {
    const name = legacy.key(i);
    if (name !== null && (name === key || name.startsWith(`${key}.`))) names.push(name);
  }
  for (const name of names) {
    const value = legacy.getItem(name);
    if (value === null) continue;
    // A text already in the database (moved before, or saved since) is not overwritten by an older copy.
    if ((await database.get(name)) === undefined) await database.set(name, value);
    if ((await database.get(name)) === value) legacy.removeItem(name);
  }
}
