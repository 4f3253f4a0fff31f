// @vitest-environment node
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { openDb } from '../../src/server/db';
import { createVersionedCache } from '../../src/server/page-cache';
import { seedDemo } from '../../src/server/seed';
import { demoSlug } from '../../src/server/seed/demo-article';
import { createSqliteStore } from '../../src/server/sqlite-store';
import { createTestServer, newComment, postJson } from '../helpers/server';

const firstPage = { sort: 'oldest', limit: 200, cursor: null } as const;

describe('cached pages of comments', () => {
  const dirs: string[] = [];
  afterEach(() => {
    for (const dir of dirs.splice(0)) rmSync(dir, { recursive: true, force: true });
  });

  it('are read again after a write through this store or another connection to the file', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'parley-cache-'));
    dirs.push(dir);
    const file = join(dir, 'parley.db');
    const store = createSqliteStore(openDb(file));
    await seedDemo(store);
    const before = await store.listComments(demoSlug, firstPage);
    expect(await store.listComments(demoSlug, firstPage)).toBe(before);

    await store.createComment(
      demoSlug,
      {
        parentId: null,
        author: { name: 'Ana', email: 'ana@example.com' },
        body: 'Through the store.',
        idempotencyKey: 'page-cache-1',
      },
      { status: 'approved', now: new Date() },
    );
    const afterOwnWrite = await store.listComments(demoSlug, firstPage);
    expect(afterOwnWrite?.total).toBe(before!.total + 1);

    // A moderator deletes it from another connection (the sqlite3 shell, say): the cached page
    // may stand for up to a tenth of a second (checking on every read cost GETs a sixth of
    // their speed, test/bench), then the change shows.
    vi.useFakeTimers({ toFake: ['Date'] });
    const other = openDb(file);
    other.prepare('DELETE FROM comments WHERE body = ?').run('Through the store.');
    other.close();
    expect(await store.listComments(demoSlug, firstPage)).toBe(afterOwnWrite);
    vi.advanceTimersByTime(100);
    expect((await store.listComments(demoSlug, firstPage))?.total).toBe(before!.total);
    vi.useRealTimers();
    await store.close();
  });

  it('are kept when a POST is refused: only a stored comment changes a page', async () => {
    const { app, store } = await createTestServer({ rateLimit: { posts: 4, perMs: 60_000 } });
    const page = await store.listComments(demoSlug, firstPage);
    const refused = [
      newComment({ parentId: '999999' }), // 404 parent
      newComment({ subject: 'filled' }), // honeypot
      newComment({ body: '' }), // 400 invalid
    ];
    const url = `/api/articles/${demoSlug}/comments`;
    const first = newComment();
    expect((await app.request(url, postJson(first))).status).toBe(201);
    const afterWrite = await store.listComments(demoSlug, firstPage);
    expect(afterWrite).not.toBe(page);
    for (const body of refused)
      expect((await app.request(url, postJson(body))).status).not.toBe(201);
    // A replay stores nothing; the same key for other words is a 422.
    expect((await app.request(url, postJson(first))).status).toBe(201);
    expect((await app.request(url, postJson({ ...first, body: 'Other words.' }))).status).toBe(422);
    // Posts until the rate limit refuses one (the honeypot's counted too).
    let stored = 0;
    while ((await app.request(url, postJson(newComment({ parentId: '1' })))).status === 201)
      stored++;
    const after = await store.listComments(demoSlug, firstPage);
    expect(stored).toBeGreaterThan(0);
    expect(after?.total).toBe(afterWrite!.total + stored);
    // Nothing refused dropped the page read after the last stored comment.
    for (const body of refused) await app.request(url, postJson(body));
    expect(await store.listComments(demoSlug, firstPage)).toBe(after);
  });

  it('keeps the pages asked for again through a flood of pages asked for once', () => {
    let version = 'a';
    // Ten entries: two on probation, eight protected.
    const cache = createVersionedCache<number>(10, () => version);
    let computed = 0;
    const get = (key: string) => cache.get(key, () => ++computed);
    get('popular');
    get('popular');
    for (let i = 0; i < 100; i++) get(`once ${i}`);
    expect(computed).toBe(101);
    get('popular');
    get('once 99'); // still on probation: a hit, and now protected
    expect(computed).toBe(101);
    get('once 0');
    expect(computed).toBe(102);
    // Nine protected pages for eight places: the least recently used goes back on probation,
    // and out with the next page asked for once.
    for (let i = 0; i < 9; i++) [0, 1].forEach(() => get(`often ${i}`));
    expect(cache.peek('popular')).toBeUndefined();
    expect(cache.peek('often 8')).toBeDefined();
    version = 'b';
    expect(cache.peek('often 8')).toBeUndefined();
  });
});
