import type { CommentPage, NewCommentInput } from '../../../core/schemas';
import {
  wpCommentsToComments,
  wpCommentToComment,
  wpPostToArticle,
} from '../../../core/wordpress/wp-mapping';
import { commentsPage, findPost } from '../../../core/wordpress/wp-queries';
import { createWpRest, WordPressError, type WpFetch } from '../../../core/wordpress/wp-rest';
import { wpCommentSchema, wpIdListSchema } from '../../../core/wordpress/wp-schemas';
import { HttpError, NetworkError } from '../../lib/http';
import type { Source } from '../source';
import { orderThreads } from './order-threads';
import { wordPressToHttpError } from './wp-http-error';

/** Pages asked for at once when a sort needs the whole discussion. */
const parallelPages = 3;

interface PostRef {
  id: number;
  link: string;
}

/**
 * Reads a post and its discussion straight from a WordPress site's REST API, and posts replies
 * there. The browser talks to the site itself (WordPress sends CORS headers): each reader is
 * then one visitor, with their own address for the site's flood and spam checks, rather than
 * every reader sharing the Parley server's.
 *
 * Sort "oldest" is read progressively, one WordPress page (100 comments, oldest first, so
 * parents come before replies) per cursor. "newest" and "replies" order whole threads, which
 * WordPress cannot page by: they read every page first.
 */
export function createWordPressSource(
  siteUrl: string,
  fetchFn: WpFetch = (input, init) => fetch(input, init),
): Source {
  const rest = createWpRest(siteUrl, withNetworkErrors(fetchFn));
  // Comments and replies need the post's id: the slug is looked up once, unless that fails.
  const postRefs = new Map<string, Promise<PostRef>>();
  const lookUp = (slug: string, signal?: AbortSignal) => {
    const post = findPost(rest, slug, signal);
    const ref = post.then(({ id, link }) => ({ id, link }));
    ref.catch(() => postRefs.delete(slug));
    postRefs.set(slug, ref);
    return post;
  };
  const postRef = (slug: string, signal?: AbortSignal): Promise<PostRef> =>
    postRefs.get(slug) ?? lookUp(slug, signal);

  /** Every page, then whole threads in the asked order: one CommentPage, with no next page. */
  const wholeDiscussion = async (
    post: number,
    sort: 'newest' | 'replies',
    signal?: AbortSignal,
  ): Promise<CommentPage> => {
    const first = await commentsPage(rest, post, 1, signal);
    const pages = [first.body];
    const more = Array.from({ length: (first.totalPages ?? 1) - 1 }, (_, i) => i + 2);
    for (let i = 0; i < more.length; i += parallelPages) {
      const batch = more.slice(i, i + parallelPages);
      const answers = await Promise.all(
        batch.map((page) => commentsPage(rest, post, page, signal)),
      );
      pages.push(...answers.map((answer) => answer.body));
    }
    // A comment posted while reading shifts the pages: one comment may come twice.
    const unique = new Map(wpCommentsToComments(pages.flat()).map((c) => [c.id, c]));
    return {
      comments: orderThreads([...unique.values()], sort),
      total: first.total ?? unique.size,
      nextCursor: null,
    };
  };

  return {
    id: `wordpress:${rest.siteUrl}`,
    canReply: true,

    // A WordPress site lists its own posts; Parley reads one post at a time from it.
    listArticles: async () => [],

    getArticle: (slug, signal) =>
      withHttpErrors(async () => {
        const post = await lookUp(slug, signal);
        const count = await rest.get(
          '/wp/v2/comments',
          { post: post.id, per_page: 1, _fields: 'id' },
          wpIdListSchema,
          'The comment count',
          signal,
        );
        return wpPostToArticle(post, count.total ?? count.body.length);
      }),

    getComments: (slug, { sort, cursor }, signal) =>
      withHttpErrors(async () => {
        const page = cursor === null ? 1 : pageNumber(cursor);
        const { id } = await postRef(slug, signal);
        if (sort !== 'oldest') return wholeDiscussion(id, sort, signal);
        const answer = await commentsPage(rest, id, page, signal);
        return {
          comments: wpCommentsToComments(answer.body),
          total: answer.total ?? answer.body.length,
          nextCursor: page < (answer.totalPages ?? 1) ? String(page + 1) : null,
        };
      }),

    postComment: (slug, input, signal) => {
      let postLink: string | undefined;
      return withHttpErrors(
        async () => {
          refuseFilledHoneypot(input);
          const post = await postRef(slug, signal);
          postLink = post.link;
          const created = await rest.post(
            '/wp/v2/comments',
            toWpNewComment(post.id, input),
            wpCommentSchema,
            'The posted comment',
            signal,
          );
          // WordPress's status "hold" becomes "pending": shown to its author as awaiting moderation.
          return wpCommentToComment(created.body);
        },
        () => ({ postLink, input }),
      );
    },
  };
}

/** What WordPress's POST /wp/v2/comments takes. Idempotency: see docs/wordpress.md. */
function toWpNewComment(post: number, input: NewCommentInput) {
  return {
    post,
    parent: input.parentId === null ? 0 : Number(input.parentId),
    author_name: input.author.name.trim(),
    author_email: input.author.email.trim(),
    ...(input.author.url?.trim() && { author_url: input.author.url.trim() }),
    content: input.body.trim(),
  };
}

/** As Parley's own server does: a filled honeypot is not passed on to the site. */
function refuseFilledHoneypot(input: NewCommentInput) {
  if (input.subject?.trim()) {
    throw new HttpError(
      400,
      'spam_suspected',
      // For developers: the reader's words come from the code (src/client/i18n).
      'The honeypot field was filled in, so nothing was sent to the site.',
      'subject',
    );
  }
}

function pageNumber(cursor: string): number {
  if (!/^[1-9]\d{0,6}$/.test(cursor)) {
    throw new HttpError(400, 'invalid_cursor', 'This page of comments does not exist.', 'cursor');
  }
  return Number(cursor);
}

/** Runs `work`, turning WordPress's refusals into the reader's HttpError. */
async function withHttpErrors<T>(
  work: () => Promise<T>,
  context: () => Parameters<typeof wordPressToHttpError>[1] = () => ({}),
): Promise<T> {
  try {
    return await work();
  } catch (error) {
    throw error instanceof WordPressError ? wordPressToHttpError(error, context()) : error;
  }
}

/** A fetch that fails like the reader's own request helper: NetworkError, aborts untouched. */
function withNetworkErrors(fetchFn: WpFetch): WpFetch {
  return async (url, init) => {
    try {
      return await fetchFn(url, init);
    } catch (error) {
      if (error instanceof DOMException && error.name === 'AbortError') throw error;
      throw new NetworkError(error);
    }
  };
}
