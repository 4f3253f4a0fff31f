import { queryOptions } from '@tanstack/react-query';
import { articleKeys } from '../sources/query-keys';
import type { Source } from '../sources/source';

/** Query options for articles (keys in sources/query-keys.ts). */
export const articleQueries = {
  list: (source: Source) =>
    queryOptions({
      queryKey: articleKeys.list(source),
      queryFn: ({ signal }) => source.listArticles(signal),
    }),
  detail: (source: Source, slug: string) =>
    queryOptions({
      queryKey: articleKeys.detail(source, slug),
      queryFn: ({ signal }) => source.getArticle(slug, signal),
    }),
};
