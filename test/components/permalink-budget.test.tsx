import { screen, waitFor } from '@testing-library/react';
import { afterEach, expect, it } from 'vitest';
import { renderApp, sourceFor } from '../helpers/render-app';
import { createTestServer } from '../helpers/server';

afterEach(() => {
  window.location.hash = '';
});

it('shows a permalinked reply that lies past the thread’s first hundred comments', async () => {
  const { app, store } = await createTestServer();
  // One top-level comment with 150 replies: the thread shows its first 100 until asked for more.
  await store.seedArticle({
    slug: 'long-thread',
    title: 'A long thread',
    bodyHtml: '<p>Text.</p>',
    commentsOpen: true,
    comments: Array.from({ length: 151 }, (_, i) => ({
      parentIndex: i === 0 ? null : 0,
      authorName: `Reader ${i}`,
      createdAt: new Date(Date.UTC(2024, 0, 1, 0, i)).toISOString(),
      body: `Comment number ${i}`,
    })),
  });
  const page = (await (await app.request('/api/articles/long-thread/comments')).json()) as {
    comments: { id: string; body: string }[];
  };
  const last = page.comments.find((c) => c.body === 'Comment number 150')!;

  window.location.hash = `#comment-${last.id}`;
  renderApp(sourceFor(app), '/articles/long-thread');
  await waitFor(() => expect(document.getElementById(`comment-${last.id}`)).not.toBeNull(), {
    timeout: 10_000,
  });
  // Revealed: focused, within the test (a reveal left running would outlive it).
  await waitFor(() => expect(document.getElementById(`comment-${last.id}`)).toHaveFocus());
  // The rest of the thread still waits behind its button.
  expect(screen.queryByText('Comment number 120')).toBeNull();
  expect(screen.getByRole('button', { name: /Show \d+ more replies/ })).toBeInTheDocument();
  // A hundred comments in jsdom take a few seconds on a busy machine.
}, 20_000);
