import type { Comment } from '../../core/schemas';
import { CommentLevel } from './comment-level';
import { RootThread } from './root-thread';

/** Top-level threads as a list (or one thread, on its own page); each comment renders its replies. */
export function CommentList({ comments }: { comments: readonly Comment[] }) {
  return (
    <CommentLevel depth={0}>
      {comments.map((comment) => (
        <RootThread key={comment.id} comment={comment} />
      ))}
    </CommentLevel>
  );
}
