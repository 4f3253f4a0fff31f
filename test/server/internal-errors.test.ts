// @vitest-environment node
import * as v from 'valibot';
import { describe, expect, it } from 'vitest';
import { apiErrorSchema } from '../../src/core/schemas';
import { createApp } from '../../src/server/app';
import { defaultConfig } from '../../src/server/config';
import { openDb } from '../../src/server/db';
import type { LogRecord } from '../../src/server/logger';
import { seedDemo } from '../../src/server/seed';
import { demoSlug } from '../../src/server/seed/demo-article';
import { createSqliteStore } from '../../src/server/sqlite-store';
import { newComment, postJson } from '../helpers/server';

const commentsUrl = `/api/articles/${demoSlug}/comments`;

/**
 * A real server whose tables are gone, so every query fails inside SQLite. (Both: reading an
 * article touches only `articles`, whose comment count is kept on write.)
 */
async function brokenServer() {
  const db = openDb(':memory:');
  const store = createSqliteStore(db);
  await seedDemo(store);
  db.exec('PRAGMA foreign_keys = OFF; DROP TABLE comments; DROP TABLE articles;');
  const records: LogRecord[] = [];
  const app = createApp(store, { ...defaultConfig, log: (record) => records.push(record) });
  return { app, records };
}

describe('an error inside the server', () => {
  it.each([
    ['GET comments', () => new Request(`http://parley.test${commentsUrl}`)],
    ['GET the article', () => new Request(`http://parley.test/api/articles/${demoSlug}`)],
    [
      'POST a comment',
      () => new Request(`http://parley.test${commentsUrl}`, postJson(newComment())),
    ],
  ])('%s answers 500 with no SQL, stack or message from the error', async (_what, request) => {
    const { app, records } = await brokenServer();
    const res = await app.request(request());
    expect(res.status).toBe(500);
    expect(res.headers.get('content-type')).toMatch(/^application\/json/);
    const text = await res.text();
    expect(v.parse(apiErrorSchema, JSON.parse(text))).toEqual({
      error: {
        code: 'internal',
        message: 'Something went wrong on the server. Try again in a moment.',
      },
    });
    for (const leak of ['no such table', 'comments', 'SQLITE', 'Error', 'sqlite-store', '.ts:']) {
      expect(text).not.toContain(leak);
    }
    // The details are in the log, for the operator.
    const logged = records.find((record) => record.level === 'error');
    expect(logged?.error).toMatch(/no such table: (comments|articles)/);
    expect(logged?.stack).toMatch(/sqlite-store/);
    expect(records.at(-1)).toMatchObject({ msg: 'request', status: 500 });
  });
});
