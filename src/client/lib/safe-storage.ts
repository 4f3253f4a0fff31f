import * as v from 'valibot';

/**
 * The one way the client keeps what it must remember: drafts, the outbox, collapsed threads,
 * preferences. Reads are synchronous. It survives storage that is disabled (private modes,
 * sandboxed iframes), full (quota errors) or holding bad JSON, and checks the shape of what it
 * reads. When the browser's storage fails, values live in memory for this page instead, and
 * `persistent` turns false so the UI can say they won't survive a reload.
 *
 * Two kinds: `openDurableStorage` (IndexedDB, on disk when a write completes: the app's) and
 * `createSafeStorage` below (localStorage, its fallback, and the tests' and the server's).
 */
export interface SafeStorage {
  read<S extends v.GenericSchema>(key: string, schema: S): v.InferOutput<S> | undefined;
  /** Stores `value` as JSON; returns false when it could only be kept in memory. */
  write(key: string, value: unknown): boolean;
  remove(key: string): void;
  /** Keys that start with `prefix`, from the browser's storage and the in-memory fallback. */
  keys(prefix: string): string[];
  /** False once the browser's storage has failed on this page. */
  readonly persistent: boolean;
  /** Calls back on changes from other tabs and on loss of persistence (`null`). */
  subscribe(listener: (key: string | null) => void): () => void;
  /** Resolves once everything written so far is as safe as this storage can make it. */
  settled(): Promise<void>;
}

/** Parley's keys in localStorage start with this, so other scripts of the origin are left alone. */
export const storageNamespace = 'parley:';

/** A stored JSON value checked against `schema`; anything unreadable is missing. */
export function parseStored<S extends v.GenericSchema>(
  raw: string | null | undefined,
  schema: S,
): v.InferOutput<S> | undefined {
  if (raw === null || raw === undefined) return undefined;
  try {
    const result = v.safeParse(schema, JSON.parse(raw));
    return result.success ? result.output : undefined;
  } catch {
    return undefined;
  }
}

export function createSafeStorage(
  getBackend: () => Storage | null = () => globalThis.localStorage ?? null,
  eventTarget: Pick<Window, 'addEventListener' | 'removeEventListener'> | null = typeof window ===
  'undefined'
    ? null
    : window,
): SafeStorage {
  const memory = new Map<string, string>();
  const listeners = new Set<(key: string | null) => void>();
  let backend: Storage | null = null;
  try {
    backend = getBackend();
    // Some browsers expose a storage object that throws on first use.
    backend?.getItem(`${storageNamespace}probe`);
  } catch {
    backend = null;
  }
  let persistent = backend !== null;

  const fail = () => {
    if (!persistent) return;
    persistent = false;
    for (const listener of listeners) listener(null);
  };

  const rawGet = (key: string): string | null => {
    if (memory.has(key)) return memory.get(key)!;
    try {
      return backend?.getItem(storageNamespace + key) ?? null;
    } catch {
      return null;
    }
  };

  const onStorage = (event: StorageEvent) => {
    if (event.key !== null && !event.key.startsWith(storageNamespace)) return;
    const key = event.key === null ? null : event.key.slice(storageNamespace.length);
    for (const listener of listeners) listener(key);
  };

  return {
    get persistent() {
      return persistent;
    },

    read: (key, schema) => parseStored(rawGet(key), schema),

    write(key, value) {
      const raw = JSON.stringify(value);
      if (backend && persistent) {
        try {
          backend.setItem(storageNamespace + key, raw);
          memory.delete(key);
          return true;
        } catch {
          fail();
        }
      }
      memory.set(key, raw);
      return false;
    },

    remove(key) {
      memory.delete(key);
      try {
        backend?.removeItem(storageNamespace + key);
      } catch {
        // Nothing to do: the value is gone from memory, and storage that throws holds nothing new.
      }
    },

    keys(prefix) {
      const found = new Set<string>();
      for (const key of memory.keys()) if (key.startsWith(prefix)) found.add(key);
      try {
        if (backend) {
          for (let i = 0; i < backend.length; i++) {
            const full = backend.key(i);
            if (full?.startsWith(storageNamespace + prefix))
              found.add(full.slice(storageNamespace.length));
          }
        }
      } catch {
        // Unreadable storage lists nothing.
      }
      return [...found];
    },

    subscribe(listener) {
      if (listeners.size === 0) eventTarget?.addEventListener('storage', onStorage);
      listeners.add(listener);
      return () => {
        listeners.delete(listener);
        if (listeners.size === 0) eventTarget?.removeEventListener('storage', onStorage);
      };
    },

    // localStorage has no completion to wait for: the browser writes it to disk when it likes.
    settled: () => Promise.resolve(),
  };
}
