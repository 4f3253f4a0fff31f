import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { createDraftSaver, draftSaveDelayMs } from '../../src/client/drafts/draft-saver';
import type { DraftContent } from '../../src/client/drafts/draft-schema';
import { createDraftStore, draftLifetimeMs } from '../../src/client/drafts/draft-store';
import { createSafeStorage } from '../../src/client/lib/safe-storage';
import { createTabs, MemoryStorage } from '../helpers/fake-tabs';

const source = 'api:';
const here = { slug: 'an-article', parentId: '5' };
const content = (body: string, key = 'key-12345678'): DraftContent => ({
  fields: { body, name: 'Ana', email: 'ana@example.com', url: '' },
  remember: false,
  idempotencyKey: key,
});

beforeEach(() => {
  vi.useFakeTimers();
});
afterEach(() => {
  vi.useRealTimers();
});

describe('the draft saver', () => {
  it('saves 300 ms after the last keystroke, not before', () => {
    const store = createDraftStore(
      createSafeStorage(() => new MemoryStorage()),
      source,
    );
    const saver = createDraftSaver(store, here);
    saver.schedule(content('H'));
    vi.advanceTimersByTime(draftSaveDelayMs - 1);
    saver.schedule(content('He'));
    vi.advanceTimersByTime(draftSaveDelayMs - 1);
    expect(store.read(here)).toBeUndefined();
    expect(saver.pending).toBe(true);
    vi.advanceTimersByTime(1);
    expect(store.read(here)?.fields.body).toBe('He');
    expect(saver.pending).toBe(false);
  });

  it('saves at once on flush (blur, pagehide), and flushing twice writes once', () => {
    const storage = createSafeStorage(() => new MemoryStorage());
    const store = createDraftStore(storage, source);
    const saver = createDraftSaver(store, here);
    const write = vi.spyOn(storage, 'write');
    saver.schedule(content('Typed just now'));
    saver.flush();
    saver.flush();
    expect(store.read(here)?.fields.body).toBe('Typed just now');
    expect(write).toHaveBeenCalledTimes(1);
    vi.advanceTimersByTime(draftSaveDelayMs * 2);
    expect(write).toHaveBeenCalledTimes(1);
  });

  it('forgets what waits on cancel', () => {
    const store = createDraftStore(
      createSafeStorage(() => new MemoryStorage()),
      source,
    );
    const saver = createDraftSaver(store, here);
    saver.schedule(content('Never mind'));
    saver.cancel();
    vi.advanceTimersByTime(draftSaveDelayMs);
    expect(store.read(here)).toBeUndefined();
  });
});

describe('the draft store', () => {
  it('keeps one draft per source, article and parent, and none for empty text', () => {
    const storage = createSafeStorage(() => new MemoryStorage());
    const store = createDraftStore(storage, source);
    store.save(here, content('To comment 5'));
    store.save({ ...here, parentId: null }, content('To the article'));
    expect(store.read(here)?.fields.body).toBe('To comment 5');
    expect(store.read({ ...here, parentId: null })?.fields.body).toBe('To the article');
    expect(createDraftStore(storage, 'static:/').read(here)).toBeUndefined();
    store.save(here, content('   '));
    expect(store.has(here)).toBe(false);
  });

  it('drops drafts untouched for 30 days, on read and on sweep', () => {
    const storage = createSafeStorage(() => new MemoryStorage());
    const store = createDraftStore(storage, source);
    store.save(here, content('Old'));
    store.save({ ...here, parentId: '6' }, content('Old too'));
    vi.advanceTimersByTime(draftLifetimeMs);
    expect(store.read(here)?.fields.body).toBe('Old');
    vi.advanceTimersByTime(1);
    expect(store.read(here)).toBeUndefined();
    expect(storage.keys('draft:')).toHaveLength(1);
    store.sweep();
    expect(storage.keys('draft:')).toHaveLength(0);
  });

  it('reads corrupt or wrongly shaped drafts as none, and can replace them', () => {
    const backend = new MemoryStorage();
    const store = createDraftStore(
      createSafeStorage(() => backend),
      source,
    );
    const key = 'parley:draft:api%3A:an-article:5';
    backend.setItem(key, '{"fields": {"body": "half a wri');
    expect(store.read(here)).toBeUndefined();
    backend.setItem(key, JSON.stringify({ fields: { body: 1 }, updatedAt: 'soon' }));
    expect(store.has(here)).toBe(false);
    store.save(here, content('Fresh'));
    expect(store.read(here)?.fields.body).toBe('Fresh');
  });

  it('keeps drafts in memory when storage is full, and says they won’t persist', () => {
    const backend = new MemoryStorage();
    const store = createDraftStore(
      createSafeStorage(() => backend),
      source,
    );
    const listener = vi.fn();
    store.subscribe(listener);
    expect(store.persistent).toBe(true);
    backend.full = true;
    store.save(here, content('Still here'));
    expect(store.persistent).toBe(false);
    expect(listener).toHaveBeenCalledWith(null);
    expect(store.read(here)?.fields.body).toBe('Still here');
  });

  it('works in memory when storage is disabled altogether', () => {
    const store = createDraftStore(
      createSafeStorage(() => {
        throw new DOMException('denied', 'SecurityError');
      }),
      source,
    );
    expect(store.persistent).toBe(false);
    store.save(here, content('In memory'));
    expect(store.read(here)?.fields.body).toBe('In memory');
    store.remove(here);
    expect(store.has(here)).toBe(false);
  });

  it('hears drafts written and removed in another tab, for the right form', () => {
    const [tabA, tabB] = createTabs();
    const storeA = createDraftStore(tabA!.storage, source);
    const storeB = createDraftStore(tabB!.storage, source);
    const heard = vi.fn();
    storeB.subscribe(heard);
    storeA.save(here, content('From tab A'));
    expect(heard).toHaveBeenLastCalledWith(here);
    expect(storeB.read(here)?.fields.body).toBe('From tab A');
    storeA.remove(here);
    expect(heard).toHaveBeenCalledTimes(2);
    expect(storeB.has(here)).toBe(false);
    // Another source's drafts are none of this store's business.
    createDraftStore(tabA!.storage, 'static:/').save(here, content('Elsewhere'));
    expect(heard).toHaveBeenCalledTimes(2);
  });

  it('tells its own page’s listeners too, since browsers fire no storage event in the writer', () => {
    const store = createDraftStore(
      createSafeStorage(() => new MemoryStorage()),
      source,
    );
    const heard = vi.fn();
    const stop = store.subscribe(heard);
    store.save(here, content('Mine'));
    store.remove(here);
    expect(heard.mock.calls).toEqual([[here], [here]]);
    stop();
    store.save(here, content('Unheard'));
    expect(heard).toHaveBeenCalledTimes(2);
  });
});
