import { useCallback, useMemo, useRef } from 'react';
import { useLocation } from 'wouter';
import { commentHashOf } from '../../core/comment-hash';
import { useSource } from '../sources/source-context';
import type { RootListHandle } from './root-thread-list';
import type { ThreadState } from './thread-context';
import type { Discussion } from './use-discussion';
import { useCollapsed } from './use-collapsed';
import { useNow } from './use-now';
import { usePermalink } from './use-permalink';

/** Where a thread shows on its own: the page's own address with `?thread=<id>`. */
const threadHrefFrom = (path: string) => (id: string) => `${path}?thread=${encodeURIComponent(id)}`;

/**
 * What every comment reads from the ThreadContext (collapsed threads, the permalink's target,
 * the clock), with the permalink followed: the list handle it scrolls, and a target not found.
 */
export function useThreadView(slug: string, discussion: Discussion, focusId: string | null) {
  const source = useSource();
  const collapsed = useCollapsed(`collapsed:${source.id}:${slug}`);
  const now = useNow();
  const [path, navigate] = useLocation();
  const threadHref = useMemo(() => threadHrefFrom(path), [path]);
  const listHandle = useRef<RootListHandle>(null);
  const { thread, roots, query, loadMore } = discussion;
  // A target nested deeper than the page shows opens on its thread's own page.
  const openThreadAt = useCallback(
    (threadId: string, targetId: string) =>
      navigate(`${threadHref(threadId)}${commentHashOf(targetId)}`),
    [navigate, threadHref],
  );
  const { highlightedId, missingId, targetId } = usePermalink({
    onTooDeep: openThreadAt,
    focused: focusId !== null,
    thread,
    roots,
    collapsed,
    hasMore: query.hasNextPage,
    loadMore,
    isLoading: query.isFetching,
    listHandle,
  });
  const state = useMemo<ThreadState>(
    () => ({ slug, thread, collapsed, highlightedId, pinnedId: targetId, now, threadHref }),
    [slug, thread, collapsed, highlightedId, targetId, now, threadHref],
  );
  return { state, missingId, listHandle };
}
