import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchChromium, newPersistentContext, phoneOptions } from './browser';
import {
  fillLeaveReply,
  leaveReplyForm,
  openArticle,
  ownServer,
  storedDrafts,
  storedWithBody,
} from './reply-helpers';

let browser: Browser;
let server: Awaited<ReturnType<typeof ownServer>>;
beforeAll(async () => {
  [browser, server] = await Promise.all([launchChromium(), ownServer()]);
});
afterAll(async () => {
  await Promise.all([browser?.close(), server?.stop()]);
});

/** Text unique to one test, so counts never see another test's comments. */
const uniqueText = (what: string) => `${what} ${Date.now()}-${Math.random().toString(36).slice(2)}`;

describe('drafts in Chromium', () => {
  it('restores a draft after a reload, with “Draft restored · Discard”', async () => {
    const context = await browser.newContext();
    const page = await openArticle(context, server.url);
    const text = uniqueText('Half-written thought');
    await leaveReplyForm(page).getByLabel('Comment', { exact: true }).fill(text);
    await page.reload();
    const form = leaveReplyForm(page);
    await expect.poll(() => form.getByLabel('Comment', { exact: true }).inputValue()).toBe(text);
    await form.getByText('Draft restored').waitFor();
    await form.getByRole('button', { name: 'Discard' }).click();
    expect(await form.getByLabel('Comment', { exact: true }).inputValue()).toBe('');
    expect(await storedDrafts(page)).toEqual([]);
    await context.close();
  });

  it('restores a draft after the browser was closed with no unload handler run', async () => {
    const first = await newPersistentContext({});
    // No pagehide, visibilitychange or unload: only the debounced save can keep the text.
    await first.addInitScript(() => {
      const add = window.addEventListener.bind(window);
      const addToDocument = document.addEventListener.bind(document);
      const unloading = ['pagehide', 'unload', 'beforeunload', 'visibilitychange'];
      window.addEventListener = ((type: string, ...rest: [never, never]) => {
        if (!unloading.includes(type)) add(type, ...rest);
      }) as typeof window.addEventListener;
      document.addEventListener = ((type: string, ...rest: [never, never]) => {
        if (!unloading.includes(type)) addToDocument(type, ...rest);
      }) as typeof document.addEventListener;
    });
    const page = await openArticle(first, server.url);
    const text = uniqueText('Typed just before a crash');
    await leaveReplyForm(page)
      .getByLabel('Comment', { exact: true })
      .pressSequentially(text, { delay: 5 });
    await expect.poll(async () => (await storedDrafts(page)).join()).toContain(text);
    await first.close();

    const second = await newPersistentContext({}, first.userDataDir);
    try {
      const again = await openArticle(second, server.url);
      await expect
        .poll(() => leaveReplyForm(again).getByLabel('Comment', { exact: true }).inputValue())
        .toBe(text);
      await leaveReplyForm(again).getByText('Draft restored').waitFor();
    } finally {
      await second.closeAll();
    }
  });

  it('follows a draft into another tab, and marks the comment “Reply (draft)”', async () => {
    const context = await browser.newContext();
    const tabA = await openArticle(context, server.url);
    const tabB = await openArticle(context, server.url);
    const text = uniqueText('Started in tab A');
    await tabA.getByRole('button', { name: 'Reply to Clyde Duncan' }).click();
    await tabA
      .getByRole('form', { name: 'Reply to Clyde Duncan' })
      .getByLabel('Comment', { exact: true })
      .fill(text);
    await tabB.getByRole('button', { name: 'Reply (draft) to Clyde Duncan' }).waitFor();
    await tabB.getByRole('button', { name: 'Reply (draft) to Clyde Duncan' }).click();
    const formB = tabB.getByRole('form', { name: 'Reply to Clyde Duncan' });
    expect(await formB.getByLabel('Comment', { exact: true }).inputValue()).toBe(text);
    await context.close();
  });
});

describe('the reply form on a phone', () => {
  it('fits 375 px with its messages shown, under a nested comment', async () => {
    const context = await browser.newContext(phoneOptions());
    const page = await openArticle(context, server.url);
    const nested = page.locator('li:has(> article#comment-5) ol article').first();
    await nested.getByRole('button', { name: /^Reply to / }).click();
    const form = nested.getByRole('form');
    await form.getByRole('button', { name: 'Send' }).click();
    await form.getByText('Write a comment before sending.').waitFor();
    expect(
      await page.evaluate(
        () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
      ),
    ).toBe(0);
    await context.close();
  });
});

