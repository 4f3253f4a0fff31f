import * as v from 'valibot';
import type { SafeStorage } from '../lib/safe-storage';

export type LockResult<T> = { acquired: true; value: T } | { acquired: false };

/** Runs `task` while holding the lock `name` in every tab of this origin, or reports it busy. */
export type TryLock = <T>(name: string, task: () => Promise<T>) => Promise<LockResult<T>>;

/**
 * Web Locks where the browser has them: held across tabs and released by the browser itself
 * when a tab dies mid-send, so nothing is left locked.
 */
function webLocks(locks: LockManager): TryLock {
  return async <T>(name: string, task: () => Promise<T>) => {
    let result: LockResult<T> = { acquired: false };
    await locks.request(name, { ifAvailable: true }, async (lock) => {
      if (lock) result = { acquired: true, value: await task() };
    });
    return result;
  };
}

const leaseSchema = v.object({ owner: v.string(), until: v.number() });

/**
 * Where there are no Web Locks: a lease in storage that expires by itself (a tab that died
 * holding it blocks others for `ttlMs` at most). localStorage has no compare-and-set, so after
 * writing its claim a tab waits `settleMs` and checks it still holds the lease; two tabs can
 * still both win in rare timings, and the server's idempotency key is the guard behind this one.
 */
export function storageLease(
  storage: SafeStorage,
  owner: string,
  { ttlMs = 60_000, settleMs = 50 }: { ttlMs?: number; settleMs?: number } = {},
): TryLock {
  return async (name, task) => {
    const key = `lease:${name}`;
    const held = () => storage.read(key, leaseSchema);
    const current = held();
    if (current && current.owner !== owner && current.until > Date.now()) {
      return { acquired: false };
    }
    storage.write(key, { owner, until: Date.now() + ttlMs });
    await new Promise((resolve) => setTimeout(resolve, settleMs));
    if (held()?.owner !== owner) return { acquired: false };
    try {
      return { acquired: true, value: await task() };
    } finally {
      if (held()?.owner === owner) storage.remove(key);
    }
  };
}

/** The best lock this browser offers. */
export function defaultLock(storage: SafeStorage, owner: string): TryLock {
  const locks = typeof navigator === 'undefined' ? undefined : navigator.locks;
  return locks ? webLocks(locks) : storageLease(storage, owner);
}
