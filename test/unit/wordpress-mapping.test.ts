// @vitest-environment node
import { describe, expect, it, vi } from 'vitest';
import {
  wpCommentsToComments,
  wpCommentToComment,
  wpPostToArticle,
} from '../../src/core/wordpress/wp-mapping';
import type { WpComment, WpPost } from '../../src/core/wordpress/wp-schemas';

const comment = (overrides: Partial<WpComment>): WpComment => ({
  id: 12,
  post: 4,
  parent: 0,
  author_name: 'Ana',
  author_url: '',
  date_gmt: '2024-01-10T07:30:00',
  content: { rendered: '<p>Hi</p>\n' },
  link: 'https://site.example/post/#comment-12',
  status: 'approved',
  ...overrides,
});

const post = (overrides: Partial<WpPost>): WpPost => ({
  id: 4,
  slug: 'post',
  link: 'https://site.example/post/',
  date_gmt: null,
  title: { rendered: 'A <em>title</em> &amp; more' },
  content: { rendered: '<p>Body</p>' },
  comment_status: 'closed',
  ...overrides,
});

describe('mapping WordPress comments', () => {
  it('names an unnamed author "Anonymous" and drops addresses that are not http(s)', () => {
    expect(
      wpCommentToComment(comment({ author_name: ' ', author_url: 'javascript:alert(1)' })).author,
    ).toEqual({ name: 'Anonymous' });
  });

  it('shows a held comment as pending, and a reply with its parent', () => {
    expect(wpCommentToComment(comment({ status: 'hold', parent: 3 }))).toMatchObject({
      status: 'pending',
      parentId: '3',
      createdAt: '2024-01-10T07:30:00Z',
    });
  });
});

describe('mapping a page of WordPress comments', () => {
  it('leaves out and reports only the records that cannot be read, keeping the others', () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
    const comments = wpCommentsToComments([
      comment({ id: 1 }),
      { id: 2, junk: true },
      comment({ id: 3, date_gmt: '2024-13-45T99:99:99' }),
      comment({ id: 4, author_url: 'https://a\u05d0.com', link: 'javascript:alert(1)' }),
      comment({ id: 5, author_url: 'HTTPS://Example.COM/a b' }),
    ]);
    expect(comments.map((c) => c.id)).toEqual(['1', '4', '5']);
    expect(warn.mock.calls.map(([message]) => String(message))).toEqual([
      expect.stringMatching(/^Parley left out WordPress comment "2": post: /),
      expect.stringMatching(/^Parley left out WordPress comment "3": date_gmt: /),
    ]);
    // An address a browser would refuse is left out; the comment's words are kept.
    expect(comments[1]!.author).toEqual({ name: 'Ana' });
    expect(comments[1]!.link).toBeUndefined();
    expect(comments[2]!.author.url).toBe('https://example.com/a%20b');
  });
});

describe('mapping WordPress posts', () => {
  it('leaves out what the post does not have: date, author, image; title as text', () => {
    const article = wpPostToArticle(post({}), 0);
    expect(article).toEqual({
      slug: 'post',
      title: 'A title & more',
      bodyHtml: '<p>Body</p>',
      commentsOpen: false,
      commentCount: 0,
    });
  });

  it('takes a featured image only when it is an image', () => {
    const video = { source_url: 'https://site.example/v.mp4', media_type: 'file' };
    expect(
      wpPostToArticle(post({ _embedded: { 'wp:featuredmedia': [video] } }), 0).leadImage,
    ).toBeUndefined();
  });
});
