import { useInfiniteQuery } from '@tanstack/react-query';
import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import { Link, useLocation, useSearch } from 'wouter';
import { commentSortSchema } from '../../core/schemas';
import { buildThread, rootsInListOrder } from '../../core/thread';
import { useEmbedding } from '../embed/embed-context';
import { useT } from '../i18n/i18n-context';
import { useStoredValue } from '../lib/use-stored-value';
import { LeaveReplyForm, preloadReplyForm, useLocalComments } from '../reply';
import { useSource } from '../sources/source-context';
import { ErrorPanel } from '../ui/error-panel';
import { SkeletonLines } from '../ui/skeleton';
import { commentQueries } from './comment-queries';
import { CommentList } from './comment-list';
import {
  RootThreadList,
  virtualizeFrom,
  VirtualRootList,
  type RootListHandle,
} from './root-thread-list';
import { ThreadContext, type ThreadState } from './thread-context';
import { ThreadToolbar } from './thread-toolbar';
import { useAnyCollapsed, useCollapsed } from './use-collapsed';
import { useLoadOnScroll } from './use-load-on-scroll';
import { useNow } from './use-now';
import { usePermalink } from './use-permalink';
import { defaultSort, sortPreference } from './use-prefetch-comments';
import { useThreadKeyboard } from './use-thread-keyboard';

