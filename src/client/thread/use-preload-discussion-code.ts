import { useEffect } from 'react';
import { preloadReplyForm } from '../reply';
import { virtualizeFrom, VirtualRootList } from './root-thread-list';

/**
 * Loads code the discussion will want before it is wanted: the windowed list as soon as the
 * article's count says it is long, and the reply form's code once the comments are on screen,
 * ready before anyone presses Reply.
 */
export function usePreloadDiscussionCode(options: {
  commentCount: number;
  windowed: boolean;
  settled: boolean;
  canReply: boolean;
}) {
  const { commentCount, windowed, settled, canReply } = options;
  useEffect(() => {
    if (windowed && commentCount >= virtualizeFrom) void VirtualRootList.preload();
  }, [windowed, commentCount]);
  useEffect(() => {
    if (settled && canReply) void preloadReplyForm();
  }, [settled, canReply]);
}
