// @vitest-environment node
import { DOMParser, onErrorStopParsing, type Element } from '@xmldom/xmldom';
import * as v from 'valibot';
import { gunzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { apiErrorSchema } from '../../src/core/schemas';
import { atomFeed } from '../../src/server/atom-feed';
import { demoSlug } from '../../src/server/seed/demo-article';
import type { SeedArticle, SeedComment } from '../../src/server/seed/seed-article';
import { createTestServer, newComment, postJson } from '../helpers/server';

type App = Awaited<ReturnType<typeof createTestServer>>['app'];

const atom = 'http://www.w3.org/2005/Atom';
const origin = 'http://parley.test';
/** What XML 1.0 allows: a feed holding anything else is not XML. */
const notXml = /[^\t\n\r\u0020-\uD7FF\uE000-\uFFFD\u{10000}-\u{10FFFF}]/u;
/** RFC 3339, as Atom's dates must be. */
const rfc3339 = /^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d(\.\d+)?(Z|[+-]\d\d:\d\d)$/;

const children = (parent: Element, name: string) =>
  Array.from(parent.childNodes).filter(
    (node): node is Element =>
      node.nodeType === node.ELEMENT_NODE &&
      (node as Element).namespaceURI === atom &&
      (node as Element).localName === name,
  );

/** The text of the one child `name` of `parent`: Atom allows no more than one of these. */
function only(parent: Element, name: string): string {
  const found = children(parent, name);
  expect(found, `one atom:${name} in atom:${parent.localName}`).toHaveLength(1);
  return found[0]!.textContent ?? '';
}

const linksOf = (parent: Element) =>
  children(parent, 'link').map((link) => ({
    rel: link.getAttribute('rel') ?? 'alternate',
    type: link.getAttribute('type'),
    href: link.getAttribute('href'),
  }));

/**
 * The feed as a real XML parser reads it (stopping at any error), checked for what RFC 4287
 * requires of a feed and of each entry, and returned as plain data.
 */
function readFeed(xml: string) {
  expect(xml).not.toMatch(notXml);
  const doc = new DOMParser({ onError: onErrorStopParsing }).parseFromString(
    xml,
    'application/xml',
  );
  const feed = doc.documentElement!;
  expect(feed.namespaceURI).toBe(atom);
  expect(feed.localName).toBe('feed');
  const updated = only(feed, 'updated');
  expect(updated).toMatch(rfc3339);
  const entries = children(feed, 'entry').map((entry) => {
    const content = children(entry, 'content');
    expect(content).toHaveLength(1);
    expect(content[0]!.getAttribute('type')).toBe('text');
    const authors = children(entry, 'author');
    expect(authors).toHaveLength(1);
    const published = only(entry, 'published');
    const entryUpdated = only(entry, 'updated');
    expect(published).toMatch(rfc3339);
    expect(entryUpdated).toMatch(rfc3339);
    const alternate = linksOf(entry).filter((link) => link.rel === 'alternate');
    expect(alternate).toHaveLength(1);
    return {
      id: only(entry, 'id'),
      title: only(entry, 'title'),
      author: only(authors[0]!, 'name'),
      published,
      updated: entryUpdated,
      link: alternate[0]!.href,
      content: content[0]!.textContent ?? '',
    };
  });
  // A feed names an author unless every entry does; this one always does.
  expect(children(feed, 'author').length).toBeGreaterThan(0);
  return {
    id: only(feed, 'id'),
    title: only(feed, 'title'),
    updated,
    links: linksOf(feed),
    entries,
  };
}

async function getFeed(app: App, path: string, headers: Record<string, string> = {}) {
  const res = await app.request(origin + path, { headers });
  expect(res.status).toBe(200);
  expect(res.headers.get('content-type')).toBe('application/atom+xml; charset=utf-8');
  return { res, feed: readFeed(await res.text()) };
}

const comment = (i: number, fields: Partial<SeedComment> = {}): SeedComment => ({
  parentIndex: null,
  authorName: `Reader ${i}`,
  createdAt: new Date(Date.UTC(2026, 0, 1, 0, i)).toISOString(),
  body: `Comment ${i}`,
  ...fields,
});

const article = (slug: string, comments: SeedComment[], title = slug): SeedArticle => ({
  slug,
  title,
  bodyHtml: '<p>Body</p>',
  commentsOpen: true,
  comments,
});

describe("GET /articles/:slug/comments.atom: one article's comments", () => {
  it('is an Atom feed of its comments, newest first, each linked to its permalink', async () => {
    const { app } = await createTestServer();
    const { feed } = await getFeed(app, `/articles/${demoSlug}/comments.atom`);
    const self = `${origin}/articles/${demoSlug}/comments.atom`;
    expect(feed.id).toBe(self);
    expect(feed.title).toBe(
      'Comments on “USA: Trump tells Russia to get its troops out of\u00a0Venezuela”',
    );
    expect(feed.links).toEqual([
      { rel: 'self', type: 'application/atom+xml', href: self },
      { rel: 'alternate', type: 'text/html', href: `${origin}/articles/${demoSlug}` },
    ]);
    expect(feed.entries).toHaveLength(7);
    const times = feed.entries.map((entry) => entry.published);
    expect(times).toEqual([...times].sort().reverse());
    expect(feed.updated).toBe(times[0]);
    for (const entry of feed.entries) {
      expect(entry.link).toMatch(new RegExp(`^${origin}/articles/${demoSlug}#comment-\\d+$`));
      expect(entry.id).toBe(entry.link);
    }
    expect(feed.entries.find((entry) => entry.author === 'Clyde Duncan')).toMatchObject({
      title: `Clyde Duncan on “USA: Trump tells Russia to get its troops out of\u00a0Venezuela”`,
    });
    expect(feed.entries.map((entry) => entry.content).join('\n')).toContain(
      'Russia Ignores Whining US Diplomats',
    );
  });

  it('keeps hostile text as text: no markup, no CDATA end, no character XML forbids', async () => {
    const { app, store } = await createTestServer();
    const hostile =
      'a ]]> b <![CDATA[ c ]]> </content></entry><entry> & &amp; "q" \'s\' <script>x</script>';
    // (Lone surrogates never reach the database: SQLite stores them as U+FFFD. See below.)
    const forbidden = '\u0000\u0001\u0008\u000b\u000c\u001f\ufffe\uffff';
    await store.seedArticle(
      article(
        'hostile',
        [
          comment(1, {
            authorName: `<b>Mallory</b> & "Eve" ${forbidden}`,
            body: `${hostile}\n${forbidden}\r\nend 😀 é`,
          }),
        ],
        `Title ]]> <i>&</i> ${forbidden}`,
      ),
    );
    const { feed } = await getFeed(app, '/articles/hostile/comments.atom');
    expect(feed.title).toBe('Comments on “Title ]]> <i>&</i> ”');
    expect(feed.entries).toHaveLength(1);
    expect(feed.entries[0]).toMatchObject({
      author: '<b>Mallory</b> & "Eve" ',
      title: '<b>Mallory</b> & "Eve"  on “Title ]]> <i>&</i> ”',
      // The carriage return kept as a character reference, not folded into the line feed.
      content: `${hostile}\n\r\nend 😀 é`,
    });
  });

  it('drops lone surrogates, which no XML may hold', () => {
    const text = 'a\ud800b\udfffc\ud83d\ude00';
    const xml = atomFeed(
      {
        article: { slug: 'lone', title: text },
        comments: [
          {
            id: '1',
            parentId: null,
            author: { name: text },
            createdAt: '2026-01-01T00:00:00.000Z',
            body: text,
            status: 'approved',
            article: { slug: 'lone', title: text },
          },
        ],
      },
      origin,
    );
    const feed = readFeed(xml);
    expect(feed.title).toBe('Comments on “abc😀”');
    expect(feed.entries[0]).toMatchObject({ author: 'abc😀', content: 'abc😀' });
  });

  it('holds only shown comments', async () => {
    const { app, store } = await createTestServer();
    await store.seedArticle(
      article('held', [
        comment(1, { body: 'Shown.' }),
        comment(2, { body: 'Held for moderation.', status: 'pending' }),
      ]),
    );
    const { feed } = await getFeed(app, '/articles/held/comments.atom');
    expect(feed.entries.map((entry) => entry.content)).toEqual(['Shown.']);
  });

  it('is a valid feed without comments', async () => {
    const { app, store } = await createTestServer();
    await store.seedArticle(article('quiet', []));
    const { feed } = await getFeed(app, '/articles/quiet/comments.atom');
    expect(feed.entries).toEqual([]);
  });

  it('is 404 for an article that does not exist, or an address that names none', async () => {
    const { app } = await createTestServer();
    for (const slug of ['no-such-article', 'a'.repeat(201), 'UPPER', '%3Cx%3E']) {
      const res = await app.request(`/articles/${slug}/comments.atom`);
      expect(res.status, slug).toBe(404);
      const { error } = v.parse(apiErrorSchema, await res.json());
      expect(error.code).toBe('article_not_found');
    }
  });
});

describe('GET /comments.atom: the latest comments of every article', () => {
  it('holds the 50 newest shown comments of all articles, newest first', async () => {
    const { app, store } = await createTestServer();
    await store.seedArticle(
      article(
        'busy',
        Array.from({ length: 60 }, (_, i) =>
          comment(i, i === 59 ? { status: 'pending', body: 'Held.' } : {}),
        ),
      ),
    );
    const { feed } = await getFeed(app, '/comments.atom');
    expect(feed.id).toBe(`${origin}/comments.atom`);
    expect(feed.title).toBe('Latest comments');
    expect(feed.links).toEqual([
      { rel: 'self', type: 'application/atom+xml', href: `${origin}/comments.atom` },
      { rel: 'alternate', type: 'text/html', href: `${origin}/` },
    ]);
    expect(feed.entries).toHaveLength(50);
    // The demo's comments are from 2019: the 50 newest are the busy article's, the held one left out.
    expect(feed.entries.map((entry) => entry.content)).toEqual(
      Array.from({ length: 50 }, (_, i) => `Comment ${58 - i}`),
    );
    expect(feed.entries[0]!.link).toMatch(new RegExp(`^${origin}/articles/busy#comment-\\d+$`));
    expect(feed.entries[0]!.title).toBe('Reader 58 on “busy”');
  });

  it('uses the address it was asked at for its links', async () => {
    const { app } = await createTestServer();
    const res = await app.request('https://comments.example.org/comments.atom');
    const feed = readFeed(await res.text());
    expect(feed.id).toBe('https://comments.example.org/comments.atom');
    expect(feed.entries[0]!.link).toMatch(/^https:\/\/comments\.example\.org\/articles\//);
  });
});

describe('feeds are cached until a write', () => {
  it('answers 304 to a reader that has the current feed, and the new feed after a comment', async () => {
    const { app } = await createTestServer();
    const path = `/articles/${demoSlug}/comments.atom`;
    const { res } = await getFeed(app, path);
    const etag = res.headers.get('etag')!;
    expect(etag).toMatch(/^W\/".+"$/);
    expect(res.headers.get('cache-control')).toBe('no-cache');

    const again = await app.request(origin + path, { headers: { 'if-none-match': etag } });
    expect(again.status).toBe(304);
    expect(await again.text()).toBe('');

    const posted = await app.request(
      `/api/articles/${demoSlug}/comments`,
      postJson(newComment({ body: 'Fresh news.' })),
    );
    expect(posted.status).toBe(201);
    for (const feedPath of [path, '/comments.atom']) {
      const { res: after, feed } = await getFeed(app, feedPath, { 'if-none-match': etag });
      expect(after.headers.get('etag')).not.toBe(etag);
      expect(feed.entries[0]!.content).toBe('Fresh news.');
    }
  });

  it('hands out the same feed object until a write', async () => {
    const { app, store } = await createTestServer();
    const first = await store.latestComments(demoSlug, 50);
    expect(await store.latestComments(demoSlug, 50)).toBe(first);
    await app.request(`/api/articles/${demoSlug}/comments`, postJson(newComment()));
    expect(await store.latestComments(demoSlug, 50)).not.toBe(first);
  });

  it('is gzipped for clients that take gzip', async () => {
    const { app } = await createTestServer();
    const plain = await (await app.request(`${origin}/comments.atom`)).text();
    const res = await app.request(`${origin}/comments.atom`, {
      headers: { 'accept-encoding': 'gzip' },
    });
    expect(res.headers.get('content-encoding')).toBe('gzip');
    expect(gunzipSync(Buffer.from(await res.arrayBuffer())).toString()).toBe(plain);
  });
});
