import { useCallback } from 'react';
import type { Comment } from '../../core/schemas';
import type { OutboxEntry } from '../outbox/outbox-entry';
import { localIdOf } from './local-ids';
import type { LocalState } from './reply-runtime';
import { useLocalSelection, useReplyRuntime } from './use-reply-runtime';

/**
 * This reader's comments not (yet) in the server's pages: sending, queued, failed or held. The
 * same array until one of them changes, so a reply's "sending" flag does not rebuild the thread.
 */
export function useLocalComments(slug: string): readonly Comment[] {
  const select = useCallback((local: LocalState) => localCommentsOf(local, slug), [slug]);
  return useLocalSelection(useReplyRuntime(), select);
}

/**
 * Unconfirmed replies as comments in place, then held and just-confirmed ones. The thread keeps
 * the first comment of an id and the server's come first, so a refetched comment wins.
 */
export function localCommentsOf(local: LocalState, slug: string): Comment[] {
  const seen = new Set<string>();
  const comments: Comment[] = [];
  const add = (comment: Comment) => {
    if (seen.has(comment.id)) return;
    seen.add(comment.id);
    comments.push(comment);
  };
  for (const entry of local.outbox.entries) if (entry.slug === slug) add(asComment(entry));
  for (const held of local.held) if (held.slug === slug) add(held.comment);
  for (const confirmed of local.confirmed) if (confirmed.slug === slug) add(confirmed.comment);
  return comments;
}

function asComment({ input, queuedAt }: OutboxEntry): Comment {
  return {
    id: localIdOf(input.idempotencyKey),
    parentId: input.parentId,
    author: { name: input.author.name, ...(input.author.url && { url: input.author.url }) },
    createdAt: new Date(queuedAt).toISOString(),
    body: input.body,
    // Not approved: nobody can reply to it until the server has it.
    status: 'pending',
  };
}
