import { infiniteQueryOptions } from '@tanstack/react-query';
import type { CommentSort } from '../../core/schemas';
import { articleQueries } from '../article/article-queries';
import type { Source } from '../sources/source';

/** Pages of whole threads, fetched one cursor at a time. */
export const commentQueries = {
  list: (source: Source, slug: string, sort: CommentSort) =>
    infiniteQueryOptions({
      queryKey: [...articleQueries.all(source), 'comments', slug, sort] as const,
      queryFn: ({ pageParam, signal }) =>
        source.getComments(slug, { sort, cursor: pageParam }, signal),
      initialPageParam: null as string | null,
      getNextPageParam: (page) => page.nextCursor,
    }),
};
