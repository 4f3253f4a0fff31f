// @vitest-environment node
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';
import * as v from 'valibot';
import { afterAll, describe, expect, it, vi } from 'vitest';
import { firstViewSchema } from '../../src/core/first-view';
import { newCommentSchema } from '../../src/core/schemas';
import { embedLocale, languagesOf, renderEmbedFirstView } from '../../src/client/render-first-view';
import { builtModulesOf } from '../../src/server/client-manifest';
import { defaultConfig } from '../../src/server/config';
import { createServer } from '../../src/server/create-server';
import type { EmbedRenderer } from '../../src/server/embed-first-view';
import { demoSlug } from '../../src/server/seed/demo-article';
import { builtClient } from '../helpers/built-client';
import { createTestServer, newComment } from '../helpers/server';

const template = `<!doctype html>
<html lang="en">
  <head>
    <script type="module" crossorigin src="/assets/index.js"></script>
    <link rel="modulepreload" crossorigin href="/assets/react.js">
    <link rel="stylesheet" crossorigin href="/assets/index.css">
  </head>
  <body>
    <div id="root"></div>
  </body>
</html>`;

/**
 * A build of the client: the single-page app's index.html, and a manifest in which the form's
 * modules include the app's own entry, as Vite lists them.
 */
const client = builtClient({
  'index.html': template,
  '.vite/manifest.json': JSON.stringify({
    'index.html': { file: 'assets/index.js', isEntry: true },
    'src/client/reply/reply-form.tsx': { file: 'assets/form.js', imports: ['index.html'] },
    'src/client/i18n/es.ts': { file: 'assets/es.js', isDynamicEntry: true },
  }),
});
afterAll(client.remove);

/** The server's own routes in front of that build, counting the embed's renders. */
async function embedServer() {
  const { store } = await createTestServer();
  let now = Date.parse('2026-11-28T10:00:00Z');
  const renders: string[] = [];
  const render: EmbedRenderer = (input) => {
    renders.push(`${input.locale}?${input.search}`);
    return renderEmbedFirstView(input);
  };
  const app = createServer({
    store,
    config: { ...defaultConfig, now: () => new Date(now) },
    clientDir: client.dir,
    startRenderer: () => render,
    localeOf: embedLocale,
  });
  const getGzipped = async (path: string) => {
    const res = await app.request(path, { headers: { 'accept-encoding': 'gzip' } });
    const body = Buffer.from(await res.arrayBuffer());
    return { encoding: res.headers.get('content-encoding'), html: gunzipSync(body).toString() };
  };
  const get = async (path: string, headers: Record<string, string> = {}) => {
    const res = await app.request(path, { headers });
    return {
      status: res.status,
      type: res.headers.get('content-type'),
      vary: res.headers.get('vary'),
      html: await res.text(),
    };
  };
  return { store, get, getGzipped, renders, later: (ms: number) => (now += ms) };
}

/** The data sent beside the HTML, as the browser's app reads it. */
function firstViewIn(html: string) {
  const json = /<script type="application\/json" id="parley-first-view">(.*?)<\/script>/s.exec(
    html,
  )?.[1];
  expect(json).toBeDefined();
  return v.parse(firstViewSchema, JSON.parse(json!));
}

