import { useLayoutEffect, useRef } from 'react';
import { useT } from '../i18n/i18n-context';
import { actionHooks } from '../lib/page-signals';
import { useThreadState } from './thread-context';
import { useIsCollapsed } from './use-collapsed';

/**
 * The button that collapses or expands a comment with its replies. After a toggle the page is
 * scrolled back by however far the button moved, so it stays under the reader's eye (and finger),
 * and focus stays on it.
 */
export function CollapseToggle({
  id,
  author,
}: {
  id: string;
  /** Null for the placeholder of a comment that is not shown. */
  author: string | null;
}) {
  const { collapsed } = useThreadState();
  const t = useT();
  const isCollapsed = useIsCollapsed(collapsed, id);
  const button = useRef<HTMLButtonElement>(null);
  const topBefore = useRef<number | null>(null);

  useLayoutEffect(() => {
    if (topBefore.current === null || !button.current) return;
    const moved = button.current.getBoundingClientRect().top - topBefore.current;
    topBefore.current = null;
    if (Math.abs(moved) > 1) window.scrollBy(0, moved);
  }, [isCollapsed]);

  return (
    <button
      ref={button}
      type="button"
      className="collapse-toggle"
      // Pressed on the embed's first view before the app started, it is pressed again after.
      {...actionHooks('collapse', id)}
      aria-expanded={!isCollapsed}
      aria-label={
        author === null
          ? t(isCollapsed ? 'comment.expandMissing' : 'comment.collapseMissing')
          : t(isCollapsed ? 'comment.expand' : 'comment.collapse', { author })
      }
      onClick={() => {
        topBefore.current = button.current?.getBoundingClientRect().top ?? null;
        collapsed.toggle(id);
      }}
    >
      <span aria-hidden="true">{isCollapsed ? '+' : '−'}</span>
    </button>
  );
}
