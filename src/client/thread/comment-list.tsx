import type { Comment } from '../../core/schemas';
import { CommentItem, indentFor } from './comment-item';
import { RootThread } from './root-thread';

interface Props {
  comments: readonly Comment[];
  depth: number;
}

/** One level of the discussion as a list; each item renders its own replies. */
export function CommentList({ comments, depth }: Props) {
  return (
    <ol className="comment-list" data-indent={indentFor(depth)}>
      {comments.map((comment) =>
        depth === 0 ? (
          <RootThread key={comment.id} comment={comment} />
        ) : (
          <CommentItem key={comment.id} comment={comment} depth={depth} />
        ),
      )}
    </ol>
  );
}
