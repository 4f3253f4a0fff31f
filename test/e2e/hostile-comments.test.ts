/**
 * A discussion with one stored comment of every hostile kind, written straight into SQLite as an
 * old or imported record would be, bypassing the API's checks: the reader and the embed show
 * every other comment, and leave out (reporting in the console) only those that break the
 * contract (issue 15 item 2).
 */
import Database from 'better-sqlite3';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser, Frame, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openDb } from '../../src/server/db';
import { createSqliteStore } from '../../src/server/sqlite-store';
import { launchChromium, viewports } from './browser';
import { startHostPage } from './host-page-server';
import { startServer, type RunningServer } from './server-process';

const slug = 'one-hostile-comment-of-each-kind';

/**
 * Each stored comment's body names it; `set` is what is then written over the valid record;
 * `reply`: stored as a reply to the first comment (so listed in its thread).
 */
const records: {
  body: string;
  set?: Record<string, string | number>;
  shown: boolean;
  reply?: boolean;
}[] = [
  { body: 'Plain comment one.', shown: true },
  { body: 'Plain comment two.', shown: true },
  { body: 'Browser-refused host.', set: { author_url: 'https://a\u05d0.com' }, shown: false },
  { body: 'The same in punycode.', set: { author_url: 'https://xn--a-0hc.com/' }, shown: false },
  { body: 'Script address.', set: { author_url: 'javascript:alert(1)' }, shown: false },
  { body: 'Credentials.', set: { author_url: 'https://bank.example@evil.example/' }, shown: false },
  {
    body: 'Address too long.',
    set: { author_url: `https://example.com/${'a'.repeat(3000)}` },
    shown: false,
  },
  { body: 'Not a date.', set: { created_at: 'yesterday' }, shown: false },
  { body: 'Date without zone.', set: { created_at: '2024-01-01 10:00:00' }, shown: false },
  { body: 'Odd but valid address.', set: { author_url: 'HTTPS://Example.COM/a b' }, shown: true },
  { body: 'Invisible name.', set: { author_name: '\u200b\u3164\u2800' }, shown: true },
  { body: 'Empty name.', set: { author_name: '' }, shown: true },
  { body: 'Reversed name.', set: { author_name: '\u202egnp.exe' }, shown: true },
  {
    body: 'Control characters.',
    set: { body: 'Control characters.\u0000\u001b[31m\u0007\ud800' },
    shown: true,
  },
  {
    body: 'Brackets.',
    set: { body: `Brackets. www.a${'('.repeat(4990)}${')'.repeat(4990)}` },
    shown: true,
  },
  { body: 'Lost parent.', set: { parent_id: 999_999 }, shown: true, reply: true },
  { body: 'Reply to plain comment one.', shown: true, reply: true },
];

/** A database with the article, its comments stored valid and then overwritten as above. */
async function hostileDatabase(): Promise<string> {
  const dbFile = join(mkdtempSync(join(tmpdir(), 'parley-hostile-')), 'parley.db');
  const store = createSqliteStore(openDb(dbFile));
  await store.seedArticle({
    slug,
    title: 'One hostile comment of each kind',
    bodyHtml: '<p>Every comment but the broken ones is shown.</p>',
    commentsOpen: true,
    comments: records.map((record, i) => ({
      parentIndex: record.reply ? 0 : null,
      authorName: `Reader ${i}`,
      authorUrl: 'https://example.com/',
      createdAt: new Date(Date.UTC(2024, 0, 1, 0, i)).toISOString(),
      body: record.body,
    })),
  });
  await store.close();
  const db = new Database(dbFile);
  db.pragma('foreign_keys = OFF');
  for (const { body, set } of records) {
    if (!set) continue;
    const columns = Object.keys(set).map((column) => `${column} = @${column}`);
    db.prepare(`UPDATE comments SET ${columns.join(', ')} WHERE body = @match`).run({
      ...set,
      match: body,
    });
  }
  db.close();
  return dbFile;
}

let server: RunningServer;
let browser: Browser;
let host: Awaited<ReturnType<typeof startHostPage>>;
beforeAll(async () => {
  server = await startServer({ dbFile: await hostileDatabase() });
  [browser, host] = await Promise.all([launchChromium(), startHostPage(server.url, [slug])]);
});
afterAll(async () => {
  await Promise.all([browser?.close(), host?.close(), server?.stop()]);
});

/** A page that collects its uncaught errors and the app's reports of what it left out. */
async function watchedPage() {
  const page = await (await browser.newContext({ viewport: viewports.desktop })).newPage();
  const errors: string[] = [];
  const leftOut: string[] = [];
  page.on('pageerror', (error) => errors.push(error.message));
  page.on('console', (message) => {
    if (message.type() === 'warning' && message.text().startsWith('Parley left out')) {
      leftOut.push(message.text());
    }
  });
  return { page, errors, leftOut };
}

/** Waits for every comment that must be shown, then checks that none that must not be is. */
async function expectOnlyValidComments(root: Page | Frame) {
  for (const record of records.filter((r) => r.shown)) {
    await root.getByText(record.body).first().waitFor();
  }
  for (const record of records.filter((r) => !r.shown)) {
    expect(await root.getByText(record.body, { exact: true }).count(), record.body).toBe(0);
  }
  expect(await root.getByText(/can.t be shown/).count()).toBe(0);
  // Stored as typed, shown in the form every browser reads the same way.
  const reader = `Reader ${records.findIndex((r) => r.body === 'Odd but valid address.')}`;
  const oddAddress = root.getByRole('link', { name: reader, exact: true });
  expect(await oddAddress.getAttribute('href')).toBe('https://example.com/a%20b');
}

const leftOutCount = records.filter((r) => !r.shown).length;

// A loaded two-core machine takes seconds to open the first page: a minute, not the usual 30 s.
describe('a page with one hostile comment of each kind', () => {
  it('shows every other comment in the reader, and reports each one left out', async () => {
    const { page, errors, leftOut } = await watchedPage();
    await page.goto(`${server.url}/articles/${slug}`);
    await expectOnlyValidComments(page);
    expect(errors).toEqual([]);
    expect(leftOut).toHaveLength(leftOutCount);
  }, 60_000);

  it('shows every other comment in the embed, first view and app alike', async () => {
    const { page, errors } = await watchedPage();
    await page.goto(host.url);
    await page.waitForFunction(
      () => document.querySelector('iframe')?.style.visibility === 'visible',
    );
    const frame = (await (await page.locator('iframe').elementHandle())!.contentFrame())!;
    await expectOnlyValidComments(frame);
    // Once the app has taken over from the server's first view, the same comments.
    await frame.waitForFunction(() =>
      Object.keys(document.getElementById('root')!).some((key) =>
        key.startsWith('__reactContainer'),
      ),
    );
    await expectOnlyValidComments(frame);
    expect(errors).toEqual([]);
  }, 60_000);
});
