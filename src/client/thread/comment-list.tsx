import type { Comment } from '../../core/schemas';
import type { Thread } from '../../core/thread';
import { CommentItem } from './comment-item';

/** One level of the discussion as a list; each item renders its own replies. */
export function CommentList({
  thread,
  comments,
}: {
  thread: Thread;
  comments: readonly Comment[];
}) {
  return (
    <ol className="comment-list">
      {comments.map((comment) => (
        <CommentItem key={comment.id} thread={thread} comment={comment} />
      ))}
    </ol>
  );
}
