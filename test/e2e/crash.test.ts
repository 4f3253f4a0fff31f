import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { draftSaveDelayMs } from '../../src/client/drafts/draft-saver';
import type { PageOptions, Target } from './engines/driver';
import { crashableEngines, type CrashableBrowser } from './engines/crashable';
import { ownServer, slug, storedWithBody } from './reply-helpers';
import { draftsInPage } from './stored-drafts';

/**
 * A browser killed with SIGKILL (no shutdown, nothing flushed) and started again on the same
 * profile, as a reader's crashing browser is: what they typed is there, and is sent once.
 */
const desktop: PageOptions = { width: 1280, height: 800 };
/** After the last key: the draft's debounce and a small margin for the write to reach the disk. */
const crashAfterMs = draftSaveDelayMs + 300;

const leaveReply: Target = { role: 'form', name: 'Leave a Reply' };
const inLeaveReply = (target: Target): Target => ({ ...target, within: leaveReply });
const commentBox = inLeaveReply({ label: 'Comment' });

let server: Awaited<ReturnType<typeof ownServer>>;
beforeAll(async () => {
  server = await ownServer();
});
afterAll(async () => {
  await server?.stop();
});

describe.each(crashableEngines)('after $name is killed', { timeout: 90_000 }, (engine) => {
  let profileDir: string;
  let browser: CrashableBrowser | undefined;
  const open = async () => {
    browser = await engine.open(profileDir, desktop);
    await browser.page.goto(`${server.url}/articles/${slug}`);
    await browser.page.waitFor(commentBox);
    return browser.page;
  };
  const crash = async () => {
    await browser?.crash();
    browser = undefined;
  };

  beforeAll(() => {
    profileDir = mkdtempSync(join(tmpdir(), `parley-crash-${engine.name}-`));
  });
  afterEach(crash);
  afterAll(() => rmSync(profileDir, { recursive: true, force: true }));

  it(`keeps a draft typed ${crashAfterMs} ms before the crash, continues it, and posts it once`, async () => {
    const first = `Typed just before the crash (${engine.name}, ${crypto.randomUUID()})`;
    let page = await open();
    await page.fill(commentBox, first);
    await new Promise((resolve) => setTimeout(resolve, crashAfterMs));
    await crash();

    page = await open();
    await page.waitFor(inLeaveReply({ text: 'Draft restored' }));
    expect(await page.inputValue(commentBox)).toBe(first);
    // Typing goes on after the restored text, not before it.
    await page.type(commentBox, ' and after it.');
    const whole = `${first} and after it.`;
    expect(await page.inputValue(commentBox)).toBe(whole);

    await page.fill(inLeaveReply({ label: 'Name' }), 'Ana Reader');
    await page.fill(inLeaveReply({ label: 'Email' }), 'ana@example.com');
    await page.click(inLeaveReply({ role: 'button', name: 'Send' }));
    await page.waitFor(inLeaveReply({ text: 'Your comment was posted.' }));
    await expect.poll(async () => (await page.evaluate(draftsInPage)).length).toBe(0);
    expect(await storedWithBody(server.url, whole)).toBe(1);
    expect(page.errors).toEqual([]);
  });

  it('sends a reply that waited in the outbox through the crash, once', async () => {
    const body = `Queued before the crash (${engine.name}, ${crypto.randomUUID()})`;
    const page = await open();
    await page.fill(commentBox, body);
    await page.fill(inLeaveReply({ label: 'Name' }), 'Ana Reader');
    await page.fill(inLeaveReply({ label: 'Email' }), 'ana@example.com');
    await server.stop();
    await page.click(inLeaveReply({ role: 'button', name: 'Send' }));
    await page.waitFor(inLeaveReply({ text: 'Your reply is saved' }));
    await crash();

    // The server is back before the reader is: the page opens and the outbox sends at once.
    await server.restart();
    const reopened = await open();
    await expect
      .poll(async () => (await reopened.evaluate(draftsInPage)).length, { timeout: 15_000 })
      .toBe(0);
    expect(await storedWithBody(server.url, body)).toBe(1);
    expect(reopened.errors).toEqual([]);
  });
});
