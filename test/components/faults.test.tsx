import { fireEvent, screen } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { createQueryClient } from '../../src/client/app/query-client';
import { NetworkError, TimeoutError, type Fetch } from '../../src/client/lib/http';
import { createApiSource } from '../../src/client/sources/api-source';
import { renderApp, sourceFor } from '../helpers/render-app';
import { createTestServer } from '../helpers/server';

const slug = 'usa-trump-tells-russia-to-get-its-troops-out-of-venezuela';
const path = `/articles/${slug}`;

type Fault = 'hang' | 'html-500' | 'json-500' | 'slow' | null;

/**
 * A source whose requests go to the real server code in-process, except those matching `which`,
 * which meet `fault` until it is cleared. A hung request ends only when its signal aborts, as a
 * real fetch does.
 */
async function faultySource(which: RegExp, first: Fault) {
  const { app } = await createTestServer();
  let fault: Fault = first;
  const fetchFn: Fetch = (url, init) => {
    const real = () => Promise.resolve(app.request(url, init));
    if (!which.test(new URL(url).pathname) || fault === null) return real();
    switch (fault) {
      case 'hang':
        return new Promise((_resolve, reject) =>
          init?.signal?.addEventListener('abort', () => reject(init.signal?.reason)),
        );
      case 'html-500':
        return Promise.resolve(new Response('<pre>Traceback…</pre>', { status: 500 }));
      case 'json-500':
        return Promise.resolve(
          Response.json({ error: { code: 'internal', message: 'Oops.' } }, { status: 500 }),
        );
      case 'slow':
        return new Promise((resolve) => setTimeout(() => resolve(real()), 150));
    }
  };
  const source = createApiSource('http://parley.test', fetchFn, { timeoutMs: 300 });
  return { source, heal: () => (fault = null) };
}

const commentsPath = /\/comments$/;
const articlePath = /^\/api\/articles\/[^/]+$/;

// Nothing may end as an unhandled rejection: each failure must be caught and shown.
const unhandled: unknown[] = [];
const onUnhandled = (reason: unknown) => unhandled.push(reason);
beforeEach(() => {
  unhandled.length = 0;
  process.on('unhandledRejection', onUnhandled);
});
afterEach(() => {
  process.off('unhandledRejection', onUnhandled);
  expect(unhandled).toEqual([]);
});

describe('a discussion that fails never hides the article, and offers Try again', () => {
  it.each([
    ['times out', 'hang', 'The server is taking too long'],
    ['answers 500 with an HTML page', 'html-500', 'The server had a problem'],
    ['answers 500 with an API error', 'json-500', 'The server had a problem'],
  ] as const)('when the comments request %s', async (_what, fault, title) => {
    const { source, heal } = await faultySource(commentsPath, fault);
    renderApp(source, path);
    const alert = await screen.findByRole('alert', {}, { timeout: 3_000 });
    expect(alert).toHaveTextContent(title);
    expect(screen.getByRole('heading', { level: 1 })).toHaveTextContent(/Trump tells Russia/);
    heal();
    fireEvent.click(screen.getByRole('button', { name: 'Try again' }));
    expect(await screen.findByRole('region', { name: '7 comments' })).toBeInTheDocument();
    expect(screen.queryByRole('alert')).toBeNull();
  });
});

describe('the article itself', () => {
  it.each([
    ['times out', 'hang', 'The server is taking too long'],
    ['answers 500', 'html-500', 'The server had a problem'],
  ] as const)('says so when it %s, and loads with Try again', async (_what, fault, title) => {
    const { source, heal } = await faultySource(articlePath, fault);
    renderApp(source, path);
    expect(await screen.findByRole('alert', {}, { timeout: 3_000 })).toHaveTextContent(title);
    heal();
    fireEvent.click(screen.getByRole('button', { name: 'Try again' }));
    expect(await screen.findByRole('heading', { level: 1 })).toHaveTextContent(/Trump tells/);
  });
});

describe('a discussion that crashes while it renders', () => {
  it('is caught by its error boundary: the article stays, with Try again', async () => {
    vi.spyOn(console, 'error').mockImplementation(() => {}); // React reports the caught crash
    const { app } = await createTestServer();
    const real = sourceFor(app);
    // Data that passes every check and still breaks a component: a bug, not a bad answer.
    const crashing = {
      ...real,
      async getComments(...args: Parameters<typeof real.getComments>) {
        const page = await real.getComments(...args);
        const [first, ...rest] = page.comments;
        const poisoned = Object.defineProperty({ ...first! }, 'body', {
          get: () => {
            throw new Error('A bug in rendering');
          },
        });
        return { ...page, comments: [poisoned, ...rest] };
      },
    };
    renderApp(crashing, path);
    expect(await screen.findByRole('alert')).toHaveTextContent(/Something went wrong/);
    expect(screen.getByRole('heading', { level: 1 })).toHaveTextContent(/Trump tells Russia/);
    expect(screen.getByRole('button', { name: 'Try again' })).toBeInTheDocument();
  });
});

describe('a slow network', () => {
  it('shows the article and the discussion once every slow answer is in, with no error', async () => {
    const { source } = await faultySource(/^\/api\//, 'slow');
    renderApp(source, path);
    expect(
      await screen.findByRole('region', { name: '7 comments' }, { timeout: 3_000 }),
    ).toBeInTheDocument();
    expect(screen.getByRole('heading', { level: 1 })).toHaveTextContent(/Trump tells Russia/);
    expect(screen.queryByRole('alert')).toBeNull();
  });
});

describe('the app’s query client', () => {
  const retry = createQueryClient().getDefaultOptions().queries?.retry;
  const retries = (error: unknown) => typeof retry === 'function' && retry(0, error as Error);

  it('shows a time-out at once (the reader has waited already), but retries a network blip', () => {
    expect(retries(new TimeoutError())).toBe(false);
    expect(retries(new NetworkError(new TypeError('fetch failed')))).toBe(true);
  });
});
