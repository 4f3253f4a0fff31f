import type { BrowserContextOptions, Frame, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchChromium, phoneOptions, viewports } from './browser';
import { startHostPage } from './host-page-server';
import { startServer, type RunningServer } from './server-process';

/*
 * Issue 15: one comment of 3,333 blank paragraphs made the host page's iframe 118,000 px tall.
 * Long comments are cut to a height limit with "Show more", in the reader, in the embed, and in
 * the embed's server-rendered first view; blank lines take no room.
 */

const slug = 'usa-trump-tells-russia-to-get-its-troops-out-of-venezuela';
/** A cut comment, whole: header, 24rem of text, "Show more", Reply and the padding around. */
const cutCommentMax = 700;

/** Hostile comments of the longest kind the API takes (10,000 characters). */
const hugeBodies = {
  'blank paragraphs': '.\n\n'.repeat(3333),
  'invisible lines': `Blank lines follow.${'\n\u200b\n\u3164'.repeat(2400)}\nThe end.`,
  'one unbroken word': 'x'.repeat(10_000),
  'plain text': 'Words and more words. '.repeat(454),
  'single line breaks': 'line\n'.repeat(2000),
};

let server: RunningServer;
let browser: Awaited<ReturnType<typeof launchChromium>>;
let host: Awaited<ReturnType<typeof startHostPage>>;
/** Frame heights before the huge comments were posted, by viewport width. */
const before = new Map<number, number>();
const contexts = {
  desktop: { viewport: viewports.desktop },
  phone: phoneOptions(),
} satisfies Record<string, BrowserContextOptions>;

beforeAll(async () => {
  [server, browser] = await Promise.all([
    startServer({ env: { PARLEY_RATE_LIMIT: 'off' } }),
    launchChromium(),
  ]);
  host = await startHostPage(server.url, [slug]);
  for (const options of Object.values(contexts)) {
    const page = await openHost(options);
    before.set(options.viewport!.width, await settledFrameHeight(page));
    await page.context().close();
  }
  let n = 0;
  for (const body of Object.values(hugeBodies)) {
    expect(body.trim().length).toBeLessThanOrEqual(10_000);
    const response = await fetch(`${server.url}/api/articles/${slug}/comments`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({
        parentId: null,
        author: { name: `Long Writer ${++n}`, email: 'long@example.com' },
        body,
        idempotencyKey: `long-comment-${Date.now()}-${n}`,
      }),
    });
    expect(response.status, await response.text()).toBe(201);
  }
}, 60_000);

afterAll(async () => {
  await Promise.all([browser?.close(), host?.close()]);
  await server?.stop();
});

/** Times the app's script was asked for and refused. */
let appBlocked = 0;

async function openHost(options: BrowserContextOptions, blockApp = false): Promise<Page> {
  const context = await browser.newContext(options);
  if (blockApp) {
    // The app never starts: what shows is the server's first view alone.
    const html = await (await fetch(`${server.url}/embed/${slug}`)).text();
    const app = /data-app="([^"]+)"/.exec(html)![1]!;
    await context.route(`${server.url}${app}`, (route) => {
      appBlocked += 1;
      return route.abort();
    });
  }
  const page = await context.newPage();
  page.on('pageerror', (error) => {
    throw error;
  });
  await page.goto(host.url);
  await page.waitForFunction(
    () => document.querySelector('iframe')?.style.visibility === 'visible',
  );
  return page;
}

const frameOf = async (page: Page): Promise<Frame> =>
  (await (await page.locator('iframe').elementHandle())!.contentFrame())!;

/** The iframe's height once it has stopped changing. */
async function settledFrameHeight(page: Page): Promise<number> {
  const height = () =>
    page.evaluate(() => document.querySelector('iframe')!.getBoundingClientRect().height);
  let last = -1;
  for (;;) {
    await page.waitForTimeout(300);
    const now = await height();
    if (now === last) return now;
    last = now;
  }
}

describe('a huge comment in the embed', () => {
  for (const [name, options] of Object.entries(contexts)) {
    const width = options.viewport!.width;

    it(`keeps the host's iframe bounded on a ${name} (${width} px)`, async () => {
      const page = await openHost(options);
      const frame = await frameOf(page);
      await frame.getByText('Long Writer 5').waitFor();
      const grown = (await settledFrameHeight(page)) - before.get(width)!;
      expect(grown).toBeGreaterThan(0);
      expect(grown).toBeLessThan(Object.keys(hugeBodies).length * cutCommentMax);
      // Every huge comment is cut, with its button; the one of invisible lines is short.
      for (let n = 1; n <= 5; n++) {
        const comment = frame
          .locator('article.comment')
          .filter({ has: frame.getByText(`Long Writer ${n}`, { exact: true }) });
        const box = (await comment.boundingBox())!;
        expect(box.height, `Long Writer ${n}`).toBeLessThan(cutCommentMax);
        expect(await comment.getByRole('button', { name: /^Show more/ }).count()).toBe(
          n === 2 ? 0 : 1,
        );
      }
      await page.context().close();
    });

    it(`keeps it bounded in the server's first view, before the app starts (${width} px)`, async () => {
      const page = await openHost(options, true);
      const frame = await frameOf(page);
      await frame.getByText('Long Writer 5').waitFor();
      // The app's script was asked for (after the first paint) and never came.
      await expect.poll(() => appBlocked).toBeGreaterThan(0);
      const grown = (await settledFrameHeight(page)) - before.get(width)!;
      expect(grown).toBeLessThan(Object.keys(hugeBodies).length * cutCommentMax);
      // The server knows these are long: their "Show more" is there already.
      expect(
        await frame.getByRole('button', { name: /^Show more of the comment by Long/ }).count(),
      ).toBeGreaterThanOrEqual(3);
      await page.context().close();
    });
  }

  it('opens and closes with the keyboard, the frame following', async () => {
    const page = await openHost(contexts.desktop);
    const frame = await frameOf(page);
    const show = frame.getByRole('button', { name: 'Show more of the comment by Long Writer 4' });
    await show.waitFor();
    const cut = await settledFrameHeight(page);
    await show.focus();
    await page.keyboard.press('Enter');
    const less = frame.getByRole('button', { name: 'Show less of the comment by Long Writer 4' });
    expect(await less.getAttribute('aria-expanded')).toBe('true');
    expect(await settledFrameHeight(page)).toBeGreaterThan(cut + 500);
    await page.keyboard.press('Enter');
    expect(await show.getAttribute('aria-expanded')).toBe('false');
    expect(await settledFrameHeight(page)).toBe(cut);
    await page.context().close();
  });
});

describe('a huge comment in the reader', () => {
  it('is cut on a phone, and blank lines take no room', async () => {
    const context = await browser.newContext(contexts.phone);
    const page = await context.newPage();
    await page.goto(`${server.url}/articles/${slug}`);
    const author = page.getByText('Long Writer 1', { exact: true });
    await author.waitFor();
    for (let n = 1; n <= 5; n++) {
      const comment = page
        .locator('article.comment')
        .filter({ has: page.getByText(`Long Writer ${n}`, { exact: true }) });
      expect((await comment.boundingBox())!.height, `Long Writer ${n}`).toBeLessThan(cutCommentMax);
    }
    const invisible = page
      .locator('article.comment')
      .filter({ has: page.getByText('Long Writer 2', { exact: true }) });
    expect(await invisible.locator('.comment__body p').allTextContents()).toEqual([
      'Blank lines follow.',
      'The end.',
    ]);
    await context.close();
  });
});
