/**
 * Texts by key in the browser's IndexedDB: the standalone planner's storage. localStorage holds 5 MB or so
 * per site (a plan of 50,000 accounts stopped saving there); IndexedDB is given a share of the disk, so a plan
 * of the supported size fits. One database, one object store, a text per key; each call is its own
 * transaction, and a write resolves only once it is committed (so a full disk rejects it, never silently).
 */

/** The database and object store names. */
export const TEXTS_DATABASE = "csmkit";
const TEXTS = "texts";

/** Texts by key, each call one transaction. */
export interface TextStore {
  get(key: string): Promise<string | undefined>;
  set(key: string, value: string): Promise<void>;
}

/** Why a request or transaction failed, as the browser names it (`QuotaExceededError: …`). */
export function failure(error: DOMException | null | undefined, fallback: string): Error {
  if (error === null || error === undefined) return new Error(fallback);
  const found = new Error(error.message === "" ? error.name : `${error.name}: ${error.message}`);
  found.name = error.name;
  return found;
}

function request<T>(made: IDBRequest<T>): Promise<T> {
  return new Promise((resolve, reject) => {
    made.onsuccess = () => resolve(made.result);
    made.onerror = () => reject(failure(made.error, "The browser's database refused the request."));
  });
}

/**
 * Opens the texts database (creating it the first time).
 *
 * @param factory - `indexedDB`, or a stand-in with the same API (fake-indexeddb in tests)
 * @returns the store; rejects when the browser refuses the database (private browsing, disabled storage)
 * @example
 * const texts = await openTexts(indexedDB);
 * await texts.set("csmkit.plan", "{}");
 * await texts.get("csmkit.plan")
 * //=> "{}"
 */
export async function openTexts(factory: IDBFactory): Promise<TextStore> {
  const opening = factory.open(TEXTS_DATABASE, 1);
  opening.onupgradeneeded = () => {
    if (!opening.result.objectStoreNames.contains(TEXTS)) opening.result.createObjectStore(TEXTS);
  };
  const database = await new Promise<IDBDatabase>((resolve, reject) => {
    opening.onsuccess = () => resolve(opening.result);
    opening.onerror = () => reject(failure(opening.error, "The browser refused its database."));
    opening.onblocked = () => reject(new Error("The browser's database is held by another tab."));
  });
  return {
    async get(key) {
      const value: unknown = await request(
        database.transaction(TEXTS, "readonly").objectStore(TEXTS).get(key),
      );
      return typeof value === "string" ? value : undefined;
    },
    set(key, value) {
      return new Promise((resolve, reject) => {
        const transaction = database.transaction(TEXTS, "readwrite");
        transaction.objectStore(TEXTS).put(value, key);
        transaction.oncomplete = () => resolve();
        // A full disk aborts the transaction (QuotaExceededError), sometimes without a failed request.
        transaction.onabort = () =>
          reject(failure(transaction.error, "The browser's database did not store it."));
        transaction.onerror = (event) => event.preventDefault();
      });
    },
  };
}
