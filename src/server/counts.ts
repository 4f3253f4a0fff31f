import type { Handler } from 'hono';
import { countsPerRequestMax, countsSeparator, isArticleId } from '../core/comment-counts';
import { apiError } from './errors';
import { encodeOnce, sendEncoded, type EncodedBody } from './json-once';
import type { Store } from './store';

/**
 * GET /api/counts?articles=a,b,c: `{"counts": {"a": 12, "b": 0}}`, the shown comments of each
 * article asked for. An id no article has is left out rather than answered 0, so a link to an
 * article Parley does not know keeps its own words instead of claiming "0 comments".
 *
 * Any site may ask (Access-Control-Allow-Origin: *): the counts are public, the request carries
 * no credentials, and an index page can be on any site that shows Parley's discussions.
 * The answer for a set of ids is encoded and gzipped once until the next write, like a page of
 * comments: the ids are sorted and deduplicated first, so every order of them shares it.
 */
export function countsRoute(store: Store): Handler {
  const encoded = new WeakMap<ReadonlyMap<string, number>, EncodedBody>();
  return async (c) => {
    // Refusals too: the site's developer can then read why in the browser.
    c.header('Access-Control-Allow-Origin', '*');
    const asked = c.req.query('articles');
    if (asked === undefined || asked === '') {
      return apiError(
        c,
        400,
        'invalid_query',
        'articles must list article ids separated by commas.',
        'articles',
      );
    }
    const ids = asked.split(countsSeparator);
    if (ids.length > countsPerRequestMax) {
      return apiError(
        c,
        400,
        'too_many_articles',
        `Ask for at most ${countsPerRequestMax} articles a request, not ${ids.length}: split them into several requests.`,
        'articles',
      );
    }
    const invalid = ids.findIndex((id) => !isArticleId(id));
    if (invalid !== -1) {
      return apiError(
        c,
        400,
        'invalid_query',
        `Article id number ${invalid + 1} is not an article id: ids are lowercase words joined by hyphens, at most 200 characters.`,
        'articles',
      );
    }
    const counts = await store.countComments([...new Set(ids)].sort());
    let body = encoded.get(counts);
    if (!body) {
      body = encodeOnce(JSON.stringify({ counts: Object.fromEntries(counts) }));
      encoded.set(counts, body);
    }
    return sendEncoded(c, body, 'application/json');
  };
}
