import {
  articleListSchema,
  articleSchema,
  commentPageSchema,
  commentSchema,
} from '../../core/schemas';
import { fetchJson, type Fetch } from '../lib/http';
import type { Source } from './source';

/** Parley's own API, served by the same origin (or `baseUrl`). */
export function createApiSource(
  baseUrl = '',
  fetchFn: Fetch = (input, init) => fetch(input, init),
  /** How long a request may take (fetchJson's default unless given; tests shorten it). */
  { timeoutMs }: { timeoutMs?: number } = {},
): Source {
  const articleUrl = (slug: string) => `${baseUrl}/api/articles/${encodeURIComponent(slug)}`;
  return {
    id: `api:${baseUrl}`,
    canReply: true,

    async listArticles(signal) {
      const list = await fetchJson(fetchFn, `${baseUrl}/api/articles`, articleListSchema, {
        signal,
        timeoutMs,
        what: 'The list of articles',
      });
      return list.articles;
    },

    getArticle(slug, signal) {
      return fetchJson(fetchFn, articleUrl(slug), articleSchema, {
        signal,
        timeoutMs,
        what: 'The article',
      });
    },

    getComments(slug, { sort, cursor }, signal) {
      const query = new URLSearchParams({ sort });
      if (cursor) query.set('cursor', cursor);
      return fetchJson(fetchFn, `${articleUrl(slug)}/comments?${query}`, commentPageSchema, {
        signal,
        timeoutMs,
        what: 'The comments',
      });
    },

    postComment(slug, input, signal) {
      return fetchJson(fetchFn, `${articleUrl(slug)}/comments`, commentSchema, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify(input),
        signal,
        timeoutMs,
        what: 'The posted comment',
      });
    },
  };
}
