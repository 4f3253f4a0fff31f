import { useEffect, useState, type RefObject } from 'react';
import { commentIdFromHash } from '../../core/comment-hash';
import { ancestorsOf, type Thread } from '../../core/thread';
import { announceReveal } from '../lib/page-signals';
import type { RootListHandle } from './root-thread-list';
import { maxRenderedDepth } from './thread-context';
import type { Collapsed } from './use-collapsed';

const highlightMs = 2500;

interface Options {
  thread: Thread;
  roots: readonly { id: string }[];
  collapsed: Collapsed;
  /** More pages to load before giving up on finding the target. */
  hasMore: boolean;
  loadMore(): void;
  isLoading: boolean;
  listHandle: RefObject<RootListHandle | null>;
  /** Whether the page shows one thread on its own (where any depth is shown). */
  focused: boolean;
  onTooDeep(threadId: string, targetId: string): void;
}

/**
 * Follows `#comment-<id>`: loads pages until the comment is there, expands its collapsed
 * ancestors, scrolls it into view and highlights it for a moment. Returns the highlighted id and
 * whether the target could not be found.
 */
export function usePermalink(options: Options) {
  const { thread, roots, collapsed, hasMore, loadMore, isLoading, listHandle, focused, onTooDeep } =
    options;
  // The server, rendering the embed's first view, has no address bar (and no hash).
  const [target, setTarget] = useState(() =>
    typeof window === 'undefined' ? null : commentIdFromHash(window.location.hash),
  );
  const [highlighted, setHighlighted] = useState<string | null>(null);
  const [done, setDone] = useState<string | null>(null);

  useEffect(() => {
    const onHashChange = () => {
      setTarget(commentIdFromHash(window.location.hash));
      setDone(null);
    };
    window.addEventListener('hashchange', onHashChange);
    return () => window.removeEventListener('hashchange', onHashChange);
  }, []);

  const found = target !== null && thread.byId.has(target);
  const missing = target !== null && !found && !hasMore && !isLoading;

  // Not loaded yet: fetch the next page of threads.
  useEffect(() => {
    if (target !== null && !found && hasMore && !isLoading) loadMore();
  }, [target, found, hasMore, isLoading, loadMore]);

  useEffect(() => {
    if (target === null || !found || done === target) return;
    const ancestors = ancestorsOf(thread, target);
    if (!focused && ancestors.length >= maxRenderedDepth) {
      onTooDeep(ancestors[maxRenderedDepth - 2]!.id, target);
      return;
    }
    collapsed.expand(ancestors.map((a) => a.id));
    const rootId = ancestors.at(-1)?.id ?? target;
    const rootIndex = roots.findIndex((r) => r.id === rootId);

    // The element appears once the list has rendered the expanded thread: wait for it. The
    // windowed list may still be loading, or land near the thread on a first try with estimated
    // heights, so it is asked again every few frames.
    let frame = 0;
    let tries = 0;
    const reveal = () => {
      const element = document.getElementById(`comment-${target}`);
      if (!element) {
        if (tries % 10 === 0 && rootIndex >= 0) listHandle.current?.scrollToIndex(rootIndex);
        if (++tries < 600) frame = requestAnimationFrame(reveal);
        return;
      }
      element.scrollIntoView({ block: 'center' });
      element.focus({ preventScroll: true });
      // An embedding page scrolls itself to the comment (see the embed's frame bridge).
      announceReveal(target);
      setHighlighted(target);
      setDone(target);
    };
    frame = requestAnimationFrame(reveal);
    return () => cancelAnimationFrame(frame);
  }, [target, found, done, thread, collapsed, roots, listHandle, focused, onTooDeep]);

  useEffect(() => {
    if (highlighted === null) return;
    const timer = setTimeout(() => setHighlighted(null), highlightMs);
    return () => clearTimeout(timer);
  }, [highlighted]);

  return { highlightedId: highlighted, missingId: missing ? target : null, targetId: target };
}
