import type { Comment, CommentSort } from '../../../core/schemas';
import { buildThread, threadComments } from '../../../core/thread';

/**
 * A whole discussion in the order of its root threads, each root followed by its replies in
 * reading order: what a CommentPage holds. Needed for the sorts that WordPress cannot page by, as
 * it pages single comments, not threads.
 *
 * The threads are the reader's own (`buildThread`), so a reply whose parent is not in the list
 * (held for moderation, or removed) stays with the other replies to that parent, in the thread
 * of a placeholder for it, and a loop of parents is cut where the reader cuts it. The
 * placeholder's thread is placed by its first reply, the parent's time being unknown; the page
 * holds only real comments, and the reader puts the placeholder back where they are.
 */
export function orderThreads(comments: readonly Comment[], sort: CommentSort): Comment[] {
  const thread = buildThread(comments);
  const threads = thread.roots.map((root) => ({
    root,
    size: thread.descendantCount.get(root.id) ?? 0,
  }));
  // The roots come in time order: a stable sort keeps it among equals.
  if (sort === 'newest') threads.reverse();
  if (sort === 'replies') threads.sort((a, b) => b.size - a.size);
  return threads.flatMap(({ root }) => threadComments(thread, root.id));
}