describe('GET /embed/<slug>: the comments view rendered by the server', () => {
  it('sends the thread, the Leave a Reply form and their data in the HTML', async () => {
    const { get } = await embedServer();
    const { status, type, html } = await get(`/embed/${demoSlug}?origin=http://host.test`);
    expect(status).toBe(200);
    expect(type).toMatch(/^text\/html/);
    expect(html).toContain('<html lang="en" data-embed>');
    expect(html).toContain('<h2 id="discussion-title" class="discussion__title">7 comments</h2>');
    expect(html).toContain('War in Venezuela would be catastrophic');
    expect(html).toMatch(/<textarea[^>]* name="body"/);
    // The hooks by which the app carries over what the reader did before it started.
    expect(html).toContain('data-parley-form="leave-reply"');
    expect(html).toMatch(/<button[^>]* data-parley-action="collapse" data-comment-id="\d+"/);
    expect(html).toMatch(/<button[^>]* data-parley-action="reply" data-comment-id="\d+"/);
    // Every button the reader can press early is marked, so none is silently not pressed again.
    const unmarked = (html.match(/<button(?![^>]*type="submit")[^>]*>/g) ?? []).filter(
      (tag) => !tag.includes('data-parley-action='),
    );
    expect(unmarked).toEqual([]);
    // The server's empty storage still works: no warning that drafts won't be kept.
    expect(html).not.toContain('won’t survive a reload');
    // The page's policy (style-src 'self') would refuse style attributes.
    expect(html).not.toMatch(/\sstyle="/);
    // The app's script is left to the boot script, which asks for it once the page has loaded.
    expect(html).toContain(
      '<script src="/embed-frame.js" data-app="/assets/index.js" data-preload="/assets/react.js /assets/form.js"></script>',
    );
    expect(html).not.toMatch(/type="module"|modulepreload/);
    expect(html).toContain('<link rel="stylesheet" crossorigin href="/assets/index.css">');
    const view = firstViewIn(html);
    expect(view.article.slug).toBe(demoSlug);
    expect(view.comments.comments).toHaveLength(7);
  });

  it('sets the theme the host asked for, and nothing else it might put in the address', async () => {
    const { get } = await embedServer();
    expect((await get(`/embed/${demoSlug}?theme=dark`)).html).toContain(
      '<html lang="en" data-embed data-theme="dark">',
    );
    const hostile = await get(`/embed/${demoSlug}?theme=${encodeURIComponent('"><script>')}`);
    expect(hostile.html).toContain('<html lang="en" data-embed>');
    expect(hostile.html).not.toContain('"><script>');
  });

  it('speaks the reader’s language, from the address or the browser', async () => {
    const { get } = await embedServer();
    const spanish = await get(`/embed/${demoSlug}`, {
      'accept-language': 'es-VE,es;q=0.9,en;q=0.8',
    });
    expect(spanish.html).toContain('<html lang="es" data-embed>');
    expect(spanish.html).toContain('7 comentarios');
    // Its catalogue is fetched with the app, not after it.
    expect(spanish.html).toContain('data-preload="/assets/react.js /assets/form.js /assets/es.js"');
    expect((await get(`/embed/${demoSlug}?lang=en`, { 'accept-language': 'es' })).html).toContain(
      '7 comments',
    );
  });

  it('leaves the full view and unknown articles to the single-page app', async () => {
    const { get, renders } = await embedServer();
    expect((await get(`/embed/${demoSlug}?view=full`)).html).toBe(template);
    expect((await get('/embed/no-such-article')).html).toBe(template);
    expect(renders).toEqual([]);
  });

  it('keeps a comment’s text as text: no closing tag, no replacement pattern', async () => {
    const { get, store } = await embedServer();
    const body = 'Ends here </script><script>alert(1)</script> and costs $& or $1';
    await store.createComment(demoSlug, v.parse(newCommentSchema, newComment({ body })), {
      status: 'approved',
      now: new Date('2026-11-27T10:00:00Z'),
    });
    const { html } = await get(`/embed/${demoSlug}`);
    // The data and the boot script: the comment opened none and closed none.
    expect(html.match(/<script/g)).toHaveLength(2);
    expect(html.match(/<\/script>/g)).toHaveLength(2);
    expect(html).toContain(
      'Ends here &lt;/script&gt;&lt;script&gt;alert(1)&lt;/script&gt; and costs $&amp; or $1',
    );
    expect(firstViewIn(html).comments.comments.map((c) => c.body)).toContain(body);
  });

  it('renders a page once, again after a write or once its relative times are a minute old', async () => {
    const { get, store, renders, later } = await embedServer();
    await get(`/embed/${demoSlug}`);
    await get(`/embed/${demoSlug}?origin=http://a.test`);
    await get(`/embed/${demoSlug}?origin=http://b.test&utm=x`);
    expect(renders).toEqual(['en?']);
    await get(`/embed/${demoSlug}?theme=dark&origin=http://a.test`);
    expect(renders).toEqual(['en?', 'en?']);

    await store.createComment(
      demoSlug,
      v.parse(newCommentSchema, newComment({ body: 'Fresh words.' })),
      {
        status: 'approved',
        now: new Date('2026-11-28T09:00:00Z'),
      },
    );
    expect((await get(`/embed/${demoSlug}`)).html).toContain('Fresh words.');
    expect(renders).toHaveLength(3);
    later(61_000);
    // A minute on, the page is sent as it was while it is rendered again, once.
    expect((await get(`/embed/${demoSlug}`)).html).toContain('Fresh words.');
    await get(`/embed/${demoSlug}`);
    await vi.waitFor(() => expect(renders).toHaveLength(4));
    await get(`/embed/${demoSlug}`);
    expect(renders).toHaveLength(4);
  });

  it('gzips the page for a browser that takes gzip, the same page as sent plain', async () => {
    const { get, getGzipped, renders } = await embedServer();
    const plain = await get(`/embed/${demoSlug}`);
    const gzipped = await getGzipped(`/embed/${demoSlug}`);
    expect(gzipped.encoding).toBe('gzip');
    expect(gzipped.html).toBe(plain.html);
    expect(renders).toHaveLength(1);
  });

  it('makes no new view for an invented language, theme or address', async () => {
    const { get, renders } = await embedServer();
    for (let i = 0; i < 20; i++) {
      const { status, vary } = await get(
        `/embed/${demoSlug}?lang=x${i}&theme=t${i}&origin=http://${i}.test&utm=${i}`,
        { 'accept-language': `x-${i},fr;q=0.${(i % 9) + 1}` },
      );
      expect(status).toBe(200);
      expect(vary).toContain('Accept-Language');
    }
    expect(renders).toEqual(['en?']);
    // What does change the view is the language matched, not the header that asked for it.
    await get(`/embed/${demoSlug}`, { 'accept-language': 'es-VE' });
    await get(`/embed/${demoSlug}?lang=es-AR`, { 'accept-language': 'x-1' });
    expect(renders).toEqual(['en?', 'es?']);
  });

  it('leaves a thread’s own view (a permalink) to the single-page app', async () => {
    const { get, renders } = await embedServer();
    for (const thread of ['1', '5', '999999', 'x', '']) {
      expect((await get(`/embed/${demoSlug}?thread=${thread}`)).html).toBe(template);
    }
    expect(renders).toEqual([]);
  });

  it('renders a view once for requests that ask for it at the same time', async () => {
    const { get, renders } = await embedServer();
    const pages = await Promise.all(Array.from({ length: 5 }, () => get(`/embed/${demoSlug}`)));
    expect(new Set(pages.map((page) => page.html)).size).toBe(1);
    expect(renders).toHaveLength(1);
  });

  it('keeps every view of a page, one per language and theme, however they are asked for', async () => {
    const { get, renders } = await embedServer();
    for (let round = 0; round < 3; round++) {
      for (const theme of ['', 'light', 'dark', 'auto', 'neon']) {
        for (const language of ['en-GB', 'es-MX', 'fr', `x-${round}`]) {
          await get(`/embed/${demoSlug}?theme=${theme}&r=${round}`, {
            'accept-language': language,
          });
        }
      }
    }
    expect(renders).toEqual(['en?', 'es?', 'en?', 'es?', 'en?', 'es?']);
  });
});

describe('languagesOf', () => {
  it('orders an Accept-Language header’s tags by weight, dropping * and q=0', () => {
    expect(languagesOf('en;q=0.5, es-VE, fr;q=0, *;q=0.1, de;q=0.8')).toEqual([
      'es-VE',
      'de',
      'en',
    ]);
    expect(languagesOf(undefined)).toEqual([]);
    expect(languagesOf('')).toEqual([]);
  });
});

describe('builtModulesOf', () => {
  it('finds a source file’s built module and what it imports, from the build’s manifest', () => {
    const clientDir = mkdtempSync(join(tmpdir(), 'parley-manifest-'));
    expect(builtModulesOf(clientDir, 'src/form.tsx')).toEqual([]);
    mkdirSync(join(clientDir, '.vite'));
    writeFileSync(
      join(clientDir, '.vite', 'manifest.json'),
      JSON.stringify({
        'src/form.tsx': { file: 'assets/form-1.js', imports: ['_shared.js', 'src/other.tsx'] },
        '_shared.js': { file: 'assets/shared-2.js', imports: ['src/form.tsx'] },
        'src/other.tsx': { file: 'assets/other-3.js' },
      }),
    );
    expect(builtModulesOf(clientDir, 'src/form.tsx')).toEqual([
      '/assets/form-1.js',
      '/assets/shared-2.js',
      '/assets/other-3.js',
    ]);
    expect(builtModulesOf(clientDir, 'src/missing.tsx')).toEqual([]);
  });
});
