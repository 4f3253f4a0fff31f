/**
 * Runs in the page (or frame): the drafts Parley keeps in this origin's IndexedDB, as raw JSON.
 * It stands alone, as it is sent to the browser as source, and never creates the database.
 */
export function draftsInPage(): Promise<string[]> {
  return new Promise((resolve, reject) => {
    const open = indexedDB.open('parley');
    // No database yet: no drafts (and the app's own first open must create it, not this).
    open.onupgradeneeded = () => open.transaction?.abort();
    open.onerror = () => resolve([]);
    open.onsuccess = () => {
      const db = open.result;
      const request = db
        .transaction('values')
        .objectStore('values')
        .getAll(IDBKeyRange.bound('draft:', 'draft:\uffff'));
      request.onsuccess = () => {
        db.close();
        resolve((request.result as { raw: string }[]).map((record) => record.raw));
      };
      request.onerror = () => reject(request.error);
    };
  });
}
