import type { Browser, Page, Route } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { launchChromium } from './browser';

const baseUrl = inject('baseUrl');
const slug = 'usa-trump-tells-russia-to-get-its-troops-out-of-venezuela';
const articleUrl = `${baseUrl}/articles/${slug}`;
const commentsRoute = '**/api/articles/*/comments?*';

let browser: Browser;
beforeAll(async () => {
  browser = await launchChromium();
});
afterAll(async () => {
  await browser?.close();
});

/**
 * A page that records uncaught errors and unhandled promise rejections (Playwright reports
 * both as `pageerror`): every test ends by checking there were none.
 */
async function openPage(): Promise<Page & { uncaught: Error[] }> {
  const page = await (await browser.newContext()).newPage();
  const uncaught: Error[] = [];
  page.on('pageerror', (error) => uncaught.push(error));
  return Object.assign(page, { uncaught });
}

const delay = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

describe('faults in Chromium, with the built app against the real server', () => {
  const faults: [fault: string, message: string, fail: (route: Route) => Promise<void>][] = [
    [
      'a 500 from the comments',
      // The query client retries a 5xx twice before it says so.
      'The server had a problem',
      (route) =>
        route.fulfill({ status: 500, contentType: 'text/html', body: '<h1>Internal</h1>' }),
    ],
    [
      'a connection cut mid-request',
      'Can’t reach the server',
      (route) => route.abort('connectionreset'),
    ],
  ];
  it.each(faults)(
    '%s keeps the article, says "%s" and recovers with Try again',
    async (_fault, message, fail) => {
      const page = await openPage();
      await page.route(commentsRoute, fail);
      await page.goto(articleUrl);
      await page.getByText(message).waitFor({ timeout: 15_000 });
      await page.getByRole('heading', { level: 1, name: /Trump tells Russia/ }).waitFor();
      await page.unroute(commentsRoute);
      await page.getByRole('button', { name: 'Try again' }).click();
      await page.getByRole('heading', { name: '7 comments' }).waitFor();
      expect(page.uncaught).toEqual([]);
      await page.context().close();
    },
  );

  it('a slow network shows placeholders, then everything, and no error', async () => {
    const page = await openPage();
    await page.route('**/api/**', async (route: Route) => {
      await delay(1_500);
      await route.continue();
    });
    await page.goto(articleUrl);
    await page.getByRole('status', { name: 'Loading the article' }).waitFor();
    await page.getByRole('heading', { name: '7 comments' }).waitFor({ timeout: 15_000 });
    expect(await page.getByRole('alert').count()).toBe(0);
    expect(page.uncaught).toEqual([]);
    await page.context().close();
  });

  it('leaving while the comments load aborts them quietly: no error, nothing unhandled', async () => {
    const page = await openPage();
    let reachedServer = false;
    await page.route(commentsRoute, async (route) => {
      reachedServer = true;
      await delay(3_000);
      await route.continue().catch(() => {}); // the page has aborted it by then
    });
    await page.goto(articleUrl);
    await expect.poll(() => reachedServer).toBe(true);
    await page.getByRole('link', { name: 'Parley' }).first().click();
    await page.getByRole('link', { name: /Trump tells Russia/ }).waitFor();
    await delay(3_500); // past the moment the held request would have answered
    expect(await page.getByRole('alert').count()).toBe(0);
    expect(page.uncaught).toEqual([]);
    await page.context().close();
  });
});
