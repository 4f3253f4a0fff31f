import { useQuery } from '@tanstack/react-query';
import { useEffect } from 'react';
import { ErrorBoundary } from '../app/error-boundary';
import { SiteHeader } from '../app/site-header';
import { formatDateTime } from '../lib/format-date';
import { useSource } from '../sources/source-context';
import { CommentSection } from '../thread/comment-section';
import { ErrorPanel } from '../ui/error-panel';
import { SkeletonLines } from '../ui/skeleton';
import { articleQueries } from './article-queries';
import { ArticleBody } from './article-body';
import { LeadFigure } from './lead-figure';

export function ArticlePage({ slug }: { slug: string }) {
  const source = useSource();
  const article = useQuery(articleQueries.detail(source, slug));

  useEffect(() => {
    if (article.data) document.title = `${article.data.title} · Parley`;
  }, [article.data]);

  return (
    <>
      <SiteHeader />
      <main id="main" className="page">
        {article.isPending ? (
          <div className="article">
            <SkeletonLines lines={2} label="Loading the article" />
            <SkeletonLines lines={8} label="" />
          </div>
        ) : article.isError ? (
          <ErrorPanel error={article.error} onRetry={() => void article.refetch()} />
        ) : (
          <>
            <article className="article" aria-labelledby="article-title">
              <header className="article__header">
                <h1 id="article-title" className="article__title">
                  {article.data.title}
                </h1>
                {(article.data.author || article.data.publishedAt) && (
                  <p className="article__byline">
                    {article.data.author && <span>By {article.data.author}</span>}
                    {article.data.author && article.data.publishedAt && ' · '}
                    {article.data.publishedAt && (
                      <time dateTime={article.data.publishedAt}>
                        {formatDateTime(article.data.publishedAt)}
                      </time>
                    )}
                  </p>
                )}
              </header>
              {article.data.leadImage && <LeadFigure image={article.data.leadImage} />}
              <ArticleBody html={article.data.bodyHtml} />
            </article>
            <ErrorBoundary
              fallback={(error, reset) => <ErrorPanel error={error} onRetry={reset} />}
            >
              <CommentSection slug={slug} commentCount={article.data.commentCount} />
            </ErrorBoundary>
          </>
        )}
      </main>
    </>
  );
}
