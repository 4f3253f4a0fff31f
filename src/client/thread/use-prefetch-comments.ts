import { useQueryClient } from '@tanstack/react-query';
import { useEffect } from 'react';
import { commentSortSchema, type CommentSort } from '../../core/schemas';
import { useStorage } from '../lib/storage-context';
import { useSource } from '../sources/source-context';
import { commentQueries } from './comment-queries';

/** Where the reader's sort order is kept, and the order until they choose one. */
export const sortPreference = 'pref:sort';
export const defaultSort: CommentSort = 'oldest';

/**
 * Asks for the first page of comments while the article loads, not after it: the comments are
 * rendered only under the article, and waiting for one before asking for the other cost a
 * whole round trip before the first comment (test/bench).
 */
export function usePrefetchComments(slug: string) {
  const source = useSource();
  const storage = useStorage();
  const queryClient = useQueryClient();
  useEffect(() => {
    const sort = storage.read(sortPreference, commentSortSchema) ?? defaultSort;
    void queryClient.prefetchInfiniteQuery(commentQueries.list(source, slug, sort));
  }, [source, storage, queryClient, slug]);
}
