import { screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { createApiSource } from '../../src/client/sources/api-source';
import { renderApp } from '../helpers/render-app';
import { createTestServer } from '../helpers/server';

const slug = 'usa-trump-tells-russia-to-get-its-troops-out-of-venezuela';

/** A server (or something pretending to be one) whose comments carry a script address. */
async function sourceWithAuthorUrl(url: string) {
  const { app } = await createTestServer();
  return createApiSource('http://parley.test', async (input, init) => {
    const res = await app.request(input, init);
    if (!input.includes('/comments')) return res;
    const page = (await res.json()) as { comments: { author: { url?: string } }[] };
    page.comments[0]!.author.url = url;
    return Response.json(page);
  });
}

describe('an answer carrying a script address for an author', () => {
  it.each(['javascript:alert(document.domain)', ' JaVaScRiPt:alert(1)', 'data:text/html,<script>'])(
    'never becomes a link (%s): the answer is refused and the article stays',
    async (url) => {
      renderApp(await sourceWithAuthorUrl(url), `/articles/${slug}`);
      expect(await screen.findByRole('alert')).toHaveTextContent(/can’t be shown/);
      expect(screen.getByRole('heading', { level: 1 })).toHaveTextContent(/Trump tells Russia/);
      const hrefs = [...document.querySelectorAll('a')].map((a) => a.getAttribute('href') ?? '');
      expect(hrefs.filter((href) => !/^(https?:|\/|#)/i.test(href))).toEqual([]);
    },
  );
});
