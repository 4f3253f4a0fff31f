import { useEffect } from 'react';

const typingTargets = 'input, textarea, select, [contenteditable=""], [contenteditable="true"]';

/**
 * j / k move focus to the next / previous comment, c collapses or expands the focused one's
 * thread, ? opens the help. Ignored while the reader types, and with modifier keys held.
 */
export function useThreadKeyboard(container: React.RefObject<HTMLElement | null>) {
  useEffect(() => {
    const onKeyDown = (event: KeyboardEvent) => {
      if (event.ctrlKey || event.metaKey || event.altKey || event.defaultPrevented) return;
      const target = event.target as Element | null;
      if (target?.closest(typingTargets) || target?.closest('dialog[open]')) return;
      const root = container.current;
      if (!root) return;
      const current = (document.activeElement as Element | null)?.closest<HTMLElement>(
        'article.comment',
      );
      if (event.key === 'j' || event.key === 'k') {
        // Replies of a collapsed comment stay on the page, hidden: they are skipped.
        const comments = [...root.querySelectorAll<HTMLElement>('article.comment')].filter(
          (comment) => !comment.closest('[hidden]'),
        );
        const index = current ? comments.indexOf(current) : -1;
        const next = event.key === 'j' ? comments[index + 1] : comments[index <= 0 ? 0 : index - 1];
        if (!next) return;
        event.preventDefault();
        next.focus({ preventScroll: true });
        next.scrollIntoView({ block: 'nearest' });
      } else if (event.key === 'c' && current) {
        event.preventDefault();
        current.querySelector<HTMLButtonElement>('.collapse-toggle')?.click();
      } else if (event.key === '?') {
        event.preventDefault();
        root.querySelector<HTMLButtonElement>('[data-keyboard-help]')?.click();
      }
    };
    document.addEventListener('keydown', onKeyDown);
    return () => document.removeEventListener('keydown', onKeyDown);
  }, [container]);
}
