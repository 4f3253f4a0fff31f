// @vitest-environment node
/** Reading feeds and checking their entries (npm run import:feed, issue 17 item 3). */
import { describe, expect, it } from 'vitest';
import { articleLimits } from '../../src/core/article-input';
import { checkFeedEntry } from '../../src/server/feed/feed-entry';
import { NotAFeedError, parseFeed } from '../../src/server/feed/parse-feed';
import { feedFixture, rssItem, rssOf } from '../feed/fixtures';

const check = (xml: string) => parseFeed(xml).entries.map(checkFeedEntry);

describe('parseFeed', () => {
  it('reads RSS 2.0: content:encoded by its namespace (any prefix), CDATA, guid, dc:creator, the channel language', () => {
    const feed = parseFeed(feedFixture('wordpress-rss.xml'));
    expect(feed.format).toBe('rss');
    expect(feed.next).toBeUndefined();
    expect(feed.entries[0]).toMatchObject({
      id: 'https://blog.example.com/?p=4',
      link: 'https://blog.example.com/2024/01/fish-and-chips/',
      author: 'Ana Lima',
      published: 'Wed, 10 Jan 2024 07:30:00 +0000',
      lang: 'en-gb',
    });
    expect(feed.entries[0]!.html).toContain('<p>The <em>whole</em> article &amp; more.</p>');
    // No content:encoded: the description, whose escaped HTML is HTML once read.
    expect(feed.entries[1]!.html).toBe('<p>Escaped &amp; HTML.</p>');
  });

  it('reads Atom: xml:lang of the feed or the entry, type="html" titles as text, xhtml content, the feed’s author, next and alternate links made absolute', () => {
    const feed = parseFeed(feedFixture('atom-page-1.xml'), 'https://blog.example.org/atom.xml');
    expect(feed).toMatchObject({ format: 'atom', next: 'https://blog.example.org/atom-2.xml' });
    expect(feed.entries[0]).toEqual({
      id: 'tag:blog.example.org,2024:1',
      link: 'https://blog.example.org/posts/ola-adeus.html',
      title: 'Olá & adeus',
      published: '2024-03-01T09:00:00-03:00',
      author: 'Equipe',
      html: '<p>O artigo.</p>',
      lang: 'pt-BR',
    });
    expect(feed.entries[1]).toMatchObject({
      lang: 'en',
      author: 'Bo',
      published: '2024-02-01T09:00:00Z',
    });
    expect(feed.entries[1]!.html).toMatch(
      /^<p[^>]*>An <a href="https:\/\/example.com\/">XHTML<\/a> body.<\/p>$/,
    );
    expect(parseFeed(feedFixture('atom-page-2.xml')).entries[0]!.html).toBe(
      '<p>Texto &lt;simples&gt;.</p>',
    );
  });

  it('refuses what is not a feed, or not XML', () => {
    expect(() => parseFeed('<html><body>Hi</body></html>')).toThrow(NotAFeedError);
    expect(() => parseFeed('not xml at all')).toThrow(NotAFeedError);
    expect(() => parseFeed('')).toThrow(NotAFeedError);
  });

  it('lets a few XML errors pass (HTML’s &nbsp; outside CDATA), and refuses a feed with more than 100', () => {
    const few = rssOf(rssItem({ guid: 'g', title: 'A&nbsp;B', content: 'x' }));
    expect(parseFeed(few).entries[0]!.title).toBe('A&nbsp;B');
    const many = rssOf(rssItem({ guid: 'g', title: '&nbsp;'.repeat(101), content: 'x' }));
    expect(() => parseFeed(many)).toThrow(/more than 100 errors/);
  });

  it('never expands a DOCTYPE’s own entities (no billion laughs)', () => {
    const laughs = Array.from({ length: 9 }, (_, i) =>
      i === 0 ? '<!ENTITY l0 "lol">' : `<!ENTITY l${i} "${`&l${i - 1};`.repeat(10)}">`,
    ).join('');
    const xml = `<?xml version="1.0"?><!DOCTYPE rss [${laughs}]>${rssOf(rssItem({ guid: 'g', title: '&l8;', content: '<![CDATA[<p>x</p>]]>' })).replace(/^<\?xml[^>]*>/, '')}`;
    const [entry] = parseFeed(xml).entries;
    expect(entry!.title!.length).toBeLessThan(10);
  });
});

