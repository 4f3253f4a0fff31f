import { createHash } from 'node:crypto';
import type { Context } from 'hono';
import { isArticleId } from '../core/comment-counts';
import { atomFeed, feedSize } from './atom-feed';
import { apiError } from './errors';
import { encodeOnce, sendEncoded, type EncodedBody } from './json-once';
import type { CommentFeed, Store } from './store';

interface Encoded {
  body: EncodedBody;
  etag: string;
}

/**
 * Origins a feed is kept written for: a feed's addresses follow the Host it is asked at, and a
 * client inventing Hosts must not make one feed object hold a copy per Host.
 */
const originsKept = 4;

const atomType = 'application/atom+xml; charset=utf-8';

/**
 * GET /comments.atom and /articles/:slug/comments.atom. The store hands out the same feed object
 * until something is written; it is written as XML, gzipped and given an ETag once per origin,
 * so a reader polling the feed costs a lookup, and one that sends If-None-Match gets a 304.
 */
export function feedRoutes(store: Store) {
  const written = new WeakMap<CommentFeed, Map<string, Encoded>>();

  const encoded = (feed: CommentFeed, origin: string): Encoded => {
    const byOrigin = written.get(feed) ?? new Map<string, Encoded>();
    written.set(feed, byOrigin);
    let hit = byOrigin.get(origin);
    if (!hit) {
      const body = encodeOnce(atomFeed(feed, origin));
      const digest = createHash('sha256').update(body.raw).digest('base64url').slice(0, 27);
      // Weak: the gzipped and the plain answer are the same feed, not the same bytes.
      hit = { body, etag: `W/"${digest}"` };
      if (byOrigin.size >= originsKept) byOrigin.delete(byOrigin.keys().next().value!);
      byOrigin.set(origin, hit);
    }
    return hit;
  };

  const send = async (c: Context, slug: string | null) => {
    const feed = await store.latestComments(slug, feedSize);
    if (!feed) return apiError(c, 404, 'article_not_found', 'There is no article at this address.');
    const { body, etag } = encoded(feed, new URL(c.req.url).origin);
    c.header('ETag', etag);
    // Feed readers poll: they may keep the feed, but must ask whether it changed (a 304).
    c.header('Cache-Control', 'no-cache');
    if (matches(c.req.header('if-none-match'), etag)) {
      c.header('Vary', 'Accept-Encoding');
      return c.body(null, 304);
    }
    return sendEncoded(c, body, atomType);
  };

  return {
    site: (c: Context) => send(c, null),
    article: (c: Context) => {
      const slug = c.req.param('slug') ?? '';
      if (!isArticleId(slug)) {
        return apiError(c, 404, 'article_not_found', 'There is no article at this address.');
      }
      return send(c, slug);
    },
  };
}

/** Whether If-None-Match names `etag` (compared weakly, as RFC 9110 asks for GET). */
function matches(header: string | undefined, etag: string): boolean {
  if (header === undefined) return false;
  if (header.trim() === '*') return true;
  const opaque = etag.replace(/^W\//, '');
  return header.split(',').some((tag) => tag.trim().replace(/^W\//, '') === opaque);
}
