import * as v from 'valibot';
import { describe, expect, it, vi } from 'vitest';
import { createSafeStorage } from '../../src/client/lib/safe-storage';

const numbers = v.array(v.number());

describe('createSafeStorage', () => {
  it('writes JSON under its namespace and reads it back checked against a schema', () => {
    const storage = createSafeStorage(() => localStorage);
    expect(storage.write('a', [1, 2])).toBe(true);
    expect(localStorage.getItem('parley:a')).toBe('[1,2]');
    expect(storage.read('a', numbers)).toEqual([1, 2]);
    expect(storage.read('a', v.string())).toBeUndefined();
    expect(storage.persistent).toBe(true);
  });

  it('reads corrupt JSON as missing, without throwing', () => {
    localStorage.setItem('parley:broken', '{not json');
    expect(createSafeStorage(() => localStorage).read('broken', numbers)).toBeUndefined();
  });

  it('keeps values in memory when storage is disabled, and says they will not persist', () => {
    const storage = createSafeStorage(() => {
      throw new DOMException('denied', 'SecurityError');
    });
    expect(storage.persistent).toBe(false);
    expect(storage.write('a', [3])).toBe(false);
    expect(storage.read('a', numbers)).toEqual([3]);
    expect(storage.keys('')).toEqual(['a']);
  });

  it('falls back to memory when storage is full, and tells its subscribers', () => {
    const full = {
      ...localStorage,
      getItem: () => null,
      key: () => null,
      length: 0,
      setItem: () => {
        throw new DOMException('full', 'QuotaExceededError');
      },
      removeItem: () => undefined,
      clear: () => undefined,
    } as Storage;
    const storage = createSafeStorage(() => full);
    const listener = vi.fn();
    storage.subscribe(listener);
    expect(storage.write('draft', [1])).toBe(false);
    expect(storage.persistent).toBe(false);
    expect(listener).toHaveBeenCalledWith(null);
    expect(storage.read('draft', numbers)).toEqual([1]);
  });

  it('passes on changes made in other tabs, for its own keys only', () => {
    const storage = createSafeStorage(() => localStorage);
    const listener = vi.fn();
    const stop = storage.subscribe(listener);
    window.dispatchEvent(new StorageEvent('storage', { key: 'parley:x' }));
    window.dispatchEvent(new StorageEvent('storage', { key: 'someone-else' }));
    expect(listener.mock.calls).toEqual([['x']]);
    stop();
    window.dispatchEvent(new StorageEvent('storage', { key: 'parley:x' }));
    expect(listener).toHaveBeenCalledTimes(1);
  });

  it('lists and removes keys by prefix', () => {
    const storage = createSafeStorage(() => localStorage);
    storage.write('draft:1', [1]);
    storage.write('draft:2', [2]);
    storage.write('other', [3]);
    expect(storage.keys('draft:').sort()).toEqual(['draft:1', 'draft:2']);
    storage.remove('draft:1');
    expect(storage.keys('draft:')).toEqual(['draft:2']);
  });
});
