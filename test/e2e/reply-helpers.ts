import { draftsInPage } from './stored-drafts';
import type { BrowserContext, Page } from 'playwright-core';
import * as v from 'valibot';
import { commentPageSchema } from '../../src/core/schemas';
import { startServer, type RunningServer } from './server-process';

export const slug = 'usa-trump-tells-russia-to-get-its-troops-out-of-venezuela';

/**
 * A server of the test's own, on a database file it keeps, so it can be stopped mid-test and
 * started again on the same port and data. No rate limit: these tests post on purpose.
 */
export async function ownServer(): Promise<RunningServer & { restart(): Promise<void> }> {
  let server = await startServer({ env: { PARLEY_RATE_LIMIT: 'off' } });
  const port = Number(new URL(server.url).port);
  const handle = {
    get url() {
      return server.url;
    },
    get dbFile() {
      return server.dbFile;
    },
    get process() {
      return server.process;
    },
    stop: (signal?: NodeJS.Signals) => server.stop(signal),
    async restart() {
      await server.stop();
      server = await startServer({
        dbFile: server.dbFile,
        port,
        env: { PARLEY_RATE_LIMIT: 'off' },
      });
    },
  };
  return handle;
}

/** How many stored comments have this exact text: the count that must end at exactly one. */
export async function storedWithBody(baseUrl: string, body: string): Promise<number> {
  const response = await fetch(`${baseUrl}/api/articles/${slug}/comments?limit=500`);
  const page = v.parse(commentPageSchema, await response.json());
  return page.comments.filter((comment) => comment.body === body).length;
}

export async function openArticle(context: BrowserContext, baseUrl: string): Promise<Page> {
  const page = await context.newPage();
  page.on('pageerror', (error) => {
    throw error;
  });
  await page.goto(`${baseUrl}/articles/${slug}`);
  await page.locator('article.comment').first().waitFor();
  return page;
}

export const leaveReplyForm = (page: Page) => page.getByRole('form', { name: 'Leave a Reply' });

export async function fillLeaveReply(page: Page, body: string) {
  const form = leaveReplyForm(page);
  await form.getByLabel('Comment', { exact: true }).fill(body);
  await form.getByLabel('Name', { exact: true }).fill('Ana Reader');
  await form.getByLabel('Email', { exact: true }).fill('ana@example.com');
}

/** The drafts this page has stored, as raw JSON. */
export const storedDrafts = (page: Page) => page.evaluate(draftsInPage);
