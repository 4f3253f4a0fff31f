// @vitest-environment node
/**
 * The importer against a recorded WordPress whose last page of comments is salted with hostile
 * records: each must pass the rules a POST does, or be left out and reported on its own.
 */
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { openDb } from '../../src/server/db';
import { createSqliteStore } from '../../src/server/sqlite-store';
import type { Store } from '../../src/server/store';
import { importWordPressPost } from '../../src/server/wordpress/import-post';
import { fixture, recordedSite } from '../wordpress/fixtures';
import { replayingFetch } from '../wordpress/recorded-fetch';

const slug = 'fish-chips-and-a-long-discussion';

const wpComment = (id: number, overrides: Record<string, unknown>) => ({
  id,
  post: 4,
  parent: 0,
  author_name: 'Mallory',
  author_url: '',
  date_gmt: '2024-02-01T10:00:00',
  content: { rendered: `<p>Comment ${id}.</p>\n` },
  link: `${recordedSite}/${slug}/#comment-${id}`,
  status: 'approved',
  ...overrides,
});

/** The hostile records, each with the field the import must refuse it for (or undefined). */
const hostile = [
  { record: wpComment(9001, { status: 'hold' }), refused: undefined },
  { record: wpComment(9002, { status: 'spam' }), refused: undefined },
  { record: wpComment(9003, { author_name: 'Eve\u001b[31m' }), refused: 'author.name' },
  { record: wpComment(9004, { author_name: 'x'.repeat(101) }), refused: 'author.name' },
  { record: wpComment(9005, { author_name: '\u200b\u2060\u3164' }), refused: 'author.name' },
  { record: wpComment(9006, { content: { rendered: '<p>\u200b\u2800</p>' } }), refused: 'body' },
  {
    record: wpComment(9007, { content: { rendered: `<p>${'a'.repeat(10_001)}</p>` } }),
    refused: 'body',
  },
  { record: wpComment(9008, { content: { rendered: '<p>bell&#7;</p>' } }), refused: 'body' },
  { record: wpComment(9009, { date_gmt: '2024-13-45T99:99:99' }), refused: 'date_gmt' },
  { record: { id: 9010, junk: true }, refused: 'post' },
  { record: wpComment(9011, { author_url: 'https://a\u05d0.com' }), refused: undefined },
  { record: wpComment(9012, { author_url: 'HTTPS://Example.COM/a b' }), refused: undefined },
  { record: wpComment(9013, { parent: 9003 }), refused: undefined },
];

/** The recorded discussion, with the hostile records added to its last page. */
function salted() {
  return fixture('read-long-post').map((exchange) =>
    exchange.url.includes('/comments?') && exchange.url.includes('page=3')
      ? {
          ...exchange,
          body: JSON.stringify([
            ...(JSON.parse(exchange.body) as unknown[]),
            ...hostile.map((h) => h.record),
          ]),
        }
      : exchange,
  );
}

let db: ReturnType<typeof openDb>;
let store: Store;
beforeEach(() => {
  db = openDb(':memory:');
  store = createSqliteStore(db);
  vi.spyOn(console, 'warn').mockImplementation(() => {});
});
afterEach(async () => {
  await store.close();
});

const stored = (body: string) =>
  db.prepare('SELECT author_url, status, parent_id FROM comments WHERE body = ?').get(body) as
    { author_url: string | null; status: string; parent_id: number | null } | undefined;

describe('importing hostile WordPress comments', () => {
  it('leaves out and reports each record that breaks the rules, and only those', async () => {
    const result = await importWordPressPost(
      store,
      recordedSite,
      slug,
      replayingFetch(salted()).fetchFn,
    );
    const refused = hostile.filter((h) => h.refused !== undefined);
    const skipped = [...result.skipped].sort((a, b) => Number(a.id) - Number(b.id));
    expect(skipped.map(({ id, field }) => [id, field])).toEqual(
      refused.map((h) => [String(h.record.id), h.refused]),
    );
    for (const skip of result.skipped) expect(skip.message).toMatch(/\w/);
    // The 300 recorded comments and every hostile record the rules accept.
    expect(result.comments).toBe(300 + hostile.length - refused.length);
    expect(result.addressesDropped).toBe(1);
  });

  it('keeps a held comment held, and what a site marks as spam out of sight', async () => {
    await importWordPressPost(store, recordedSite, slug, replayingFetch(salted()).fetchFn);
    expect(stored('Comment 9001.')?.status).toBe('pending');
    expect(stored('Comment 9002.')?.status).toBe('pending');
    expect(stored('Comment 9012.')?.status).toBe('approved');
    const page = await store.listComments(slug, { sort: 'oldest', limit: 500, cursor: null });
    expect(page!.comments.map((c) => c.body)).not.toContain('Comment 9001.');
  });

  it('stores web addresses as browsers serialise them, and none that a browser refuses', async () => {
    await importWordPressPost(store, recordedSite, slug, replayingFetch(salted()).fetchFn);
    expect(stored('Comment 9011.')?.author_url).toBeNull();
    expect(stored('Comment 9012.')?.author_url).toBe('https://example.com/a%20b');
  });

  it('makes a reply whose parent was left out a top-level comment', async () => {
    await importWordPressPost(store, recordedSite, slug, replayingFetch(salted()).fetchFn);
    expect(stored('Comment 9013.')?.parent_id).toBeNull();
  });
});
