import { IDBDatabase, IDBFactory } from 'fake-indexeddb';
import * as v from 'valibot';
import { describe, expect, it, vi } from 'vitest';
import { openDurableStorage } from '../../src/client/lib/durable-storage';

const text = v.string();

/** One browser profile: one IndexedDB and one localStorage, shared by the tabs opened on it. */
function profile() {
  const indexedDB = new IDBFactory();
  const channelName = `parley-test-${crypto.randomUUID()}`;
  const open = () =>
    openDurableStorage({
      indexedDB,
      localStorage: () => localStorage,
      channel: () => new BroadcastChannel(channelName),
    });
  return { indexedDB, open };
}

describe('openDurableStorage', () => {
  it('keeps what was written for the next page, once the write has settled', async () => {
    const { open } = profile();
    const first = await open();
    expect(first.persistent).toBe(true);
    first.write('draft:a', 'hello');
    expect(first.read('draft:a', text)).toBe('hello');
    await first.settled();

    const next = await open();
    expect(next.read('draft:a', text)).toBe('hello');
    expect(next.keys('draft:')).toEqual(['draft:a']);
    expect(localStorage.getItem('parley:draft:a')).toBeNull();
  });

  it('forgets what was removed, and checks the shape of what it reads', async () => {
    const { open } = profile();
    const first = await open();
    first.write('a', 'one');
    first.write('b', 2);
    first.remove('a');
    await first.settled();

    const next = await open();
    expect(next.read('a', text)).toBeUndefined();
    expect(next.read('b', text)).toBeUndefined();
    expect(next.read('b', v.number())).toBe(2);
  });

  it('replays a write whose page went away before IndexedDB had it, unless IndexedDB has a newer one', async () => {
    const { open } = profile();
    const first = await open();
    first.write('draft:a', 'settled long ago');
    first.write('draft:b', 'settled just now');
    await first.settled();
    expect(Object.keys(localStorage)).toEqual([]);
    const at = Date.now();
    // What a page leaves when it goes away with its transactions still open.
    localStorage.setItem(
      'parley-pending:draft:a',
      JSON.stringify({ raw: '"typed as the page closed"', at: at + 1_000 }),
    );
    localStorage.setItem('parley-pending:draft:b', JSON.stringify({ raw: '"older"', at: 0 }));
    localStorage.setItem('parley-pending:draft:c', JSON.stringify({ raw: null, at: at + 1_000 }));

    const next = await open();
    expect(next.read('draft:a', text)).toBe('typed as the page closed');
    expect(next.read('draft:b', text)).toBe('settled just now');
    expect(next.keys('draft:')).toEqual(['draft:a', 'draft:b']);
    await next.settled();
    expect(Object.keys(localStorage)).toEqual([]);
    expect((await open()).read('draft:a', text)).toBe('typed as the page closed');
  });

  it("moves an older version's localStorage values in once, and leaves IndexedDB's newer ones", async () => {
    const { open } = profile();
    const first = await open();
    first.write('kept', 'from IndexedDB');
    await first.settled();
    localStorage.setItem('parley:kept', JSON.stringify('older copy'));
    localStorage.setItem('parley:draft:x', JSON.stringify('typed before the update'));
    localStorage.setItem('someone-else', 'theirs');

    const next = await open();
    expect(next.read('draft:x', text)).toBe('typed before the update');
    expect(next.read('kept', text)).toBe('from IndexedDB');
    // They leave localStorage once IndexedDB has them.
    await next.settled();
    expect(localStorage.getItem('parley:draft:x')).toBeNull();
    expect(localStorage.getItem('parley:kept')).toBeNull();
    expect(localStorage.getItem('someone-else')).toBe('theirs');

    const after = await open();
    expect(after.read('draft:x', text)).toBe('typed before the update');
  });

  it('tells other tabs what was written and removed', async () => {
    const { open } = profile();
    const [one, two] = [await open(), await open()];
    const heard: (string | null)[] = [];
    two.subscribe((key) => heard.push(key));

    one.write('draft:a', 'from tab one');
    await vi.waitFor(() => expect(two.read('draft:a', text)).toBe('from tab one'));
    one.remove('draft:a');
    await vi.waitFor(() => expect(two.read('draft:a', text)).toBeUndefined());
    expect(heard).toEqual(['draft:a', 'draft:a']);
  });

  it('adds its store to a database of its name that lacks it', async () => {
    const { indexedDB, open } = profile();
    const request = indexedDB.open('parley');
    await new Promise((resolve) => (request.onsuccess = resolve));
    request.result.close();

    const storage = await open();
    storage.write('draft:a', 'kept');
    await storage.settled();
    expect(storage.persistent).toBe(true);
    expect((await open()).read('draft:a', text)).toBe('kept');
  });

  it('falls back to localStorage where IndexedDB cannot be opened', async () => {
    const broken = new IDBFactory();
    vi.spyOn(broken, 'open').mockImplementation(() => {
      throw new DOMException('The user denied permission.', 'SecurityError');
    });
    const storage = await openDurableStorage({
      indexedDB: broken,
      localStorage: () => localStorage,
      channel: () => null,
    });
    expect(storage.persistent).toBe(true);
    storage.write('draft:a', 'kept in localStorage');
    expect(localStorage.getItem('parley:draft:a')).toBe('"kept in localStorage"');
  });

  it('falls back to localStorage where there is no IndexedDB, and to memory where neither works', async () => {
    const local = await openDurableStorage({
      indexedDB: null,
      localStorage: () => localStorage,
      channel: () => null,
    });
    expect(local.persistent).toBe(true);

    const memoryOnly = await openDurableStorage({
      indexedDB: null,
      localStorage: () => {
        throw new DOMException('denied', 'SecurityError');
      },
      channel: () => null,
    });
    expect(memoryOnly.persistent).toBe(false);
    memoryOnly.write('a', 'only here');
    expect(memoryOnly.read('a', text)).toBe('only here');
  });

  it('says when writes stop reaching the disk, and keeps the value for this page', async () => {
    const { open } = profile();
    const storage = await open();
    const told = vi.fn();
    storage.subscribe(told);
    vi.spyOn(IDBDatabase.prototype, 'transaction').mockImplementation(() => {
      throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
    });
    expect(storage.write('draft:a', 'too much')).toBe(true);
    await storage.settled();
    expect(storage.persistent).toBe(false);
    expect(told).toHaveBeenCalledWith(null);
    expect(storage.read('draft:a', text)).toBe('too much');
    expect(storage.write('draft:b', 'more')).toBe(false);
  });
});
