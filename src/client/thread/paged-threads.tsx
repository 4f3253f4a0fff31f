import type { RefObject } from 'react';
import { useT } from '../i18n/i18n-context';
import { ErrorPanel } from '../ui/error-panel';
import { RootThreadList, type RootListHandle } from './root-thread-list';
import { useThreadState } from './thread-context';
import { ThreadToolbar } from './thread-toolbar';
import { useAnyCollapsed } from './use-collapsed';
import type { Discussion } from './use-discussion';
import { useLoadOnScroll } from './use-load-on-scroll';
import { actionHooks } from '../lib/page-signals';

interface Props {
  discussion: Discussion;
  /** The permalink's comment, when it is not in the discussion. */
  missingId: string | null;
  listHandle: RefObject<RootListHandle | null>;
  /** Windowed list and next page on scroll; off where the window does not scroll (the embed). */
  windowed: boolean;
}

/** The discussion's threads as loaded so far, with the toolbar above and the next page below. */
export function PagedThreads({ discussion, missingId, listHandle, windowed }: Props) {
  const t = useT();
  const { collapsed } = useThreadState();
  const { query, roots, sort, setSort, loadMore } = discussion;
  const anyCollapsed = useAnyCollapsed(collapsed);
  const sentinel = useLoadOnScroll(
    windowed && query.hasNextPage && !query.isFetchNextPageError,
    discussion.pageCount,
    loadMore,
  );
  return (
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
        <RootThreadList roots={roots} handle={listHandle} windowed={windowed} />
      )}
      {query.isFetchNextPageError ? (
        // The threads already shown stay; only the next page failed.
        <ErrorPanel error={query.error} onRetry={loadMore} />
      ) : (
        query.hasNextPage && (
          <div ref={sentinel} className="discussion__more">
            <button
              type="button"
              className="button"
              {...actionHooks('load-more')}
              disabled={query.isFetchingNextPage}
              onClick={loadMore}
            >
              {query.isFetchingNextPage ? t('discussion.loadingMore') : t('discussion.loadMore')}
            </button>
          </div>
        )
      )}
    </>
  );
}
