// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { createTurns, ServerBusyError } from '../../src/server/turns';
import { createApp } from '../../src/server/app';
import { defaultConfig } from '../../src/server/config';
import { openDb } from '../../src/server/db';
import { createSqliteStore } from '../../src/server/sqlite-store';
import { newComment, postJson } from '../helpers/server';

/** Holds the event loop for `ms`, as reading an uncached page or rendering does. */
const busyFor = (ms: number) => {
  const until = performance.now() + ms;
  while (performance.now() < until);
};

describe('turns for heavy work', () => {
  it('lets I/O that arrives meanwhile through between two turns, not after all of them', async () => {
    const turns = createTurns();
    const done: string[] = [];
    const heavy = Array.from({ length: 20 }, (_, i) =>
      turns.take().then(() => {
        busyFor(5);
        done.push(`heavy ${i}`);
      }),
    );
    // A cheap answer that becomes ready while the heavy work waits (a timer stands for a socket).
    const cheap = new Promise<void>((resolve) =>
      setTimeout(() => {
        done.push('cheap');
        resolve();
      }, 1),
    );
    await Promise.all([...heavy, cheap]);
    // Without turns it would come after the 100 ms of heavy work; with them, within a few.
    expect(done.indexOf('cheap')).toBeLessThan(5);
    expect(done.filter((item) => item.startsWith('heavy'))).toEqual(
      Array.from({ length: 20 }, (_, i) => `heavy ${i}`),
    );
  });

  it('refuses work past the bound of its line', async () => {
    const turns = createTurns({ maxWaiting: 2 });
    const first = [turns.take(), turns.take()];
    await expect(turns.take()).rejects.toBeInstanceOf(ServerBusyError);
    await Promise.all(first);
    expect(turns.waiting).toBe(0);
    await expect(turns.take()).resolves.toBeUndefined();
  });

  it('makes the API answer 503 with Retry-After when the line is full', async () => {
    const busy = createTurns({ maxWaiting: 0 });
    const crowded = createApp(createSqliteStore(openDb(':memory:'), { turns: busy }));
    const refused = await crowded.request('/api/articles/x/comments');
    expect(refused.status).toBe(503);
    expect(refused.headers.get('retry-after')).toBe('1');
    expect(await refused.json()).toEqual({
      error: { code: 'busy', message: 'The server is busy. Try again in a moment.' },
    });
  });

  it('does not count a post it was too busy to take against the client’s rate limit', async () => {
    const store = createSqliteStore(openDb(':memory:'), { turns: createTurns({ maxWaiting: 0 }) });
    const app = createApp(store, { ...defaultConfig, rateLimit: { posts: 1, perMs: 60_000 } });
    for (let i = 0; i < 3; i++) {
      const res = await app.request('/api/articles/x/comments', postJson(newComment()));
      expect(res.status).toBe(503);
    }
  });
});