describe('sending in Chromium, with the network and the server failing', () => {
  it('keeps the text while the server is down, then posts exactly once with Retry', async () => {
    const context = await browser.newContext();
    const page = await openArticle(context, server.url);
    const text = uniqueText('Sent while the server was down');
    await fillLeaveReply(page, text);
    await server.stop();
    try {
      await leaveReplyForm(page).getByRole('button', { name: 'Send' }).click();
      const form = leaveReplyForm(page);
      await form.getByText(/Can’t reach the server/).waitFor();
      expect(await form.getByLabel('Comment', { exact: true }).inputValue()).toBe(text);
      expect((await storedDrafts(page)).join()).toContain(text);
      await page.getByText('Will be sent when you’re back online', { exact: true }).waitFor();
    } finally {
      await server.restart();
    }
    await leaveReplyForm(page).getByRole('button', { name: 'Retry' }).click();
    await expect
      .poll(() => leaveReplyForm(page).getByLabel('Comment', { exact: true }).inputValue())
      .toBe('');
    await page.locator('article.comment', { hasText: text }).waitFor();
    expect(await storedWithBody(server.url, text)).toBe(1);
    expect(await storedDrafts(page)).toEqual([]);
    await context.close();
  });

  it('posts once when the answer is lost after the server stored the reply', async () => {
    const context = await browser.newContext();
    const page = await openArticle(context, server.url);
    const text = uniqueText('Answer lost on the way back');
    await fillLeaveReply(page, text);
    let posts = 0;
    await page.route('**/api/articles/*/comments', async (route) => {
      if (route.request().method() !== 'POST') return route.continue();
      posts++;
      await route.fetch();
      await route.abort('connectionreset');
    });
    await leaveReplyForm(page).getByRole('button', { name: 'Send' }).click();
    await leaveReplyForm(page)
      .getByText(/Can’t reach the server/)
      .waitFor();
    expect(await storedWithBody(server.url, text)).toBe(1);
    await page.unroute('**/api/articles/*/comments');
    await leaveReplyForm(page).getByRole('button', { name: 'Retry' }).click();
    await expect
      .poll(() => leaveReplyForm(page).getByLabel('Comment', { exact: true }).inputValue())
      .toBe('');
    expect(posts).toBe(1);
    expect(await storedWithBody(server.url, text)).toBe(1);
    await context.close();
  });

  it('queues a reply offline and sends it by itself, once, when back online', async () => {
    const context = await browser.newContext();
    const page = await openArticle(context, server.url);
    const text = uniqueText('Written on a train');
    await fillLeaveReply(page, text);
    await context.setOffline(true);
    await leaveReplyForm(page).getByRole('button', { name: 'Send' }).click();
    await leaveReplyForm(page)
      .getByText(/You’re offline\. Your reply is saved/)
      .waitFor();
    await page.getByText('Will be sent when you’re back online', { exact: true }).waitFor();
    expect(await storedWithBody(server.url, text)).toBe(0);
    await context.setOffline(false);
    await page.locator('article.comment', { hasText: text }).getByRole('button').first().waitFor();
    await expect.poll(() => storedWithBody(server.url, text)).toBe(1);
    expect(await leaveReplyForm(page).getByLabel('Comment', { exact: true }).inputValue()).toBe('');
    await context.close();
  });

  it('sends a queued reply from a new tab after the first one was closed offline', async () => {
    const context = await browser.newContext();
    const first = await openArticle(context, server.url);
    const text = uniqueText('Queued, then the tab was closed');
    await fillLeaveReply(first, text);
    await context.setOffline(true);
    await leaveReplyForm(first).getByRole('button', { name: 'Send' }).click();
    await first.getByText('Will be sent when you’re back online', { exact: true }).waitFor();
    await first.close();
    await context.setOffline(false);
    const second = await openArticle(context, server.url);
    await second.locator('article.comment', { hasText: text }).waitFor();
    await expect.poll(() => storedWithBody(server.url, text)).toBe(1);
    await expect.poll(() => storedDrafts(second)).toEqual([]);
    await context.close();
  });

  it('sends a reply queued in two open tabs exactly once, and both tabs show it', async () => {
    const context = await browser.newContext();
    const tabA = await openArticle(context, server.url);
    const tabB = await openArticle(context, server.url);
    const text = uniqueText('Two tabs, one reply');
    let posts = 0;
    context.on('request', (request) => {
      if (request.method() === 'POST' && request.url().includes('/comments')) posts++;
    });
    await fillLeaveReply(tabA, text);
    await context.setOffline(true);
    await leaveReplyForm(tabA).getByRole('button', { name: 'Send' }).click();
    // Both tabs see the queued reply: the outbox lives in storage, not in one tab.
    await tabB.getByText('Will be sent when you’re back online', { exact: true }).waitFor();
    await context.setOffline(false);
    await expect.poll(() => storedWithBody(server.url, text)).toBe(1);
    for (const tab of [tabA, tabB]) {
      await tab.locator('article.comment', { hasText: text }).getByRole('button').first().waitFor();
      await expect
        .poll(() => tab.getByText('Will be sent when you’re back online', { exact: true }).count())
        .toBe(0);
    }
    expect(posts).toBe(1);
    await context.close();
  });
});
