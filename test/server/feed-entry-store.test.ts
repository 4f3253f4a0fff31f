// @vitest-environment node
/** The Store's importFeedEntry: an article found again by its feed entry's id (issue 17 item 3). */
import { describe, expect, it } from 'vitest';
import { openDb } from '../../src/server/db';
import type { FeedEntryWrite } from '../../src/server/feed/entry-write';
import { createSqliteStore } from '../../src/server/sqlite-store';

const entry = (changes: Partial<FeedEntryWrite['article']> = {}): FeedEntryWrite => ({
  entryId: 'https://blog.example.com/?p=1',
  slugs: ['hello', 'hello-1a2b3c4d'],
  article: {
    title: 'Hello',
    url: 'https://blog.example.com/hello/',
    lang: 'en-GB',
    publishedAt: '2024-01-10T07:30:00.000Z',
    bodyHtml: '<p>Hi.</p>',
    ...changes,
  },
});

describe('importFeedEntry', () => {
  it('creates, then finds the same article by the entry id: unchanged, or updated in place', async () => {
    const store = createSqliteStore(openDb(':memory:'));
    expect(await store.importFeedEntry(entry())).toEqual({ kind: 'created', slug: 'hello' });
    expect(await store.importFeedEntry(entry())).toEqual({ kind: 'unchanged', slug: 'hello' });
    // A new title or link never moves the article: its slug is the one it first got.
    const changed = { ...entry({ title: 'Hello again' }), slugs: ['hello-again'] };
    expect(await store.importFeedEntry(changed)).toEqual({ kind: 'updated', slug: 'hello' });
    expect(await store.getArticle('hello')).toMatchObject({ title: 'Hello again', lang: 'en-GB' });
    expect(await store.listArticles()).toHaveLength(1);
    await store.close();
  });

  it('leaves another article at its slug alone and takes the next slug; refuses when none is free', async () => {
    const store = createSqliteStore(openDb(':memory:'));
    await store.putArticle({
      slug: 'hello',
      title: 'Mine',
      bodyHtml: '<p>x</p>',
      commentsOpen: true,
    });
    expect(await store.importFeedEntry(entry())).toEqual({
      kind: 'created',
      slug: 'hello-1a2b3c4d',
    });
    expect((await store.getArticle('hello'))!.title).toBe('Mine');
    const other = { ...entry(), entryId: 'another', slugs: ['hello', 'hello-1a2b3c4d'] };
    expect(await store.importFeedEntry(other)).toEqual({ kind: 'slug-taken' });
    await store.close();
  });

  it('keeps closed comments on update, and does not bring back an article deleted here', async () => {
    const store = createSqliteStore(openDb(':memory:'));
    await store.importFeedEntry(entry());
    await store.updateArticle('hello', { commentsOpen: false });
    await store.importFeedEntry(entry({ bodyHtml: '<p>New.</p>' }));
    expect(await store.getArticle('hello')).toMatchObject({
      commentsOpen: false,
      bodyHtml: '<p>New.</p>',
    });
    await store.deleteArticle('hello', 'keep', new Date());
    expect(await store.importFeedEntry(entry())).toEqual({ kind: 'deleted', slug: 'hello' });
    expect(await store.getArticle('hello')).toBeNull();
    // Deleted with its comments, the row and its entry id are gone: a new import creates it.
    await store.deleteArticle('hello', 'delete', new Date());
    expect(await store.importFeedEntry(entry())).toEqual({ kind: 'created', slug: 'hello' });
    await store.close();
  });
});
