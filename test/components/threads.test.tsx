import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { renderApp, sourceFor } from '../helpers/render-app';
import { createTestServer, newComment, postJson } from '../helpers/server';

const slug = 'usa-trump-tells-russia-to-get-its-troops-out-of-venezuela';

async function renderArticle() {
  const { app } = await createTestServer();
  const view = renderApp(sourceFor(app), `/articles/${slug}`);
  await screen.findByRole('region', { name: '7 comments' });
  await screen.findAllByRole('button', { name: /^Collapse thread by/ });
  return { app, view };
}

describe('collapsing threads', () => {
  it('collapses a comment with its replies and says how many are hidden', async () => {
    await renderArticle();
    const user = userEvent.setup();
    const toggles = screen.getAllByRole('button', { name: 'Collapse thread by wally n' });
    const toggle = toggles[1]!;
    expect(toggle).toHaveAttribute('aria-expanded', 'true');
    expect(screen.getByText(/Presi Granger got cancer/)).toBeInTheDocument();

    await user.click(toggle);
    expect(toggle).toHaveAttribute('aria-expanded', 'false');
    expect(toggle).toHaveAccessibleName('Expand thread by wally n');
    expect(toggle).toHaveFocus();
    expect(screen.getByText('1 reply hidden')).toBeInTheDocument();
    // The reply stays on the page, hidden (a collapse then costs one attribute, not a re-mount).
    expect(screen.getByText(/Presi Granger got cancer/)).not.toBeVisible();
    const thread = within(toggle.closest('li')!);
    expect(thread.getAllByRole('article').map((a) => a.id)).toEqual([
      toggle.closest('article')!.id,
    ]);
    expect(screen.queryByText('lawd help us poor Granger')).toBeNull();
    // The author of the collapsed comment still shows.
    expect(within(toggle.closest('article')!).getByText('wally n')).toBeInTheDocument();

    await user.click(toggle);
    expect(toggle).toHaveAttribute('aria-expanded', 'true');
    expect(screen.getByText(/Presi Granger got cancer/)).toBeVisible();
    expect(thread.getAllByRole('article')).toHaveLength(2);
  });

  it('remembers collapsed threads across a remount', async () => {
    const { app, view } = await renderArticle();
    const user = userEvent.setup();
    await user.click(screen.getAllByRole('button', { name: 'Collapse thread by wally n' })[1]!);
    view.unmount();

    renderApp(sourceFor(app), `/articles/${slug}`);
    expect(await screen.findByRole('button', { name: 'Expand thread by wally n' })).toHaveAttribute(
      'aria-expanded',
      'false',
    );
    expect(screen.getByText('1 reply hidden')).toBeInTheDocument();
  });

  it('collapses and expands every thread at once', async () => {
    await renderArticle();
    const user = userEvent.setup();
    await user.click(screen.getByRole('button', { name: 'Collapse all' }));
    expect(screen.getAllByRole('button', { name: /^Expand thread by/ })).toHaveLength(6);
    expect(screen.queryByText(/catastrophic for the region/)).toBeNull();
    await user.click(screen.getByRole('button', { name: 'Expand all' }));
    expect(screen.getAllByRole('button', { name: /^Collapse thread by/ })).toHaveLength(7);
  });
});

describe('each comment', () => {
  it('shows a relative time with the exact time on hover, and links to itself', async () => {
    await renderArticle();
    const link = document.querySelector<HTMLAnchorElement>('#comment-1 .comment__permalink')!;
    expect(link).toHaveAttribute('href', '#comment-1');
    expect(link.textContent).toMatch(/ago/);
    expect(link.title).toMatch(/2019/);
  });

  it('turns web addresses in a comment into safe links', async () => {
    const { app } = await createTestServer();
    await app.request(
      `/api/articles/${slug}/comments`,
      postJson(
        newComment({
          author: { name: 'Linker', email: 'l@example.com' },
          body: 'Read https://example.com/report and javascript:alert(1)',
        }),
      ),
    );
    renderApp(sourceFor(app), `/articles/${slug}`);
    const link = await screen.findByRole('link', { name: 'https://example.com/report' });
    expect(link).toHaveAttribute('rel', 'nofollow ugc noopener');
    expect(screen.queryByRole('link', { name: /javascript/ })).toBeNull();
  });
});

describe('sorting', () => {
  it('asks the server for newest first and remembers the choice', async () => {
    const { app, view } = await renderArticle();
    const user = userEvent.setup();
    await user.selectOptions(screen.getByLabelText('Sort'), 'newest');
    await waitFor(() =>
      expect(document.querySelector('.discussion article.comment')?.id).toBe('comment-7'),
    );
    view.unmount();
    renderApp(sourceFor(app), `/articles/${slug}`);
    await waitFor(() =>
      expect(document.querySelector('.discussion article.comment')?.id).toBe('comment-7'),
    );
    expect(screen.getByLabelText('Sort')).toHaveValue('newest');
  });
});
