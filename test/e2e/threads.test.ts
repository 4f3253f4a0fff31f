import type { Page } from 'playwright-core';
import * as v from 'valibot';
import { describe, expect, inject, it } from 'vitest';
import { commentPageSchema, type Comment } from '../../src/core/schemas';
import { sharedChromium, phoneOptions, viewports } from './browser';

const baseUrl = inject('baseUrl');

const { openPage } = sharedChromium();

async function firstPage(slug: string): Promise<Comment[]> {
  const response = await fetch(`${baseUrl}/api/articles/${slug}/comments?limit=500`);
  return v.parse(commentPageSchema, await response.json()).comments;
}

/** The synthetic discussions open with one chain of replies 12 levels deep. */
async function deepChain(slug: string): Promise<Comment[]> {
  const comments = await firstPage(slug);
  const chain = [comments.find((c) => c.parentId === null)!];
  for (let depth = 1; depth < 12; depth++) {
    chain.push(comments.find((c) => c.parentId === chain.at(-1)!.id)!);
  }
  return chain;
}

const horizontalOverflow = (page: Page) =>
  page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);

describe('threads in Chromium', () => {
  for (const [name, options] of [
    ['desktop (1280 px)', { viewport: viewports.desktop }],
    ['phone (375 px)', phoneOptions()],
    ['small phone (360 px)', phoneOptions(viewports.smallPhone)],
  ] as const) {
    it(`shows a 12-deep thread with no horizontal scrolling on ${name}`, async () => {
      const chain = await deepChain('synthetic-1000');
      const page = await openPage(options);
      await page.goto(`${baseUrl}/articles/synthetic-1000`);
      await page.locator(`#comment-${chain[7]!.id}`).waitFor();
      expect(await horizontalOverflow(page)).toBe(0);
      // Past the indentation cap, a reply names the comment it answers.
      const deep = page.locator(`#comment-${chain[7]!.id}`);
      expect(await deep.getByText('In reply to').isVisible()).toBe(true);
      // Eight levels show in place; the rest continue on a page of their own.
      expect(await page.locator(`#comment-${chain[8]!.id}`).count()).toBe(0);
      await page
        .getByRole('link', { name: /Continue this thread/ })
        .first()
        .click();
      await page.locator(`#comment-${chain[11]!.id}`).waitFor();
      expect(await horizontalOverflow(page)).toBe(0);
      await page.getByRole('link', { name: '← Back to all comments' }).click();
      await page.locator(`#comment-${chain[0]!.id}`).waitFor();
      await page.context().close();
    });
  }

  it('collapses a thread with its toggle, keeps focus on it, and remembers it after a reload', async () => {
    const page = await openPage({ viewport: viewports.desktop });
    await page.goto(
      `${baseUrl}/articles/usa-trump-tells-russia-to-get-its-troops-out-of-venezuela`,
    );
    const toggle = page.getByRole('button', { name: 'Collapse thread by wally n' }).nth(1);
    await toggle.scrollIntoViewIfNeeded();
    const before = await toggle.boundingBox();
    await toggle.click();
    const expand = page.getByRole('button', { name: 'Expand thread by wally n' });
    expect(await expand.getAttribute('aria-expanded')).toBe('false');
    expect(await expand.evaluate((el) => el === document.activeElement)).toBe(true);
    expect((await expand.boundingBox())?.y).toBeCloseTo(before!.y, 0);
    expect(await page.locator('#comment-6').isHidden()).toBe(true);
    await page.getByText('1 reply hidden').waitFor();

    await page.reload();
    await page.getByRole('button', { name: 'Expand thread by wally n' }).waitFor();
    expect(await page.locator('#comment-6').isHidden()).toBe(true);
    await page.context().close();
  });

  it('opens a permalink inside a collapsed thread: expands it, scrolls to it, highlights it', async () => {
    const chain = await deepChain('synthetic-1000');
    const page = await openPage({ viewport: viewports.desktop });
    await page.goto(`${baseUrl}/articles/synthetic-1000`);
    await page.getByRole('button', { name: 'Collapse all' }).click();
    await page.getByRole('button', { name: 'Expand all' }).waitFor();
    const target = chain[5]!;
    await page.goto(`${baseUrl}/articles/synthetic-1000#comment-${target.id}`);
    await page.reload();
    const element = page.locator(`#comment-${target.id}`);
    await element.waitFor();
    await page.locator(`#comment-${target.id}.comment--highlighted`).waitFor();
    expect(await element.isVisible()).toBe(true);
    const box = await element.boundingBox();
    expect(box!.y).toBeGreaterThanOrEqual(0);
    expect(box!.y).toBeLessThan(viewports.desktop.height);
    await page.context().close();
  });

  it('loads a permalink to a comment that is not on the first page', async () => {
    const response = await fetch(`${baseUrl}/api/articles/synthetic-10000/comments?limit=500`);
    const { nextCursor } = v.parse(commentPageSchema, await response.json());
    const later = await fetch(
      `${baseUrl}/api/articles/synthetic-10000/comments?limit=500&cursor=${nextCursor}`,
    );
    const target = v.parse(commentPageSchema, await later.json()).comments.at(-1)!;
    const page = await openPage({ viewport: viewports.desktop });
    await page.goto(`${baseUrl}/articles/synthetic-10000#comment-${target.id}`);
    await page.locator(`#comment-${target.id}.comment--highlighted`).waitFor({ timeout: 20_000 });
    await page.context().close();
  });

  it('sorts newest first and remembers the choice', async () => {
    const page = await openPage({ viewport: viewports.desktop });
    await page.goto(
      `${baseUrl}/articles/usa-trump-tells-russia-to-get-its-troops-out-of-venezuela`,
    );
    await page.getByLabel('Sort').selectOption('newest');
    const firstAuthor = () =>
      page.locator('.discussion article.comment .comment__author').first().textContent();
    await expect.poll(firstAuthor).toBe('Clyde Duncan');
    await page.reload();
    await expect.poll(firstAuthor).toBe('Clyde Duncan');
    await page.getByLabel('Sort').selectOption('oldest');
    await expect.poll(firstAuthor).toBe('Rosaliene Bacchus');
    await page.context().close();
  });

  it('moves between comments with j and k, and collapses with c', async () => {
    const page = await openPage({ viewport: viewports.desktop });
    await page.goto(
      `${baseUrl}/articles/usa-trump-tells-russia-to-get-its-troops-out-of-venezuela`,
    );
    await page.locator('#comment-1').waitFor();
    await page.keyboard.press('j');
    await page.keyboard.press('j');
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('comment-2');
    await page.keyboard.press('k');
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('comment-1');
    await page.keyboard.press('c');
    await page.getByRole('button', { name: 'Expand thread by Rosaliene Bacchus' }).waitFor();
    // A collapsed thread's replies stay in the page, hidden: j passes over them.
    for (const key of 'jjjj') await page.keyboard.press(key);
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('comment-5');
    await page.keyboard.press('c');
    await page.getByText('1 reply hidden').waitFor();
    await page.keyboard.press('j');
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('comment-7');
    await page.keyboard.press('?');
    await page.getByRole('dialog', { name: 'Keyboard shortcuts' }).waitFor();
    await page.context().close();
  });

  it('scrolls through 10,000 comments to the end with a small DOM', async () => {
    const page = await openPage({ viewport: viewports.desktop });
    await page.goto(`${baseUrl}/articles/synthetic-10000`);
    await page.getByRole('heading', { name: '10,000 comments', exact: true }).waitFor();
    await page.getByRole('button', { name: 'Load more comments' }).waitFor();
    let maxRendered = 0;
    // Scroll to the bottom until every page has loaded and the button is gone.
    for (let step = 0; step < 400; step++) {
      const { done, loaded } = await page.evaluate(() => {
        window.scrollTo(0, document.documentElement.scrollHeight);
        return {
          done: document.querySelector('.discussion__more') === null,
          loaded: document.querySelector('.discussion')?.getAttribute('data-loaded-count'),
        };
      });
      maxRendered = Math.max(maxRendered, await page.locator('article.comment').count());
      if (done) break;
      // Keep scrolling, as a reader would, while row heights settle; each page that arrives
      // raises the count of loaded comments.
      await page.waitForFunction((before) => {
        window.scrollTo(0, document.documentElement.scrollHeight);
        return (
          document.querySelector('.discussion')?.getAttribute('data-loaded-count') !== before ||
          document.querySelector('.discussion__more') === null
        );
      }, loaded);
    }
    expect(await page.locator('.discussion__more').count()).toBe(0);
    const comments = await page.evaluate(async () => {
      const res = await fetch('/api/articles/synthetic-10000/comments?sort=newest&limit=1');
      return ((await res.json()) as { comments: { id: string }[] }).comments;
    });
    // The newest top-level thread is the last one in oldest-first order. Only rows near the
    // screen are laid out, and the last page may have landed after the last scroll: scroll on.
    await page.waitForFunction((id) => {
      window.scrollTo(0, document.documentElement.scrollHeight);
      return document.getElementById(`comment-${id}`) !== null;
    }, comments[0]!.id);
    await page.locator(`#comment-${comments[0]!.id}`).waitFor();
    expect(await page.locator('.discussion').getAttribute('data-loaded-count')).toBe('10000');
    expect(maxRendered).toBeLessThan(600);
    await page.context().close();
  }, 120_000);
});
