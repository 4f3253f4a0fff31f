import { useQuery } from '@tanstack/react-query';
import { useCallback, useEffect, useState } from 'react';
import { useSearch } from 'wouter';
import { isTheme } from '../../core/embed-protocol';
import { ArticleView, articleQueries, preloadArticleSanitizer } from '../article';
import { applyTheme } from '../lib/theme';
import { useCanonicalLink } from '../lib/use-canonical-link';
import { useT } from '../i18n/i18n-context';
import { useSource } from '../sources/source-context';
import { CommentSection, usePrefetchComments } from '../thread';
import { preloadReplyForm } from '../reply';
import { describeError, ErrorPanel } from '../ui/error-panel';
import { SkeletonLines } from '../ui/skeleton';
import { hostOriginFrom } from './frame-channel';
import { useFrameBridge } from './use-frame-bridge';
import { useLinksOpenOutside } from './use-links-open-outside';

/**
 * Parley inside another site's iframe: no page chrome, a background that lets the host show
 * through, links that leave the frame, and the height reported to the host script.
 */
export function EmbedPage({ slug }: { slug: string }) {
  const search = useSearch();
  const params = new URLSearchParams(search);
  const view = params.get('view') === 'full' ? 'full' : 'comments';
  const theme = params.get('theme');
  const hostOrigin = hostOriginFrom(search);
  const source = useSource();
  const t = useT();
  const article = useQuery(articleQueries.detail(source, slug));
  usePrefetchComments(slug);
  // The frame shows once its form is there too: its code comes with the data, not after it.
  useEffect(() => void preloadReplyForm(), []);
  useEffect(() => {
    // Only the full view shows the article's HTML (and needs its sanitiser).
    if (view === 'full') preloadArticleSanitizer();
  }, [view]);

  useEffect(() => {
    document.documentElement.dataset.embed = '';
    applyTheme(isTheme(theme) ? theme : 'auto');
  }, [theme]);
  const [commentsSettled, setCommentsSettled] = useState(false);
  // The frame is as tall as its content, so its window never scrolls: no windowing, and the
  // frame is shown once the comments (and the form below them) have rendered.
  const onSettled = useCallback(() => setCommentsSettled(true), []);
  const discussion = { onSettled, windowed: false };
  useLinksOpenOutside();
  // The embed repeats the article's discussion: search engines should credit the reader's page.
  useCanonicalLink(article.isSuccess ? `/articles/${slug}` : null);
  useFrameBridge({
    contentReady: article.isSuccess && commentsSettled,
    error: article.isError ? describeError(article.error, t).title : null,
    hostOrigin,
  });

  return (
    <main className="embed">
      {article.isPending ? (
        <SkeletonLines lines={5} label={t('discussion.loading')} />
      ) : article.isError ? (
        <ErrorPanel error={article.error} onRetry={() => void article.refetch()} />
      ) : view === 'full' ? (
        <ArticleView slug={slug} article={article.data} discussion={discussion} />
      ) : (
        <CommentSection
          slug={slug}
          commentCount={article.data.commentCount}
          commentsOpen={article.data.commentsOpen}
          {...discussion}
        />
      )}
    </main>
  );
}
