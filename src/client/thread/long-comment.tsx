import { useLayoutEffect, useRef, useState, type ReactNode } from 'react';
import { flushSync } from 'react-dom';
import { useT } from '../i18n/i18n-context';
import { paragraphsOf } from './comment-body';
import { actionHooks } from '../lib/page-signals';

/**
 * Lines of text that surely fill more than the height a long comment is cut to (24rem in
 * styles.css, some 15 lines), however wide the column: the server, which cannot measure, shows
 * "Show more" for these at once. The browser measures every comment.
 */
const surelyLongLines = 17;
/** More characters than fit on one line of the widest column (an embed may be very wide). */
const charsPerLineAtMost = 160;

/**
 * Whether `text` is sure to be taller than a long comment's height limit on any screen: each
 * paragraph takes at least one line per `charsPerLineAtMost` characters (and one per line break).
 */
export function isSurelyLong(text: string): boolean {
  let lines = 0;
  for (const paragraph of paragraphsOf(text)) {
    for (const line of paragraph.split('\n')) {
      lines += Math.max(1, Math.ceil(line.length / charsPerLineAtMost));
      if (lines >= surelyLongLines) return true;
    }
  }
  return false;
}

/**
 * A comment's words, cut to a height limit (CSS) with a "Show more" button when they do not fit,
 * so that one very long comment cannot stretch the page (or an embedding page's frame) by
 * thousands of pixels. The limit is plain CSS, so the server's first view has it too; the
 * button shows only when the words really overflow, measured after layout (and again whenever
 * the comment's size changes). The server cannot measure: it shows the button for comments
 * whose text is sure to overflow (`isSurelyLong`) and for the rest leaves the browser to decide.
 * Screen readers read the whole comment either way: the cut is visual only.
 */
export function LongComment({
  id,
  author,
  text,
  children,
}: {
  /** The comment's id, for the id the button controls. */
  id: string;
  author: string;
  /** The comment's text, for the server's guess. */
  text: string;
  children: ReactNode;
}) {
  const t = useT();
  const box = useRef<HTMLDivElement>(null);
  const button = useRef<HTMLButtonElement>(null);
  const [expanded, setExpanded] = useState(false);
  // null: not measured (the server's render, and the browser's until its layout effect).
  const [overflows, setOverflows] = useState<boolean | null>(() =>
    isSurelyLong(text) ? true : null,
  );

  useLayoutEffect(() => {
    const element = box.current;
    if (!element || expanded) return;
    return watchOverflow(element, setOverflows);
  }, [expanded]);

  const textId = `comment-${id}-text`;
  const cut = !expanded;
  return (
    <>
      <div
        ref={box}
        id={textId}
        className={`long-comment${cut ? ' long-comment--cut' : ''}${
          // Hidden overflow only where there is some (or may be, unmeasured): elsewhere it
          // would clip the focus rings of the links in the comment.
          cut && overflows !== false ? ' long-comment--clip' : ''
        }${cut && overflows ? ' long-comment--faded' : ''}`}
        // The words below the cut hold links too: when focus (Tab) or the browser's find
        // scrolls the cut box to show them, show the whole comment instead.
        onScroll={(event) => {
          if (event.currentTarget.scrollTop > 0) {
            event.currentTarget.scrollTop = 0;
            setExpanded(true);
          }
        }}
      >
        {children}
      </div>
      {(overflows || expanded) && (
        <button
          ref={button}
          type="button"
          className="button button--quiet long-comment__toggle"
          {...actionHooks('read-more', id)}
          aria-expanded={expanded}
          aria-controls={textId}
          aria-label={t(expanded ? 'comment.readLessOf' : 'comment.readMoreOf', { author })}
          onClick={() => {
            setExpanded(!expanded);
            // Cut again from far below: back to the comment's start, with the button under it.
            if (expanded) {
              requestAnimationFrame(() => {
                const top = box.current?.getBoundingClientRect().top ?? 0;
                if (top < 0) box.current?.scrollIntoView({ block: 'start' });
                button.current?.focus({ preventScroll: true });
              });
            }
          }}
        >
          {t(expanded ? 'comment.readLess' : 'comment.readMore')}
        </button>
      )}
    </>
  );
}

/**
 * One ResizeObserver for every long comment on the page (a page may hold thousands). Its
 * callback runs after layout and before paint, so reading the sizes forces no extra layout, and
 * comments that the browser skips (content-visibility: auto, off screen) are measured only when
 * they are laid out. The answers are rendered at once (flushSync): the first paint already has
 * the button.
 */
let overflowObserver: ResizeObserver | undefined;
const overflowListeners = new WeakMap<Element, (overflows: boolean) => void>();

/** Calls `onChange` with whether `element`'s content overflows it, now and whenever it may change. */
function watchOverflow(element: HTMLElement, onChange: (overflows: boolean) => void): () => void {
  const overflowsNow = () => element.scrollHeight > element.clientHeight + 1;
  if (typeof ResizeObserver === 'undefined') {
    onChange(overflowsNow());
    return () => undefined;
  }
  overflowObserver ??= new ResizeObserver((entries) => {
    const answers = entries.flatMap(({ target }) => {
      const listener = overflowListeners.get(target);
      return listener ? [[listener, target.scrollHeight > target.clientHeight + 1] as const] : [];
    });
    flushSync(() => {
      for (const [listener, overflows] of answers) listener(overflows);
    });
  });
  overflowListeners.set(element, onChange);
  overflowObserver.observe(element);
  return () => {
    overflowListeners.delete(element);
    overflowObserver?.unobserve(element);
  };
}
