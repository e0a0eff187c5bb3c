// Where the standalone planner keeps its plan, read from a walk-through: IndexedDB (database "csmkit", store
// "texts"; see addin/indexed-db-texts.ts), or localStorage where the browser refuses IndexedDB or the plan was
// not moved yet.

/**
 * The text stored under a key, as the page's planner would read it, or `null`.
 *
 * @param page - a Playwright page on the planner
 * @param key - e.g. "csmkit.plan"
 */
export function storedText(page, key) {
  return page.evaluate(
    (key) =>
      new Promise((resolve) => {
        const fallback = () => resolve(localStorage.getItem(key));
        const opening = indexedDB.open("csmkit", 1);
        // Created as the planner creates it, so that opening it here does not leave it without its store.
        opening.onupgradeneeded = () => opening.result.createObjectStore("texts");
        opening.onerror = fallback;
        opening.onsuccess = () => {
          const database = opening.result;
          const request = database.transaction("texts", "readonly").objectStore("texts").get(key);
          request.onsuccess = () => {
            database.close();
            if (typeof request.result === "string") resolve(request.result);
            else fallback();
          };
          request.onerror = () => (database.close(), fallback());
        };
      }),
    key,
  );
}
