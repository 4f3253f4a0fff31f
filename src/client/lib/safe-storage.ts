import * as v from 'valibot';

/**
 * The one way the client touches localStorage. It survives storage that is disabled (private
 * modes, sandboxed iframes), full (quota errors) or holding bad JSON, and checks the shape of what
 * it reads. When the browser's storage fails, values live in memory for this page instead, and
 * `persistent` turns false so the UI can say they won't survive a reload.
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
  /** Calls back on changes from other tabs (`storage` events) and on loss of persistence. */
  subscribe(listener: (key: string | null) => void): () => void;
}

const namespace = 'parley:';

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
    backend?.getItem(`${namespace}probe`);
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
      return backend?.getItem(namespace + key) ?? null;
    } catch {
      return null;
    }
  };

  const onStorage = (event: StorageEvent) => {
    if (event.key !== null && !event.key.startsWith(namespace)) return;
    const key = event.key === null ? null : event.key.slice(namespace.length);
    for (const listener of listeners) listener(key);
  };

  return {
    get persistent() {
      return persistent;
    },

    read(key, schema) {
      const raw = rawGet(key);
      if (raw === null) return undefined;
      try {
        const result = v.safeParse(schema, JSON.parse(raw));
        return result.success ? result.output : undefined;
      } catch {
        return undefined;
      }
    },

    write(key, value) {
      const raw = JSON.stringify(value);
      if (backend && persistent) {
        try {
          backend.setItem(namespace + key, raw);
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
        backend?.removeItem(namespace + key);
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
            if (full?.startsWith(namespace + prefix)) found.add(full.slice(namespace.length));
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
  };
}
