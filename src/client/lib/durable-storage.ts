import { delMany, entries, promisifyRequest, setMany, type UseStore } from 'idb-keyval';
import { createSafeStorage, parseStored, storageNamespace, type SafeStorage } from './safe-storage';

const databaseName = 'parley';
const storeName = 'values';
/**
 * An IndexedDB that has not opened by then (blocked by another tab's upgrade, a broken profile)
 * is given up for localStorage: the page must not wait on it.
 */
const openTimeoutMs = 1_500;

export interface DurableStorageOptions {
  /** The browser's IndexedDB; none (or one that fails to open) means localStorage. */
  indexedDB?: IDBFactory | null;
  /** Where the fallback lives, and where drafts of older versions are moved from. */
  localStorage?: () => Storage | null;
  /** How tabs of this origin tell each other what they wrote. */
  channel?: () => BroadcastChannel | null;
}

/** One tab's write, told to the others. `raw` null: removed. */
interface Change {
  key: string;
  raw: string | null;
}

const isChange = (data: unknown): data is Change =>
  typeof data === 'object' &&
  data !== null &&
  typeof (data as Change).key === 'string' &&
  (typeof (data as Change).raw === 'string' || (data as Change).raw === null);

/**
 * Storage whose writes are on disk when they complete: IndexedDB, each transaction asking for
 * `durability: 'strict'`. localStorage is given to the disk lazily (Chromium: seconds later), so
 * a crashed browser loses what it held; a completed IndexedDB transaction survives. Reads come
 * from a copy in memory loaded once here, so they stay synchronous; other tabs hear of writes on
 * a BroadcastChannel. Where IndexedDB cannot be opened, this is localStorage as before, and
 * values once in localStorage are moved here the first time it opens.
 */
export async function openDurableStorage({
  indexedDB = globalThis.indexedDB ?? null,
  localStorage = () => globalThis.localStorage ?? null,
  channel = () =>
    typeof BroadcastChannel === 'undefined' ? null : new BroadcastChannel('parley-storage'),
}: DurableStorageOptions = {}): Promise<SafeStorage> {
  const store = indexedDB ? await openStore(indexedDB).catch(() => null) : null;
  if (!store) return createSafeStorage(localStorage);

  const values = new Map<string, string>();
  const listeners = new Set<(key: string | null) => void>();
  const notify = (key: string | null) => {
    for (const listener of listeners) listener(key);
  };

  // Listening before loading: a change told meanwhile is newer than what the load reads.
  const tabs = channel();
  const toldWhileLoading = new Set<string>();
  let loading = true;
  if (tabs) {
    tabs.onmessage = ({ data }: MessageEvent<unknown>) => {
      if (!isChange(data)) return;
      if (data.raw === null) values.delete(data.key);
      else values.set(data.key, data.raw);
      if (loading) toldWhileLoading.add(data.key);
      else notify(data.key);
    };
  }
  const stored = await entries<string, unknown>(store).catch(() => null);
  if (!stored) {
    tabs?.close();
    return createSafeStorage(localStorage);
  }
  for (const [key, raw] of stored) {
    if (typeof key === 'string' && typeof raw === 'string' && !toldWhileLoading.has(key)) {
      values.set(key, raw);
    }
  }
  loading = false;

  let persistent = true;
  let lastWrite: Promise<void> = Promise.resolve();
  /** Queues a transaction; IndexedDB runs them in order, so the last one done means all are. */
  const persist = (transaction: Promise<void>) => {
    lastWrite = transaction.catch(() => {
      if (!persistent) return;
      persistent = false;
      notify(null);
    });
  };
  const tell = (change: Change) => {
    try {
      tabs?.postMessage(change);
    } catch {
      // A closed channel: other tabs see the change when they next open.
    }
  };

  await moveFromLocalStorage(localStorage, values, store).catch(() => undefined);

  return {
    get persistent() {
      return persistent;
    },
    read: (key, schema) => parseStored(values.get(key), schema),
    write(key, value) {
      const raw = JSON.stringify(value);
      values.set(key, raw);
      if (persistent) persist(setMany([[key, raw]], store));
      tell({ key, raw });
      return persistent;
    },
    remove(key) {
      if (!values.delete(key)) return;
      if (persistent) persist(delMany([key], store));
      tell({ key, raw: null });
    },
    keys: (prefix) => [...values.keys()].filter((key) => key.startsWith(prefix)),
    subscribe(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    settled: () => lastWrite,
  };
}

/** The database, with transactions that complete only once the browser has the data on disk. */
async function openStore(factory: IDBFactory): Promise<UseStore> {
  let timer: ReturnType<typeof setTimeout> | undefined;
  const db = await Promise.race([
    openWithStore(factory),
    new Promise<never>((_, reject) => {
      timer = setTimeout(() => reject(new Error('IndexedDB did not open in time.')), openTimeoutMs);
    }),
  ]).finally(() => clearTimeout(timer));
  // A later version opened in another tab asks this one to step aside.
  db.onversionchange = () => db.close();
  return (mode, callback) =>
    new Promise((resolve) =>
      resolve(
        callback(db.transaction(storeName, mode, { durability: 'strict' }).objectStore(storeName)),
      ),
    );
}

/**
 * The database with its one store. A database of that name without it (made by someone else's
 * script, or half made) gets it in a new version rather than failing every write.
 */
async function openWithStore(factory: IDBFactory, version?: number): Promise<IDBDatabase> {
  const request = factory.open(databaseName, version);
  request.onupgradeneeded = () => {
    if (!request.result.objectStoreNames.contains(storeName)) {
      request.result.createObjectStore(storeName);
    }
  };
  const db = await promisifyRequest(request);
  if (db.objectStoreNames.contains(storeName)) return db;
  db.close();
  return openWithStore(factory, db.version + 1);
}

/**
 * Values older versions kept in localStorage (drafts typed before this one came) move into
 * IndexedDB once; they leave localStorage only after IndexedDB has them on disk. A key already in
 * IndexedDB is newer than its localStorage copy.
 */
async function moveFromLocalStorage(
  getLocalStorage: () => Storage | null,
  values: Map<string, string>,
  store: UseStore,
): Promise<void> {
  const local = getLocalStorage();
  if (!local) return;
  const found: [string, string][] = [];
  for (let i = 0; i < local.length; i++) {
    const full = local.key(i);
    if (!full?.startsWith(storageNamespace)) continue;
    const raw = local.getItem(full);
    if (raw !== null) found.push([full.slice(storageNamespace.length), raw]);
  }
  const moving = found.filter(([key]) => !values.has(key));
  if (moving.length > 0) await setMany(moving, store);
  for (const [key, raw] of moving) values.set(key, raw);
  for (const [key] of found) local.removeItem(storageNamespace + key);
}
