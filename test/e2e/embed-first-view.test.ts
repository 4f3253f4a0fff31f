import type { Frame, Page, Route } from 'playwright-core';
import { describe, expect, inject, it } from 'vitest';
import { viewports } from './browser';
import { chromiumAndHostPage } from './host-page-server';
import { draftsInPage } from './stored-drafts';

const baseUrl = inject('baseUrl');
const slug = 'usa-trump-tells-russia-to-get-its-troops-out-of-venezuela';

const running = chromiumAndHostPage(baseUrl, [slug]);

/**
 * The host page with the app's script held back until `release()`: what a reader on a slow
 * connection has while the script is still on its way.
 */
async function hostWithScriptHeld() {
  const context = await running.browser.newContext({ viewport: viewports.desktop });
  const held: Route[] = [];
  let released = false;
  await context.route(/\/assets\/index-[\w-]+\.js$/, (route) =>
    released ? route.continue() : void held.push(route),
  );
  const page = await context.newPage();
  const errors: string[] = [];
  page.on('pageerror', (error) => errors.push(error.message));
  page.on('console', (message) => {
    if (message.type() === 'error') errors.push(message.text());
  });
  await page.goto(running.host.url, { waitUntil: 'domcontentloaded' });
  const release = async () => {
    released = true;
    await Promise.all(held.map((route) => route.continue()));
  };
  return { context, page, errors, release, heldCount: () => held.length };
}

async function shownFrame(page: Page): Promise<Frame> {
  await page.waitForFunction(
    () => document.querySelector('iframe')?.style.visibility === 'visible',
  );
  return (await (await page.locator('iframe').elementHandle())!.contentFrame())!;
}

/** The app has rendered into the frame's root (React marks the element it renders into). */
const appStarted = (frame: Frame) =>
  frame.waitForFunction(() =>
    Object.keys(document.getElementById('root')!).some((key) => key.startsWith('__reactContainer')),
  );

const leaveReply = (frame: Frame) => frame.getByRole('form', { name: 'Leave a Reply' });

describe('the embed’s first view, rendered by the server', () => {
  it('is shown by the host, at its height, before the app’s script has arrived', async () => {
    const { context, page, errors, release, heldCount } = await hostWithScriptHeld();
    const frame = await shownFrame(page);
    expect(heldCount()).toBeGreaterThan(0);
    await frame.getByRole('heading', { name: '7 comments' }).waitFor();
    await frame.getByText('War in Venezuela would be catastrophic').waitFor();
    const frameHeight = await page
      .locator('iframe')
      .evaluate((f) => f.getBoundingClientRect().height);
    const contentHeight = await frame.evaluate(() => document.documentElement.scrollHeight);
    expect(Math.abs(frameHeight - contentHeight)).toBeLessThanOrEqual(1);

    // Pressed before the app is there: the app presses it again once it has taken over.
    await frame.getByRole('button', { name: 'Collapse thread by Clyde Duncan' }).click();
    await release();
    await appStarted(frame);
    await frame.getByRole('button', { name: 'Expand thread by Clyde Duncan' }).waitFor();
    await expect
      .poll(() => page.locator('iframe').evaluate((f) => f.getBoundingClientRect().height))
      .toBeLessThan(frameHeight);
    expect(errors).toEqual([]);
    await context.close();
  });

  it('opens the reply form of the comment whose Reply was pressed before the app started', async () => {
    const { context, page, errors, release } = await hostWithScriptHeld();
    const frame = await shownFrame(page);
    await frame.getByRole('button', { name: 'Reply to wally n' }).first().click();
    await release();
    await appStarted(frame);
    const form = frame.getByRole('form', { name: 'Reply to wally n' });
    await form.waitFor();
    await expect.poll(() => frame.getByRole('form', { name: /^Reply to / }).count()).toBe(1);
    expect(errors).toEqual([]);
    await context.close();
  });

  it('keeps what the reader typed before the app started, with the caret where it was', async () => {
    const { context, page, errors, release } = await hostWithScriptHeld();
    const frame = await shownFrame(page);
    const body = leaveReply(frame).getByLabel('Comment', { exact: true });
    await leaveReply(frame).getByRole('textbox', { name: 'Name' }).fill('Early Reader');
    await body.pressSequentially('Typed while the script was on its way.', { delay: 2 });
    await release();
    await appStarted(frame);
    expect(await body.inputValue()).toBe('Typed while the script was on its way.');
    expect(await leaveReply(frame).getByRole('textbox', { name: 'Name' }).inputValue()).toBe(
      'Early Reader',
    );
    // Still in the box, at the end: the next keys follow on.
    await page.keyboard.type(' And after.');
    expect(await body.inputValue()).toBe('Typed while the script was on its way. And after.');
    // Saved as the form's draft like anything typed later.
    await expect.poll(async () => (await frame.evaluate(draftsInPage)).length).toBe(1);
    expect(errors).toEqual([]);
    await context.close();
  });

  it('does not send the form the old way when Enter is pressed before the app started', async () => {
    const { context, page, release } = await hostWithScriptHeld();
    const frame = await shownFrame(page);
    const name = leaveReply(frame).getByRole('textbox', { name: 'Name' });
    await name.fill('Pressed Enter');
    await name.press('Enter');
    await release();
    await appStarted(frame);
    expect(new URL(frame.url()).search).not.toContain('Pressed');
    expect(await name.inputValue()).toBe('Pressed Enter');
    await context.close();
  });

  it('continues a reply draft restored in the frame at its end, after a reload', async () => {
    const context = await running.browser.newContext({ viewport: viewports.desktop });
    const page = await context.newPage();
    await page.goto(running.host.url);
    let frame = await shownFrame(page);
    await appStarted(frame);
    await frame.getByRole('button', { name: 'Reply to wally n' }).first().click();
    await page.keyboard.type('first part');
    await expect.poll(async () => (await frame.evaluate(draftsInPage)).length).toBe(1);

    await page.reload();
    frame = await shownFrame(page);
    await appStarted(frame);
    await frame.getByRole('button', { name: 'Reply (draft) to wally n' }).click();
    const box = frame
      .getByRole('form', { name: 'Reply to wally n' })
      .getByLabel('Comment', { exact: true });
    await expect.poll(() => box.inputValue()).toBe('first part');
    await page.keyboard.type(' plus more');
    expect(await box.inputValue()).toBe('first part plus more');
    await context.close();
  });
});
