import { queryOptions } from '@tanstack/react-query';
import type { Source } from '../sources/source';

/** Query options for articles; keys run from generic to specific: source, kind, slug. */
export const articleQueries = {
  all: (source: Source) => ['articles', source.id] as const,
  list: (source: Source) =>
    queryOptions({
      queryKey: [...articleQueries.all(source), 'list'] as const,
      queryFn: ({ signal }) => source.listArticles(signal),
    }),
  detail: (source: Source, slug: string) =>
    queryOptions({
      queryKey: [...articleQueries.all(source), 'detail', slug] as const,
      queryFn: ({ signal }) => source.getArticle(slug, signal),
    }),
};
