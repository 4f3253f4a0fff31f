import { useQuery } from '@tanstack/react-query';
import { useEffect } from 'react';
import { SiteHeader } from '../ui/site-header';
import { useCanonicalLink } from '../lib/use-canonical-link';
import { useSource } from '../sources/source-context';
import { ErrorPanel } from '../ui/error-panel';
import { articleQueries } from './article-queries';
import { usePrefetchComments } from '../thread';
import { preloadArticleSanitizer } from './article-body';
import { ArticleSkeleton } from './article-skeleton';
import { ArticleView } from './article-view';

export function ArticlePage({ slug }: { slug: string }) {
  const source = useSource();
  const article = useQuery(articleQueries.detail(source, slug));
  // Everything the page shows, asked for at once rather than one after the other.
  usePrefetchComments(slug);
  useEffect(preloadArticleSanitizer, []);

  useEffect(() => {
    if (article.data) document.title = `${article.data.title} · Parley`;
  }, [article.data]);
  useCanonicalLink(article.isSuccess ? `/articles/${slug}` : null);

  return (
    <>
      <SiteHeader />
      <main id="main" className="page">
        {article.isPending ? (
          <ArticleSkeleton />
        ) : article.isError ? (
          <ErrorPanel error={article.error} onRetry={() => void article.refetch()} />
        ) : (
          <ArticleView slug={slug} article={article.data} />
        )}
      </main>
    </>
  );
}
