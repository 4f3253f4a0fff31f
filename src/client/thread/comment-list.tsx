import type { Comment } from '../../core/schemas';
import type { Thread } from '../../core/thread';
import { CommentItem } from './comment-item';

interface Props {
  slug: string;
  thread: Thread;
  comments: readonly Comment[];
}

/** One level of the discussion as a list; each item renders its own replies. */
export function CommentList({ slug, thread, comments }: Props) {
  return (
    <ol className="comment-list">
      {comments.map((comment) => (
        <CommentItem key={comment.id} slug={slug} thread={thread} comment={comment} />
      ))}
    </ol>
  );
}
