import { delMany, entries, promisifyRequest, setMany, type UseStore } from 'idb-keyval';
import { createSafeStorage, parseStored, storageNamespace, type SafeStorage } from './safe-storage';

const databaseName = 'parley';
const storeName = 'values';
/** localStorage keys of writes IndexedDB may not have yet (see `openDurableStorage`). */
const pendingPrefix = 'parley-pending:';
/**
 * An IndexedDB that has not opened by then (blocked by another tab's upgrade, a broken profile)
 * is given up for localStorage: the page must not wait on it.
 */
const openTimeoutMs = 1_500;

export interface DurableStorageOptions {
  /** The browser's IndexedDB; none (or one that fails to open) means localStorage. */
  indexedDB?: IDBFactory | null;
  /** Where the fallback lives, where pending writes wait, and where older versions kept values. */
  localStorage?: () => Storage | null;
  /** How tabs of this origin tell each other what they wrote. */
  channel?: () => BroadcastChannel | null;
}

/** A value (`raw` JSON, or null: removed) and when it was written, in ms since the epoch. */
interface Change {
  raw: string | null;
  at: number;
}

const isChange = (data: unknown): data is Change =>
  typeof data === 'object' &&
  data !== null &&
  typeof (data as Change).at === 'number' &&
  (typeof (data as Change).raw === 'string' || (data as Change).raw === null);

/**
 * Storage whose writes are on disk when they complete: IndexedDB, each transaction asking for
 * `durability: 'strict'`. localStorage is given to the disk lazily (Chromium: seconds later), so
 * a crashed browser loses what it held; a completed IndexedDB transaction survives. But a
 * transaction still open when the page goes away (the draft saved on `pagehide`, a reload right
 * after typing) is aborted with it, where localStorage is not. So every write also waits in
 * localStorage until its transaction completes, and the next page replays what is still there
 * unless IndexedDB holds something newer: a crash loses only what neither kept, a reload nothing.
 *
 * Reads come from a copy in memory loaded here, so they stay synchronous; other tabs hear of
 * writes on a BroadcastChannel. Where IndexedDB cannot be opened, this is localStorage as
 * before; values an older version kept in localStorage move here the first time it opens.
 */
export async function openDurableStorage({
  indexedDB = globalThis.indexedDB ?? null,
  localStorage = () => globalThis.localStorage ?? null,
  channel = () =>
    typeof BroadcastChannel === 'undefined' ? null : new BroadcastChannel('parley-storage'),
}: DurableStorageOptions = {}): Promise<SafeStorage> {
  const store = indexedDB ? await openStore(indexedDB).catch(() => null) : null;
  if (!store) return createSafeStorage(localStorage);
  const local = usable(localStorage);

  const values = new Map<string, string>();
  const listeners = new Set<(key: string | null) => void>();
  const notify = (key: string | null) => {
    for (const listener of listeners) listener(key);
  };
  const put = (key: string, raw: string | null) =>
    raw === null ? values.delete(key) : values.set(key, raw);

  // Listening before loading: a change told meanwhile is newer than what the load reads.
  const tabs = channel();
  const toldWhileLoading = new Set<string>();
  let loading = true;
  if (tabs) {
    tabs.onmessage = ({ data }: MessageEvent<{ key?: unknown; change?: unknown }>) => {
      const { key, change } = data;
      if (typeof key !== 'string' || !isChange(change)) return;
      put(key, change.raw);
      if (loading) toldWhileLoading.add(key);
      else notify(key);
    };
  }
  const stored = await entries<string, unknown>(store).catch(() => null);
  if (!stored) {
    tabs?.close();
    return createSafeStorage(localStorage);
  }
  const storedAt = new Map<string, number>();
  for (const [key, record] of stored) {
    if (typeof key !== 'string' || !isChange(record) || toldWhileLoading.has(key)) continue;
    put(key, record.raw);
    storedAt.set(key, record.at);
  }
  loading = false;

  let persistent = true;
  let lastWrite: Promise<void> = Promise.resolve();
  /**
   * Writes `key` to IndexedDB, its change waiting in localStorage under `localKey` until the
   * transaction completes. IndexedDB runs transactions in order: the last one done means all are.
   */
  const persist = (key: string, change: Change, localKey?: string, waiting?: string) => {
    if (localKey === undefined || waiting === undefined) {
      localKey = pendingPrefix + key;
      waiting = JSON.stringify(change);
      attempt(() => local?.setItem(localKey!, waiting!));
    }
    const transaction =
      change.raw === null ? delMany([key], store) : setMany([[key, change]], store);
    lastWrite = transaction.then(
      () => attempt(() => local?.getItem(localKey) === waiting && local.removeItem(localKey)),
      () => {
        if (!persistent) return;
        persistent = false;
        notify(null);
      },
    );
  };

  // What earlier pages wrote that IndexedDB may lack, unless it holds something newer.
  for (const [localKey, key, change, waiting] of carriedOver(local)) {
    if ((storedAt.get(key) ?? -1) > change.at) attempt(() => local?.removeItem(localKey));
    else {
      put(key, change.raw);
      persist(key, change, localKey, waiting);
    }
  }

  const change = (key: string, raw: string | null) => {
    put(key, raw);
    const at = Date.now();
    if (persistent) persist(key, { raw, at });
    attempt(() => tabs?.postMessage({ key, change: { raw, at } }));
  };

  return {
    get persistent() {
      return persistent;
    },
    read: (key, schema) => parseStored(values.get(key), schema),
    write(key, value) {
      change(key, JSON.stringify(value));
      return persistent;
    },
    remove(key) {
      if (values.has(key)) change(key, null);
    },
    keys: (prefix) => [...values.keys()].filter((key) => key.startsWith(prefix)),
    subscribe(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    settled: () => lastWrite,
  };
}

/** Runs a step that may throw (storage disabled or full, a closed channel) for nothing. */
function attempt(step: () => unknown): void {
  try {
    step();
  } catch {
    // Nothing more to do: the value is in memory and, where it could be, in IndexedDB.
  }
}

function usable(getStorage: () => Storage | null): Storage | null {
  try {
    return getStorage();
  } catch {
    return null;
  }
}

/**
 * Changes kept in localStorage that IndexedDB may not have: writes of pages that went away
 * before their transaction completed, and values an older version kept there (as old as can be).
 */
function carriedOver(
  local: Storage | null,
): [localKey: string, key: string, Change, waiting: string][] {
  const found: [string, string, Change, string][] = [];
  attempt(() => {
    for (let i = 0; i < local!.length; i++) {
      const localKey = local!.key(i) ?? '';
      const raw = local!.getItem(localKey);
      if (raw === null) continue;
      if (localKey.startsWith(storageNamespace)) {
        found.push([localKey, localKey.slice(storageNamespace.length), { raw, at: 0 }, raw]);
      } else if (localKey.startsWith(pendingPrefix)) {
        const change = parseChange(raw);
        if (change) found.push([localKey, localKey.slice(pendingPrefix.length), change, raw]);
      }
    }
  });
  return found;
}

function parseChange(raw: string): Change | undefined {
  try {
    const change: unknown = JSON.parse(raw);
    return isChange(change) ? change : undefined;
  } catch {
    return undefined;
  }
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
