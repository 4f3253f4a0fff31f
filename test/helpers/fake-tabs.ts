import { createSafeStorage, type SafeStorage } from '../../src/client/lib/safe-storage';

/** A localStorage in memory: `full` makes writes throw QuotaExceededError, as a full disk does. */
export class MemoryStorage implements Storage {
  private readonly items = new Map<string, string>();
  full = false;
  get length() {
    return this.items.size;
  }
  key(index: number) {
    return [...this.items.keys()][index] ?? null;
  }
  getItem(key: string) {
    return this.items.get(key) ?? null;
  }
  setItem(key: string, value: string) {
    if (this.full) throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
    this.items.set(key, String(value));
  }
  removeItem(key: string) {
    this.items.delete(key);
  }
  clear() {
    this.items.clear();
  }
}

export interface FakeTab {
  storage: SafeStorage;
  /** Where this tab hears `storage` and `online` events. */
  events: EventTarget & Pick<Window, 'addEventListener' | 'removeEventListener'>;
}

/**
 * Tabs of one origin: they share one storage, and a write in one fires a `storage` event in
 * every other tab (never in itself), as browsers do.
 */
export function createTabs(count = 2, backend = new MemoryStorage()): FakeTab[] {
  const targets = Array.from({ length: count }, () => new EventTarget() as FakeTab['events']);
  const tellOthers = (from: number, key: string) => {
    targets.forEach((target, i) => {
      if (i !== from) target.dispatchEvent(new StorageEvent('storage', { key }));
    });
  };
  return targets.map((events, i) => {
    const view: Storage = {
      get length() {
        return backend.length;
      },
      key: (index) => backend.key(index),
      getItem: (key) => backend.getItem(key),
      setItem: (key, value) => {
        backend.setItem(key, value);
        tellOthers(i, key);
      },
      removeItem: (key) => {
        const had = backend.getItem(key) !== null;
        backend.removeItem(key);
        if (had) tellOthers(i, key);
      },
      clear: () => backend.clear(),
    };
    return { storage: createSafeStorage(() => view, events), events };
  });
}
