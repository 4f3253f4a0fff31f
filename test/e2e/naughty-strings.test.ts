import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { firstRefusedCharacter, hasVisibleCharacter } from '../../src/core/text-rules';
import { demoSlug } from '../../src/server/seed/demo-article';
import { launchChromium } from './browser';
import { corpus } from '../helpers/naughty-strings';
import {
  inBatches,
  naughtyComment,
  postNaughty,
  type NaughtyField,
  type Posted,
} from './naughty-posts';
import { startServer, type RunningServer } from './server-process';

/**
 * The naughty-strings corpus through the whole stack: posted as bodies, names and web addresses
 * to a real server, then the article rendered in Chromium with its CSP switched off, so that
 * only the reader's own escaping stands between a string and the DOM.
 *
 * Layout: each field's strings are replies under a few top-level comments, at most 90 to a
 * thread, so the page stays below the 60 top-level threads where the list is virtualised and
 * below the 100 replies a thread shows before "Show more replies": after every page of threads
 * is loaded, every comment is in the DOM at once and can be compared with what the API stored.
 */
const fields: readonly NaughtyField[] = [
  'body',
  'author.name',
  'author.url',
  'author.url (in a path)',
];
const perThread = 90;

let server: RunningServer;
let browser: Browser;
let commentsUrl: string;
let posted: Posted[];
let roots: number;

beforeAll(async () => {
  [server, browser] = await Promise.all([
    startServer({ env: { PARLEY_RATE_LIMIT: 'off', PARLEY_LOG: 'errors' } }),
    launchChromium(),
  ]);
  commentsUrl = `${server.url}/api/articles/${demoSlug}/comments`;
  posted = [];
  roots = 0;
  for (const field of fields) {
    for (let start = 0; start < corpus.length; start += perThread) {
      const root = await postNaughty(
        commentsUrl,
        'body',
        '',
        naughtyComment('body', `Naughty strings as ${field}, from ${start + 1}`, null),
      );
      roots += 1;
      const parentId = root.comment!.id;
      const chunk = corpus.slice(start, start + perThread);
      posted.push(
        ...(await inBatches(chunk, 8, (input) =>
          postNaughty(commentsUrl, field, input, naughtyComment(field, input, parentId)),
        )),
      );
    }
  }
}, 120_000);

afterAll(async () => {
  await Promise.all([browser?.close(), server?.stop()]);
});

const accepted = () => posted.filter((p) => p.comment !== undefined);

