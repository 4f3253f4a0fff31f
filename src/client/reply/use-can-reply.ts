import { useQuery } from '@tanstack/react-query';
import { articleQueries } from '../article/article-queries';
import { useSource } from '../sources/source-context';

/** False when replies can't be sent here: a read-only source, or an article closed to comments. */
export function useCanReply(slug: string): boolean {
  const source = useSource();
  // The article page has loaded it already: this reads the cache.
  const open = useQuery({
    ...articleQueries.detail(source, slug),
    select: (article) => article.commentsOpen,
  });
  return source.canReply && open.data !== false;
}
