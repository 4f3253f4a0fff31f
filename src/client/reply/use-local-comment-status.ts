import { useCallback } from 'react';
import type { Comment } from '../../core/schemas';
import type { WaitProblem } from '../outbox/outbox-entry';
import { isLocalId, keyOfLocalId } from './local-ids';
import type { LocalState, ReplyRuntime } from './reply-runtime';
import { useLocalSelection } from './use-reply-runtime';

/** What this reader's own comment shows under it, or null for anyone else's. */
export type LocalCommentStatus =
  | { kind: 'sending' }
  | { kind: 'waiting'; problem: WaitProblem | undefined }
  | { kind: 'awaiting-moderation' }
  | null;

export function localStatusOf(local: LocalState, comment: Comment): LocalCommentStatus {
  if (isLocalId(comment.id)) {
    const key = keyOfLocalId(comment.id);
    const entry = local.outbox.entries.find((e) => e.input.idempotencyKey === key);
    if (!entry) return null;
    return local.outbox.sending.has(key)
      ? { kind: 'sending' }
      : { kind: 'waiting', problem: entry.problem };
  }
  const mine =
    comment.status === 'pending' &&
    (local.held.some((held) => held.comment.id === comment.id) ||
      local.confirmed.some((confirmed) => confirmed.comment.id === comment.id));
  return mine ? { kind: 'awaiting-moderation' } : null;
}

/** The status of one comment, re-rendering only when that status changes. */
export function useLocalCommentStatus(
  runtime: Pick<ReplyRuntime, 'getSnapshot' | 'subscribe'>,
  comment: Comment,
): LocalCommentStatus {
  const select = useCallback((local: LocalState) => localStatusOf(local, comment), [comment]);
  return useLocalSelection(runtime, select);
}
