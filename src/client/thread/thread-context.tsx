import { createContext, use } from 'react';
import type { Thread } from '../../core/thread';
import type { Collapsed } from './use-collapsed';

export interface ThreadState {
  slug: string;
  thread: Thread;
  collapsed: Collapsed;
  /** The comment a permalink just brought into view, highlighted for a moment. */
  highlightedId: string | null;
  /** The comment the address points to (#comment-…): shown even past a thread's budget. */
  pinnedId: string | null;
  /** Time "3 days ago" is measured from; refreshed every minute. */
  now: number;
  /** Address of the page that shows only the thread under a comment. */
  threadHref(id: string): string;
}

export const ThreadContext = createContext<ThreadState | null>(null);

export function useThreadState(): ThreadState {
  const state = use(ThreadContext);
  if (!state) throw new Error('useThreadState must be used inside a ThreadContext provider.');
  return state;
}

/** Levels of replies shown inside the page; deeper ones continue on a page of their own. */
export const maxRenderedDepth = 8;
