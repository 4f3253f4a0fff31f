import { draftsInPage } from './stored-drafts';
import { afterAll, afterEach, beforeAll, describe, expect, inject, it } from 'vitest';
import type { DriverPage, Engine, PageOptions, Target } from './engines/driver';
import { engines } from './engines/engines';
import { startHostPage } from './host-page-server';
import { slug, storedWithBody } from './reply-helpers';
import { startServer, type RunningServer } from './server-process';

/**
 * The key flows, written once against the engine-neutral driver (engines/driver.ts) and run in
 * Chromium (Playwright) and Firefox (Puppeteer over WebDriver BiDi). The Chromium-only suites
 * go deeper; these make sure Gecko shows and does the same.
 */
const baseUrl = inject('baseUrl');
const desktop: PageOptions = { width: 1280, height: 800 };
const phone: PageOptions = { width: 375, height: 667, phone: true };

const leaveReply: Target = { role: 'form', name: 'Leave a Reply' };
const inLeaveReply = (target: Target): Target => ({ ...target, within: leaveReply });
// wally n wrote two comments; the second (#comment-5) is the one Trevor answered.
const wallysThread = (verb: 'Collapse' | 'Expand'): Target => ({
  role: 'button',
  name: `${verb} thread by wally n`,
  nth: verb === 'Collapse' ? 1 : 0,
});

let host: Awaited<ReturnType<typeof startHostPage>>;
// Flows that post use a server of their own, so other files' counts of the demo stay intact.
let posting: RunningServer;
beforeAll(async () => {
  [host, posting] = await Promise.all([
    startHostPage(baseUrl, [slug]),
    startServer({ env: { PARLEY_RATE_LIMIT: 'off' } }),
  ]);
});
afterAll(async () => {
  await Promise.all([host?.close(), posting?.stop()]);
});

// Firefox finds by role through its accessibility tree and types each key over WebDriver BiDi:
// a flow can take 10-15 s on a busy two-core machine, so the flows get twice the usual 30 s.
describe.each(engines)('key flows in $name', { timeout: 60_000 }, ({ launch }) => {
  let engine: Engine;
  let page: DriverPage | undefined;
  beforeAll(async () => {
    engine = await launch();
  });
  afterAll(async () => {
    await engine?.close();
  });
  // Every test opens one page; it closes here whatever happened, and must have thrown nothing.
  afterEach(async () => {
    const opened = page;
    page = undefined;
    if (!opened) return;
    await opened.close();
    expect(opened.errors).toEqual([]);
  });

  async function open(url: string, options = desktop): Promise<DriverPage> {
    page = await engine.newPage(options);
    await page.goto(url);
    return page;
  }

  it('renders the seed article and its 7 comments, Trevor’s reply nested under wally n', async () => {
    const reader = await open(`${baseUrl}/articles/${slug}`);
    await reader.waitFor({ role: 'heading', name: '7 comments' });
    expect(await reader.evaluate(() => document.querySelector('h1')?.textContent)).toBe(
      'USA: Trump tells Russia to get its troops out of\u00a0Venezuela',
    );
    expect(await reader.count({ css: 'article.comment' })).toBe(7);
    const trevor = { css: 'li:has(> #comment-5) > ol > li > article#comment-6' };
    expect(await reader.count(trevor)).toBe(1);
    expect(await reader.count({ text: 'Trevor', within: trevor })).toBe(1);
  });

  it('collapses a thread and expands it again', async () => {
    const reader = await open(`${baseUrl}/articles/${slug}`);
    await reader.waitFor({ css: '#comment-6' });
    expect(await reader.attribute(wallysThread('Collapse'), 'aria-expanded')).toBe('true');

    await reader.click(wallysThread('Collapse'));
    await reader.waitFor({ text: '1 reply hidden' });
    expect(await reader.attribute(wallysThread('Expand'), 'aria-expanded')).toBe('false');
    // Trevor's reply stays in the document, hidden, so the collapse costs no re-render.
    const trevorShown = () =>
      reader.evaluate(() => document.getElementById('comment-6')?.checkVisibility() ?? false);
    expect(await trevorShown()).toBe(false);

    await reader.click(wallysThread('Expand'));
    await reader.waitFor({ css: '#comment-6' });
    expect(await trevorShown()).toBe(true);
    expect(await reader.attribute(wallysThread('Collapse'), 'aria-expanded')).toBe('true');
  });

  it('keeps a reply through a reload as a draft, then posts it exactly once', async () => {
    const text = `Typed in one engine ${Date.now()}-${Math.random().toString(36).slice(2)}`;
    const reader = await open(`${posting.url}/articles/${slug}`);
    await reader.fill(inLeaveReply({ label: 'Comment' }), text);
    await reader.reload();

    await reader.waitFor(inLeaveReply({ text: 'Draft restored' }));
    expect(await reader.inputValue(inLeaveReply({ label: 'Comment' }))).toBe(text);
    const before = await reader.count({ css: 'article.comment' });
    await reader.fill(inLeaveReply({ label: 'Name' }), 'Ana Reader');
    await reader.fill(inLeaveReply({ label: 'Email' }), 'ana@example.com');
    await reader.click(inLeaveReply({ role: 'button', name: 'Send' }));

    // The draft goes only once the server has confirmed the post.
    const drafts = async () => (await reader.evaluate(draftsInPage)).length;
    await expect.poll(drafts, { timeout: 15_000 }).toBe(0);
    await expect.poll(() => reader.count({ css: 'article.comment' })).toBe(before + 1);
    expect(await storedWithBody(posting.url, text)).toBe(1);
  });

  it('sizes the embed to its content on a host page of another origin', async () => {
    const hostPage = await open(host.url);
    await hostPage.waitForFunction(
      () => document.querySelector('iframe')?.style.visibility === 'visible',
    );
    const embed = await hostPage.frame(0);
    await embed.waitFor({ role: 'heading', name: '7 comments' });
    expect(await embed.evaluate(() => location.origin)).not.toBe(
      await hostPage.evaluate(() => location.origin),
    );
    // As tall as its document, so the frame never scrolls inside.
    await expect
      .poll(async () => {
        const content = await embed.evaluate(() => document.documentElement.scrollHeight);
        const frame = await hostPage.evaluate(
          () => document.querySelector('iframe')!.getBoundingClientRect().height,
        );
        return Math.abs(content - frame);
      })
      .toBeLessThanOrEqual(1);
  });

  it('fits a 375 px phone with no horizontal scrolling', async () => {
    const reader = await open(`${baseUrl}/articles/${slug}`, phone);
    await reader.waitFor({ css: '#comment-7' });
    expect(await reader.evaluate(() => window.innerWidth)).toBe(375);
    expect(
      await reader.evaluate(
        () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
      ),
    ).toBe(0);
  });
});
