import { screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { createApiSource } from '../../src/client/sources/api-source';
import { demoSlug } from '../../src/server/seed/demo-article';
import { renderApp } from '../helpers/render-app';
import { createTestServer } from '../helpers/server';

/** The demo article as the API sends it, with `lang` set or left out. */
async function renderArticle(lang: string | undefined, locale: 'en' | 'es' = 'en') {
  const { app } = await createTestServer();
  const source = createApiSource('http://parley.test', async (input, init) => {
    const res = await app.request(input, init);
    if (!input.endsWith(`/api/articles/${demoSlug}`)) return res;
    return Response.json({ ...((await res.json()) as object), lang });
  });
  renderApp(source, `/articles/${demoSlug}`, locale);
  // Comments are articles too: the article is the one its title names.
  return screen.findByRole('article', { name: /Trump tells Russia/ });
}

describe("the article's language", () => {
  it('marks the title and the body with it, whatever the interface language', async () => {
    const article = await renderArticle('fr-CA');
    expect(article).toHaveAttribute('lang', 'fr-CA');
    const body = await screen.findByText(/escalated the political crisis in Venezuela/);
    expect(body.closest('[lang]')).toBe(article);
    expect(screen.getByRole('heading', { level: 1 }).closest('[lang]')).toBe(article);
  });

  it('marks it in a Spanish interface too', async () => {
    const article = await renderArticle('en', 'es');
    expect(article).toHaveAttribute('lang', 'en');
  });

  it('leaves the text in the page language when the article names none', async () => {
    const article = await renderArticle(undefined);
    expect(article).not.toHaveAttribute('lang');
  });
});