describe('the naughty strings through the API', () => {
  it('answers every one 201 or 400, never 5xx, exactly as the shared schema says', () => {
    expect(posted).toHaveLength(corpus.length * fields.length);
    const wrong = posted.filter(
      (p) =>
        (p.status !== 201 && p.status !== 400) ||
        (p.status === 201) !== p.schemaVerdict.ok ||
        (!p.schemaVerdict.ok && p.errorField !== p.schemaVerdict.field),
    );
    expect(wrong.map(({ field, input, status }) => ({ field, input, status }))).toEqual([]);
  });

  it('refuses only empty, invisible and control-character bodies, and names the field', () => {
    const refused = posted.filter((p) => p.field === 'body' && p.status === 400);
    expect(refused.map((p) => p.input)).toEqual(
      corpus.filter(
        (s) => !hasVisibleCharacter(s.trim()) || firstRefusedCharacter(s, 'text') !== undefined,
      ),
    );
    expect(new Set(refused.map((p) => p.errorField))).toEqual(new Set(['body']));
    const refusedNames = posted.filter((p) => p.field === 'author.name' && p.status === 400);
    expect(new Set(refusedNames.map((p) => p.errorField))).toEqual(new Set(['author.name']));
  });

  it('stores what it accepts trimmed and composed, and never an address that is not http(s)', () => {
    for (const p of accepted()) {
      const expected = p.input.trim().normalize('NFC');
      if (p.field === 'body') expect(p.comment!.body).toBe(expected);
      if (p.field === 'author.name') expect(p.comment!.author.name).toBe(expected);
      // An address is stored as browsers serialise it (web-address.ts).
      if (p.field === 'author.url') expect(p.comment!.author.url).toBe(new URL(expected).href);
    }
    const urls = accepted().flatMap((p) => p.comment!.author.url ?? []);
    expect(urls.length).toBeGreaterThan(corpus.length / 2);
    expect(urls.filter((url) => !/^https?:\/\//i.test(url))).toEqual([]);
  });
});

interface Rendered {
  id: string;
  bodyText: string | null;
  bodyTags: string[];
  links: { href: string | null; rel: string | null }[];
  authorText: string | null;
  authorTags: string[];
  authorHref: string | null;
}

describe('the naughty strings in Chromium', () => {
  it('shows every accepted string verbatim, as text, and runs none of them', async () => {
    const context = await browser.newContext({ bypassCSP: true });
    const page = await context.newPage();
    const dialogs: string[] = [];
    const errors: string[] = [];
    const strayRequests: string[] = [];
    page.on('dialog', (dialog) => {
      dialogs.push(dialog.message());
      void dialog.dismiss();
    });
    page.on('pageerror', (error) => errors.push(`pageerror: ${error.message}`));
    page.on('console', (message) => {
      if (message.type() === 'error') errors.push(`console: ${message.text()}`);
    });
    page.on('request', (request) => {
      const url = request.url();
      if (!url.startsWith(server.url) && !url.startsWith('data:')) strayRequests.push(url);
    });
    await page.goto(`${server.url}/articles/${demoSlug}`);

    // Every page of threads, loaded by the button (or by scrolling, which also loads them).
    const expected = 7 + roots + accepted().length;
    const rendered = () => page.locator('article.comment').count();
    for (let round = 0; round < 40 && (await rendered()) < expected; round++) {
      const before = await rendered();
      const more = page.getByRole('button', { name: 'Load more comments' });
      if (await more.isEnabled().catch(() => false)) await more.click().catch(() => {});
      await page
        .waitForFunction((n) => document.querySelectorAll('article.comment').length > n, before, {
          timeout: 10_000,
        })
        .catch(() => {});
    }
    expect(await rendered()).toBe(expected);

    const ids = accepted().map((p) => p.comment!.id);
    const found = await page.evaluate((ids: string[]): Rendered[] => {
      const tags = (root: Element | null) =>
        root ? [...root.querySelectorAll('*')].map((el) => el.tagName) : [];
      return ids.map((id) => {
        const body = document.querySelector(`#comment-${id} .comment__body`);
        const author = document.getElementById(`comment-${id}-author`);
        return {
          id,
          bodyText: body?.textContent ?? null,
          bodyTags: tags(body),
          links: [...(body?.querySelectorAll('a') ?? [])].map((a) => ({
            href: a.getAttribute('href'),
            rel: a.getAttribute('rel'),
          })),
          authorText: author?.textContent ?? null,
          authorTags: tags(author),
          authorHref: author?.querySelector('a')?.getAttribute('href') ?? null,
        };
      });
    }, ids);

    const problems: string[] = [];
    for (const [i, p] of accepted().entries()) {
      const comment = p.comment!;
      const dom = found[i]!;
      const say = (what: string) => problems.push(`${p.field} ${JSON.stringify(p.input)}: ${what}`);
      // Plain text, one paragraph: the corpus has no line breaks, so the text is exactly the body.
      if (dom.bodyText !== comment.body) say(`body shown as ${JSON.stringify(dom.bodyText)}`);
      if (dom.authorText !== comment.author.name) say(`name shown as ${dom.authorText}`);
      if (dom.authorHref !== (comment.author.url ?? null)) say(`link to ${dom.authorHref}`);
      // Elements come from the reader only: paragraphs, and links it made from http(s) text.
      if (dom.bodyTags.some((tag) => tag !== 'P' && tag !== 'A')) say(`body has ${dom.bodyTags}`);
      // The name: the reader's <bdi> that isolates its direction, and the author's link.
      if (dom.authorTags.some((tag) => tag !== 'BDI' && tag !== 'A')) {
        say(`name has ${dom.authorTags}`);
      }
      for (const link of dom.links) {
        if (!/^https?:\/\//i.test(link.href ?? '') || link.rel !== 'nofollow ugc noopener') {
          say(`body link ${JSON.stringify(link)}`);
        }
      }
    }
    expect(problems).toEqual([]);
    expect(accepted().every((p) => !p.comment!.body.includes('\n'))).toBe(true);

    // Nothing ran: no dialog, no error, no request to anywhere else, no script but the app's.
    expect(dialogs).toEqual([]);
    expect(errors).toEqual([]);
    expect(strayRequests).toEqual([]);
    const scripts = await page.evaluate(() =>
      [...document.scripts].map((s) => s.getAttribute('src') ?? `inline: ${s.text.slice(0, 80)}`),
    );
    expect(scripts.filter((src) => !src.startsWith('/assets/'))).toEqual([]);
    await context.close();
  }, 120_000);
});
