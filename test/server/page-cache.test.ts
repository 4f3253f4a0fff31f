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

  it('keeps the most recently used entries', () => {
    let version = 'a';
    const cache = createVersionedCache<number>(2, () => version);
    let computed = 0;
    const get = (key: string) => cache.get(key, () => ++computed);
    get('x');
    get('y');
    get('x');
    get('z'); // pushes out y, the least recently used
    expect(computed).toBe(3);
    get('x');
    expect(computed).toBe(3);
    get('y');
    expect(computed).toBe(4);
    version = 'b';
    get('x');
    expect(computed).toBe(5);
  });
});
