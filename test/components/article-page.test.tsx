import { screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { createApiSource } from '../../src/client/sources/api-source';
import { renderApp, sourceFor } from '../helpers/render-app';
import { createTestServer, newComment, postJson } from '../helpers/server';

const slug = 'usa-trump-tells-russia-to-get-its-troops-out-of-venezuela';

describe('the article page, served by the real server code', () => {
  it('renders the title, the caption, the body and the 7 comments as a thread', async () => {
    const { app } = await createTestServer();
    renderApp(sourceFor(app), `/articles/${slug}`);

    expect(
      await screen.findByRole('heading', { level: 1, name: /Trump tells Russia/ }),
    ).toBeInTheDocument();
    expect(screen.getByText('REUTERS/Carlos Barria')).toBeInTheDocument();
    // The body's sanitiser loads on demand, a moment after the title.
    expect(
      await screen.findByText(/escalated the political crisis in Venezuela/),
    ).toBeInTheDocument();

    const discussion = await screen.findByRole('region', { name: '7 comments' });
    const topLevel = within(discussion).getAllByRole('list')[0]!;
    // Six top-level comments; the seventh is nested under wally n's of March 31.
    expect(topLevel.querySelectorAll(':scope > li')).toHaveLength(6);
    const wallyLater = discussion.querySelector('#comment-5')!;
    expect(within(wallyLater as HTMLElement).getByText('wally n')).toBeInTheDocument();
    const nested = wallyLater.parentElement!.querySelector(':scope > ol')!;
    expect(within(nested as HTMLElement).getByText('Trevor')).toBeInTheDocument();
    expect(nested.textContent).toContain('Presi Granger got cancer');
  });

  it('keeps comment markup as text', async () => {
    const { app } = await createTestServer();
    await app.request(
      `/api/articles/${slug}/comments`,
      postJson(
        newComment({
          author: { name: 'Mallory', email: 'm@example.com' },
          body: '<img src=x onerror=alert(1)> hello',
        }),
      ),
    );
    renderApp(sourceFor(app), `/articles/${slug}`);
    expect(await screen.findByText('<img src=x onerror=alert(1)> hello')).toBeInTheDocument();
    expect(document.querySelector('.comment img')).toBeNull();
  });

  it('says an unknown article was not found', async () => {
    const { app } = await createTestServer();
    renderApp(sourceFor(app), '/articles/nothing-here');
    expect(await screen.findByRole('alert')).toHaveTextContent(/Not found/);
  });

  it('lists the articles on the home page', async () => {
    const { app } = await createTestServer();
    renderApp(sourceFor(app), '/');
    const link = await screen.findByRole('link', { name: /Trump tells Russia/ });
    expect(link).toHaveAttribute('href', `/articles/${slug}`);
    expect(screen.getByText('7 comments')).toBeInTheDocument();
  });

  it('turns comments that break the contract into a clear error and keeps the article', async () => {
    const { app } = await createTestServer();
    // A response of the wrong shape goes through the real request helper and schema.
    const shapeBroken = createApiSource('http://parley.test', async (input, init) =>
      input.includes('/comments')
        ? Response.json({ comments: [{ id: 7 }], total: -1 })
        : app.request(input, init),
    );
    renderApp(shapeBroken, `/articles/${slug}`);
    expect(await screen.findByRole('alert')).toHaveTextContent(/can’t be shown/);
    expect(screen.getByRole('heading', { level: 1 })).toHaveTextContent(/Trump tells Russia/);
  });

  it('says the server cannot be reached', async () => {
    const down = createApiSource('http://parley.test', () =>
      Promise.reject(new TypeError('Failed to fetch')),
    );
    renderApp(down, `/articles/${slug}`);
    expect(await screen.findByRole('alert')).toHaveTextContent(/Can’t reach the server/);
    expect(screen.getByRole('button', { name: 'Try again' })).toBeInTheDocument();
  });
});
