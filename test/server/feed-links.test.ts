// @vitest-environment node
import { afterAll, describe, expect, it } from 'vitest';
import { defaultConfig } from '../../src/server/config';
import { createServer } from '../../src/server/create-server';
import { demoSlug } from '../../src/server/seed/demo-article';
import { builtClient } from '../helpers/built-client';
import { createTestServer } from '../helpers/server';

const template = `<!doctype html>
<html lang="en">
  <head>
    <title>Parley</title>
  </head>
  <body>
    <div id="root"></div>
    <script type="module" crossorigin src="/assets/index.js"></script>
  </body>
</html>`;

const client = builtClient({
  'index.html': template,
  '.vite/manifest.json': JSON.stringify({
    'index.html': { file: 'assets/index.js', isEntry: true },
  }),
});
afterAll(client.remove);

async function server() {
  const { store } = await createTestServer();
  const app = createServer({
    store,
    config: defaultConfig,
    clientDir: client.dir,
    startRenderer: () => async () => '<p>rendered</p>',
    localeOf: () => 'en',
  });
  const html = async (path: string) => {
    const res = await app.request(path);
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toMatch(/^text\/html/);
    return res.text();
  };
  return { store, html };
}

/** The feed links in a page's <head>, as tags. */
const feedLinks = (html: string) => {
  const head = html.slice(0, html.indexOf('</head>'));
  return head.match(/<link rel="alternate" type="application\/atom\+xml"[^>]*>/g) ?? [];
};

describe('the pages link their Atom feeds', () => {
  it("the reader's article page links the article's feed and the site's", async () => {
    const { html } = await server();
    expect(feedLinks(await html(`/articles/${demoSlug}`))).toEqual([
      `<link rel="alternate" type="application/atom+xml" title="Comments on “USA: Trump tells Russia to get its troops out of\u00a0Venezuela”" href="/articles/${demoSlug}/comments.atom">`,
      '<link rel="alternate" type="application/atom+xml" title="Latest comments" href="/comments.atom">',
    ]);
  });

  it('an address that names no article is the plain app, with no feed to link', async () => {
    const { html } = await server();
    expect(await html('/articles/no-such-article')).toBe(template);
    expect(await html('/articles/Not%20one')).toBe(template);
    expect(await html('/')).toBe(template);
  });

  it("a title's markup and quotes stay in the attribute", async () => {
    const { store, html } = await server();
    await store.seedArticle({
      slug: 'quotes',
      title: '"><script>alert(1)</script> & $& $1',
      bodyHtml: '<p>Body</p>',
      commentsOpen: true,
      comments: [],
    });
    const [article] = feedLinks(await html('/articles/quotes'));
    expect(article).toBe(
      '<link rel="alternate" type="application/atom+xml" title="Comments on “&quot;&gt;&lt;script&gt;alert(1)&lt;/script&gt; &amp; $&amp; $1”" href="/articles/quotes/comments.atom">',
    );
  });

  it("the embed's server-rendered first view links the article's feed", async () => {
    const { html } = await server();
    const page = await html(`/embed/${demoSlug}`);
    expect(page).toContain('<p>rendered</p>');
    expect(feedLinks(page)[0]).toContain(`href="/articles/${demoSlug}/comments.atom"`);
  });
});
