import { Suspense, type RefObject } from 'react';
import type { Comment } from '../../core/schemas';
import { lazyWithPreload } from '../lib/lazy-with-preload';
import { CommentList } from './comment-list';

/** Below this many threads everything is rendered; above it, only the threads near the screen. */
export const virtualizeFrom = 60;

export interface RootListHandle {
  /** Brings the thread at `index` into the rendered window (a permalink's target). */
  scrollToIndex(index: number): void;
}

interface Props {
  roots: readonly Comment[];
  handle?: RefObject<RootListHandle | null>;
  /** Off where the window does not scroll (an iframe as tall as its content). */
  windowed?: boolean;
}

/**
 * The windowed list and its virtualiser, only for large discussions (never in the embed): the
 * comment section preloads it as soon as the article says how many comments there are.
 */
export const VirtualRootList = lazyWithPreload(() =>
  import('./virtual-root-list').then((module) => module.VirtualRootList),
);

/** Threads shown while the windowed list loads, so the first comments are not kept waiting. */
const shownWhileLoading = 8;

/** The top-level threads: a plain list for small discussions, windowed for large ones. */
export function RootThreadList({ roots, handle, windowed = true }: Props) {
  if (!windowed || roots.length < virtualizeFrom) return <CommentList comments={roots} />;
  return (
    <Suspense fallback={<CommentList comments={roots.slice(0, shownWhileLoading)} />}>
      <VirtualRootList roots={roots} handle={handle} />
    </Suspense>
  );
}