export function CommentSection({ slug, commentCount }: { slug: string; commentCount: number }) {
  const source = useSource();
  const t = useT();
  const [sort, setSort] = useStoredValue(sortPreference, commentSortSchema, defaultSort);
  const comments = useInfiniteQuery(commentQueries.list(source, slug, sort));
  const localComments = useLocalComments(slug);
  const loaded = comments.data?.pages;
  const thread = useMemo(
    () => buildThread([...(loaded?.flatMap((page) => page.comments) ?? []), ...localComments]),
    [loaded, localComments],
  );
  // The server decides the order of threads; the thread builder keeps time order inside them.
  const roots = useMemo(
    () => rootsInListOrder(thread, loaded?.flatMap((page) => page.comments) ?? []),
    [thread, loaded],
  );
  const total = loaded?.at(-1)?.total ?? commentCount;
  const collapsed = useCollapsed(`collapsed:${source.id}:${slug}`);
  const anyCollapsed = useAnyCollapsed(collapsed);
  const now = useNow();

  const [path, navigate] = useLocation();
  const focusId = new URLSearchParams(useSearch()).get('thread');
  const focusComment = focusId === null ? undefined : thread.byId.get(focusId);

  const { hasNextPage, isFetchingNextPage, fetchNextPage } = comments;
  const loadMore = useCallback(() => {
    if (hasNextPage && !isFetchingNextPage) void fetchNextPage();
  }, [hasNextPage, isFetchingNextPage, fetchNextPage]);
  const listHandle = useRef<RootListHandle>(null);
  const openThreadAt = useCallback(
    (threadId: string, targetId: string) =>
      navigate(`${path}?thread=${encodeURIComponent(threadId)}#comment-${targetId}`),
    [navigate, path],
  );
  const { highlightedId, missingId, targetId } = usePermalink({
    // A target nested deeper than the page shows opens on its thread's own page.
    onTooDeep: openThreadAt,
    focused: focusId !== null,
    thread,
    roots,
    collapsed,
    hasMore: hasNextPage,
    loadMore,
    isLoading: comments.isFetching,
    listHandle,
  });
  const embedding = useEmbedding();
  const embedded = embedding !== null;
  useEffect(() => {
    if (!embedded && commentCount >= virtualizeFrom) void VirtualRootList.preload();
  }, [embedded, commentCount]);
  const settled = comments.data !== undefined || comments.isError;
  // The embed is shown once its content stops changing: the comments, and the form below them.
  const leaveForm = source.canReply && focusId === null;
  const [formShown, setFormShown] = useState(false);
  const onFormShown = useCallback(() => setFormShown(true), []);
  useEffect(() => {
    if (settled && (formShown || !leaveForm)) embedding?.onCommentsSettled();
  }, [settled, formShown, leaveForm, embedding]);
  // Once the comments are on screen, the reply form's code: ready before anyone presses Reply.
  useEffect(() => {
    if (settled && source.canReply) void preloadReplyForm();
  }, [settled, source.canReply]);
  const sentinel = useLoadOnScroll(
    hasNextPage && !comments.isFetchNextPageError && focusId === null && !embedded,
    loaded?.length ?? 0,
    loadMore,
  );
  const section = useRef<HTMLElement>(null);
  useThreadKeyboard(section);

  const state = useMemo<ThreadState>(
    () => ({
      slug,
      thread,
      collapsed,
      highlightedId,
      pinnedId: targetId,
      now,
      threadHref: (id) => `${path}?thread=${encodeURIComponent(id)}`,
    }),
    [slug, thread, collapsed, highlightedId, targetId, now, path],
  );

  return (
    <section
      ref={section}
      className="discussion"
      aria-labelledby="discussion-title"
      aria-busy={comments.isFetching}
      data-loaded-count={thread.byId.size - thread.missing.size}
    >
      <h2 id="discussion-title" className="discussion__title">
        {t('discussion.count', { count: total })}
      </h2>
      {!source.canReply && <p className="discussion__note">{t('discussion.readOnly')}</p>}
      <ThreadContext value={state}>
        {focusId !== null ? (
          <div className="thread-focus">
            <Link
              className="thread-focus__back"
              href={path}
              onClick={() => queueMicrotask(() => (window.location.hash = `comment-${focusId}`))}
            >
              {t('discussion.back')}
            </Link>
            {focusComment ? (
              <CommentList comments={[focusComment]} depth={0} />
            ) : comments.isPending || hasNextPage ? (
              <SkeletonLines lines={4} label={t('discussion.loadingThread')} />
            ) : (
              <p className="discussion__empty">{t('discussion.threadMissing')}</p>
            )}
          </div>
        ) : loaded ? (
          <>
            <ThreadToolbar
              sort={sort}
              onSort={setSort}
              anyCollapsed={anyCollapsed}
              onCollapseAll={() => collapsed.collapseAll(roots.map((r) => r.id))}
              onExpandAll={collapsed.expandAll}
            />
            {missingId !== null && (
              <p className="discussion__note" role="status">
                {t('discussion.permalinkMissing')}
              </p>
            )}
            {roots.length === 0 ? (
              <p className="discussion__empty">{t('discussion.empty')}</p>
            ) : (
              <RootThreadList roots={roots} handle={listHandle} windowed={!embedded} />
            )}
            {comments.isFetchNextPageError ? (
              // The threads already shown stay; only the next page failed.
              <ErrorPanel error={comments.error} onRetry={loadMore} />
            ) : (
              hasNextPage && (
                <div ref={sentinel} className="discussion__more">
                  <button
                    type="button"
                    className="button"
                    disabled={isFetchingNextPage}
                    onClick={loadMore}
                  >
                    {isFetchingNextPage ? t('discussion.loadingMore') : t('discussion.loadMore')}
                  </button>
                </div>
              )
            )}
          </>
        ) : comments.isError ? (
          <ErrorPanel error={comments.error} onRetry={() => void comments.refetch()} />
        ) : (
          <SkeletonLines lines={6} label={t('discussion.loading')} />
        )}
      </ThreadContext>
      {/* Below the thread once it has come (or failed): shown beside a short skeleton, the form
          would jump down a screen or more when the comments arrive (Lighthouse's layout shift). */}
      {leaveForm && (loaded || comments.isError) && (
        <LeaveReplyForm slug={slug} eager={embedded} onShown={onFormShown} />
      )}
    </section>
  );
}
