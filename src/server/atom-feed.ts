import { commentHashOf } from '../core/comment-hash';
import type { CommentFeed, FeedArticle } from './store';
import { xmlText } from './xml-text';

/** Comments in a feed: enough for a reader polling now and then to miss none. */
export const feedSize = 50;

export const siteFeedPath = '/comments.atom';
export const articleFeedPath = (slug: string) =>
  `/articles/${encodeURIComponent(slug)}/comments.atom`;
const articlePath = (slug: string) => `/articles/${encodeURIComponent(slug)}`;

export const siteFeedTitle = 'Latest comments';
export const articleFeedTitle = (article: FeedArticle) => `Comments on “${article.title}”`;

/** A feed's `updated` when it has no comment to date it by: Atom requires one. */
const noDate = '1970-01-01T00:00:00.000Z';

const element = (name: string, text: string) => `<${name}>${xmlText(text)}</${name}>`;
const link = (rel: string, type: string, href: string) =>
  `<link rel="${rel}" type="${type}" href="${xmlText(href)}"/>`;

/**
 * An Atom 1.0 document (RFC 4287) of `feed`'s comments, newest first, with absolute addresses on
 * `origin` (the address the feed was asked at). Ids are URLs: the feed's own address, and each
 * comment's permalink, which never changes. Bodies go as type="text": they are plain text in
 * Parley, and text cannot smuggle markup into a reader that renders HTML.
 */
export function atomFeed(feed: CommentFeed, origin: string): string {
  const self = origin + (feed.article ? articleFeedPath(feed.article.slug) : siteFeedPath);
  const page = origin + (feed.article ? articlePath(feed.article.slug) : '/');
  const title = feed.article ? articleFeedTitle(feed.article) : siteFeedTitle;
  const entries = feed.comments.map((comment) => {
    const permalink = origin + articlePath(comment.article.slug) + commentHashOf(comment.id);
    return [
      '<entry>',
      element('id', permalink),
      element('title', entryTitle(comment.author.name, comment.article)),
      `<author>${element('name', comment.author.name)}</author>`,
      element('published', comment.createdAt),
      // Comments are not edited: written is last changed.
      element('updated', comment.createdAt),
      link('alternate', 'text/html', permalink),
      `<content type="text">${xmlText(comment.body)}</content>`,
      '</entry>',
    ].join('');
  });
  return [
    '<?xml version="1.0" encoding="utf-8"?>',
    '<feed xmlns="http://www.w3.org/2005/Atom">',
    element('id', self),
    element('title', title),
    element('updated', feed.comments[0]?.createdAt ?? noDate),
    // Each entry names its author; an empty feed still needs one (RFC 4287, 4.1.1).
    `<author>${element('name', 'Parley')}</author>`,
    link('self', 'application/atom+xml', self),
    link('alternate', 'text/html', page),
    element('generator', 'Parley'),
    ...entries,
    '</feed>',
    '',
  ].join('\n');
}

const entryTitle = (author: string, article: FeedArticle) => `${author} on “${article.title}”`;
