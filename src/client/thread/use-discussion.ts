import { useInfiniteQuery } from '@tanstack/react-query';
import { useCallback, useMemo } from 'react';
import { commentSortSchema } from '../../core/schemas';
import { buildThread, rootsInListOrder } from '../../core/thread';
import { useStoredValue } from '../lib/use-stored-value';
import { useLocalComments } from '../reply';
import { useSource } from '../sources/source-context';
import { commentQueries } from './comment-queries';
import { defaultSort, sortPreference } from './use-prefetch-comments';

/**
 * A discussion's data: the pages of threads loaded so far in the reader's order, with this
 * reader's own replies merged in, built into one thread, and `loadMore` for the next page.
 */
export function useDiscussion(slug: string, commentCount: number) {
  const source = useSource();
  const [sort, setSort] = useStoredValue(sortPreference, commentSortSchema, defaultSort);
  const query = useInfiniteQuery(commentQueries.list(source, slug, sort));
  const localComments = useLocalComments(slug);
  const pages = query.data?.pages;
  const loaded = useMemo(() => pages?.flatMap((page) => page.comments) ?? [], [pages]);
  const thread = useMemo(() => buildThread([...loaded, ...localComments]), [loaded, localComments]);
  // The server decides the order of threads; the thread builder keeps time order inside them.
  const roots = useMemo(() => rootsInListOrder(thread, loaded), [thread, loaded]);

  const { hasNextPage, isFetchingNextPage, fetchNextPage } = query;
  const loadMore = useCallback(() => {
    if (hasNextPage && !isFetchingNextPage) void fetchNextPage();
  }, [hasNextPage, isFetchingNextPage, fetchNextPage]);

  return {
    query,
    sort,
    setSort,
    thread,
    roots,
    /** Pages loaded so far (none while the first one comes). */
    pageCount: pages?.length ?? 0,
    isLoaded: pages !== undefined,
    /** Loaded or failed: what the discussion shows will not jump any more. */
    isSettled: pages !== undefined || query.isError,
    /** All the comments, loaded or not: the server's latest count, else the article's. */
    total: pages?.at(-1)?.total ?? commentCount,
    loadMore,
  };
}

export type Discussion = ReturnType<typeof useDiscussion>;
