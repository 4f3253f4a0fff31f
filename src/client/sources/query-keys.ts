import type { CommentSort } from '../../core/schemas';
import type { Source } from './source';

/**
 * The cache's keys for a source's data, from generic to specific, so that a key names everything
 * under it: invalidating an article's key refreshes the article and every page of its comments.
 *
 *   ['articles', sourceId]                           the list of articles (match it `exact`)
 *   ['articles', sourceId, slug]                     one article
 *   ['articles', sourceId, slug, 'comments', sort]   its pages of comments, in one order
 */
export const articleKeys = {
  list: (source: Source) => ['articles', source.id] as const,
  detail: (source: Source, slug: string) => [...articleKeys.list(source), slug] as const,
  commentPages: (source: Source, slug: string, sort: CommentSort) =>
    [...articleKeys.detail(source, slug), 'comments', sort] as const,
};
