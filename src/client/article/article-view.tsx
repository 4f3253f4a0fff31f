import { Suspense } from 'react';
import { ErrorBoundary } from '../ui/error-boundary';
import type { Article } from '../../core/schemas';
import { useI18n } from '../i18n/i18n-context';
import { formatDateTime } from '../lib/format-date';
import { CommentSection, type DiscussionOptions } from '../thread';
import { ErrorPanel } from '../ui/error-panel';
import { ArticleBody } from './article-body';
import { ArticleSkeleton } from './article-skeleton';
import { LeadFigure } from './lead-figure';

/**
 * An article and, below it, its discussion (which fails on its own without hiding the article).
 * Where the body waits for its sanitiser, both wait: nothing shifts when the body arrives.
 */
export function ArticleView({
  slug,
  article,
  discussion,
}: {
  slug: string;
  article: Article;
  /** Passed on to the discussion (the embed's, sized to its content). */
  discussion?: DiscussionOptions;
}) {
  const { t, locale } = useI18n();
  return (
    <Suspense fallback={<ArticleSkeleton />}>
      {/* The article's own language, whatever the interface's; its byline is the interface's. */}
      <article className="article" aria-labelledby="article-title" lang={article.lang}>
        <header className="article__header">
          <h1 id="article-title" className="article__title">
            {article.title}
          </h1>
          {(article.author || article.publishedAt) && (
            <p className="article__byline" lang={locale}>
              {article.author && <span>{t('article.by', { author: article.author })}</span>}
              {article.author && article.publishedAt && ' · '}
              {article.publishedAt && (
                <time dateTime={article.publishedAt}>
                  {formatDateTime(article.publishedAt, locale)}
                </time>
              )}
            </p>
          )}
        </header>
        {article.leadImage && <LeadFigure image={article.leadImage} />}
        <ArticleBody html={article.bodyHtml} />
      </article>
      <ErrorBoundary fallback={(error, reset) => <ErrorPanel error={error} onRetry={reset} />}>
        <CommentSection
          slug={slug}
          commentCount={article.commentCount}
          commentsOpen={article.commentsOpen}
          {...discussion}
        />
      </ErrorBoundary>
    </Suspense>
  );
}
