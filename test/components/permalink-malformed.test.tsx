import { screen } from '@testing-library/react';
import { afterEach, expect, it } from 'vitest';
import { renderApp, sourceFor } from '../helpers/render-app';
import { createTestServer } from '../helpers/server';

const slug = 'usa-trump-tells-russia-to-get-its-troops-out-of-venezuela';

afterEach(() => {
  window.location.hash = '';
});

it.each(['#comment-%E0', '#comment-%', '#comment-%C3%A', '#comment-'])(
  'shows the discussion as usual under the malformed permalink %s',
  async (hash) => {
    const { app } = await createTestServer();
    window.location.hash = hash;
    renderApp(sourceFor(app), `/articles/${slug}`);
    const discussion = await screen.findByRole('region', { name: '7 comments' });
    expect(await screen.findAllByRole('button', { name: /^Collapse thread by/ })).not.toHaveLength(
      0,
    );
    expect(discussion).toBeInTheDocument();
    expect(screen.queryByRole('alert')).toBeNull();
    // Not a permalink at all: nothing says the comment is missing.
    expect(screen.queryByText(/not available/)).toBeNull();
  },
);

it('keeps the discussion when the address changes to a malformed permalink', async () => {
  const { app } = await createTestServer();
  renderApp(sourceFor(app), `/articles/${slug}`);
  await screen.findAllByRole('button', { name: /^Collapse thread by/ });
  window.location.hash = '#comment-%E0';
  await new Promise((resolve) => window.addEventListener('hashchange', resolve, { once: true }));
  expect(screen.getByRole('region', { name: '7 comments' })).toBeInTheDocument();
  expect(screen.queryByRole('alert')).toBeNull();
});
