import {
  articleListSchema,
  staticArticleFileSchema,
  type StaticArticleFile,
} from '../../core/schemas';
import { fetchJson, HttpError, type Fetch } from '../lib/http';
import type { Source } from './source';

/**
 * Reads articles from JSON files (`<base>articles/index.json` and `<base>articles/<slug>.json`),
 * for a copy of Parley served with no server at all. Read-only.
 */
export function createStaticSource(
  baseUrl: string,
  fetchFn: Fetch = (input, init) => fetch(input, init),
): Source {
  const files = new Map<string, Promise<StaticArticleFile>>();
  const load = (slug: string, signal?: AbortSignal) => {
    let file = files.get(slug);
    if (!file) {
      file = fetchJson(
        fetchFn,
        `${baseUrl}articles/${encodeURIComponent(slug)}.json`,
        staticArticleFileSchema,
        {
          signal,
          what: 'The article file',
        },
      );
      // A failed load may succeed later (a retry), so it is not kept.
      file.catch(() => files.delete(slug));
      files.set(slug, file);
    }
    return file;
  };

  return {
    id: `static:${baseUrl}`,
    canReply: false,

    async listArticles(signal) {
      const list = await fetchJson(fetchFn, `${baseUrl}articles/index.json`, articleListSchema, {
        signal,
        what: 'The list of articles',
      });
      return list.articles;
    },

    async getArticle(slug, signal) {
      return (await load(slug, signal)).article;
    },

    async getComments(slug, _page, signal) {
      const { comments } = await load(slug, signal);
      const approved = comments.filter((c) => c.status === 'approved');
      // One file holds the whole discussion: it is a single page.
      return { comments: approved, total: approved.length, nextCursor: null };
    },

    async postComment() {
      throw new HttpError(
        405,
        'read_only',
        'This copy of Parley is read-only: replies are unavailable.',
      );
    },
  };
}
