import { infiniteQueryOptions } from '@tanstack/react-query';
import type { CommentSort } from '../../core/schemas';
import { articleKeys } from '../sources/query-keys';
import type { Source } from '../sources/source';

/** Pages of whole threads, fetched one cursor at a time (keys in sources/query-keys.ts). */
export const commentQueries = {
  list: (source: Source, slug: string, sort: CommentSort) =>
    infiniteQueryOptions({
      queryKey: articleKeys.commentPages(source, slug, sort),
      queryFn: ({ pageParam, signal }) =>
        source.getComments(slug, { sort, cursor: pageParam }, signal),
      initialPageParam: null as string | null,
      getNextPageParam: (page) => page.nextCursor,
    }),
};
