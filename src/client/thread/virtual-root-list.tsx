import { useWindowVirtualizer } from '@tanstack/react-virtual';
import { useImperativeHandle, useLayoutEffect, useRef, useState, type RefObject } from 'react';
import type { Comment } from '../../core/schemas';
import { RootThread } from './root-thread';
import type { RootListHandle } from './root-thread-list';
import { useThreadState } from './thread-context';

interface Props {
  roots: readonly Comment[];
  handle?: RefObject<RootListHandle | null> | undefined;
}

/** Only the top-level threads near the screen are rendered; each row is measured as it renders. */
export function VirtualRootList({ roots, handle }: Props) {
  const { thread, collapsed } = useThreadState();
  const listRef = useRef<HTMLOListElement>(null);
  const [scrollMargin, setScrollMargin] = useState(0);
  // Where the list starts on the page; the article above it can change height as it loads.
  useLayoutEffect(() => {
    const measure = () =>
      setScrollMargin((listRef.current?.getBoundingClientRect().top ?? 0) + window.scrollY);
    measure();
    const observer = new ResizeObserver(measure);
    observer.observe(document.body);
    return () => observer.disconnect();
  }, []);

  const virtualizer = useWindowVirtualizer({
    count: roots.length,
    // A guess from the thread's size; each row is measured once it renders.
    estimateSize: (i) => {
      const root = roots[i]!;
      const replies = collapsed.has(root.id) ? 0 : (thread.descendantCount.get(root.id) ?? 0);
      return 110 + Math.min(replies, 200) * 100;
    },
    overscan: 4,
    scrollMargin,
    getItemKey: (i) => roots[i]!.id,
  });
  useImperativeHandle(
    handle,
    () => ({ scrollToIndex: (index) => virtualizer.scrollToIndex(index, { align: 'start' }) }),
    [virtualizer],
  );

  return (
    <ol
      ref={listRef}
      className="comment-list comment-list--virtual"
      data-indent="none"
      style={{ height: virtualizer.getTotalSize() }}
    >
      {virtualizer.getVirtualItems().map((row) => (
        <RootThread
          key={row.key}
          comment={roots[row.index]!}
          itemProps={{
            ref: virtualizer.measureElement,
            'data-index': row.index,
            'aria-posinset': row.index + 1,
            'aria-setsize': roots.length,
            style: { transform: `translateY(${row.start - virtualizer.options.scrollMargin}px)` },
          }}
        />
      ))}
    </ol>
  );
}