describe('checkFeedEntry', () => {
  it('gives the article as PUT would store it: sanitised body, one-line title, ISO date, canonical language', () => {
    const [first, second] = check(feedFixture('wordpress-rss.xml'));
    expect(first).toEqual({
      ok: true,
      write: {
        entryId: 'https://blog.example.com/?p=4',
        slugs: ['fish-and-chips', expect.stringMatching(/^fish-and-chips-[0-9a-f]{8}$/)],
        article: {
          title: 'Café Fish & Chips: “Curly Quotes” and 3 < 5',
          url: 'https://blog.example.com/2024/01/fish-and-chips/',
          lang: 'en-GB',
          author: 'Ana Lima',
          publishedAt: '2024-01-10T07:30:00.000Z',
          bodyHtml: '<p>The <em>whole</em> article &amp; more.</p><p>Second.</p>',
        },
      },
    });
    // A link without a slug in its path (?p=7): the slug comes from the title.
    expect(second).toMatchObject({
      ok: true,
      write: { slugs: ['only-a-description', expect.any(String)] },
    });
  });

  it('takes the link as the id of an entry without a guid, and skips one with neither', () => {
    const [linked, neither] = check(
      rssOf(
        rssItem({ title: 'A', link: 'https://b.example/a/', content: 'x' }),
        rssItem({ title: 'B', content: 'x' }),
      ),
    );
    expect(linked).toMatchObject({ ok: true, write: { entryId: 'https://b.example/a/' } });
    expect(neither).toEqual({ ok: false, problem: 'It has neither a guid/id nor a link.' });
  });

  it('skips an invalid date, a huge entry, a missing title, and a body with nothing left once sanitised', () => {
    const item = (parts: Parameters<typeof rssItem>[0]) =>
      rssItem({ guid: 'g', title: 'T', content: '<![CDATA[<p>x</p>]]>', ...parts });
    const results = check(
      rssOf(
        item({ pubDate: 'Tomorrow at noon' }),
        item({ pubDate: '2024-02-30T10:00:00Z' }),
        item({ content: `<![CDATA[<p>${'a'.repeat(articleLimits.bodyMax)}</p>]]>` }),
        item({ title: '' }),
        item({ content: '<![CDATA[<script>alert(1)</script><style>p{}</style>]]>' }),
        item({ pubDate: 'Sat, 31 Feb 2024 07:30:00 +0000' }),
        item({ pubDate: 'Wed, 10 Jan 2024 07:30:00 +0000' }),
      ),
    );
    expect(results.map((r) => (r.ok ? 'ok' : r.problem))).toEqual([
      'Its date "Tomorrow at noon" is not a date.',
      'Its date "2024-02-30T10:00:00Z" is not a date.',
      'body: The body must be at most 500,000 characters.',
      'title: Add "title": an article must have one.',
      'Nothing is left of its content once sanitised.',
      'Its date "Sat, 31 Feb 2024 07:30:00 +0000" is not a date.',
      'ok',
    ]);
  });

  it('makes relative links and images absolute against the entry’s page, so they do not point into Parley', () => {
    const body =
      '<p><a href="/about/">a</a> <img src="pic.png"> <a href="#note">n</a> ' +
      '<a href="//cdn.example/x">c</a> <a href="mailto:a@b.co">m</a> <a href="javascript:alert(1)">j</a></p>';
    const [result] = check(
      rssOf(
        rssItem({
          guid: 'g',
          title: 'T',
          link: 'https://b.example/2024/post/',
          content: `<![CDATA[${body}]]>`,
        }),
      ),
    );
    expect(result).toMatchObject({
      ok: true,
      write: {
        article: {
          bodyHtml:
            '<p><a href="https://b.example/about/">a</a> <img src="https://b.example/2024/post/pic.png" /> ' +
            '<a href="#note">n</a> <a href="https://cdn.example/x">c</a> <a href="mailto:a@b.co">m</a> <a>j</a></p>',
        },
      },
    });
  });

  it('decodes entities once: an escaped tag in a title stays text, entities in the body stay escaped', () => {
    const [result] = check(
      rssOf(
        rssItem({
          guid: 'g',
          title: '&lt;script&gt;alert(1)&lt;/script&gt; &amp;amp;',
          content: '&lt;p&gt;&amp;lt;b&amp;gt; &lt;img src=x onerror=alert(1)&gt;&lt;/p&gt;',
        }),
      ),
    );
    expect(result).toMatchObject({
      ok: true,
      write: {
        slugs: ['script-alert-1-script-amp', expect.any(String)],
        article: {
          title: '<script>alert(1)</script> &amp;',
          bodyHtml: '<p>&lt;b&gt; <img src="x" /></p>',
        },
      },
    });
  });
});
