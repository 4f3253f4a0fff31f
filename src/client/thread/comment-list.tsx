import type { Comment } from '../../core/schemas';
import { CommentItem, indentFor } from './comment-item';
import { RootThread } from './root-thread';

interface Props {
  comments: readonly Comment[];
  depth: number;
  /** Kept on the page but hidden: the replies of a collapsed comment. */
  hidden?: boolean;
}

/** One level of the discussion as a list; each item renders its own replies. */
export function CommentList({ comments, depth, hidden }: Props) {
  return (
    <ol className="comment-list" data-indent={indentFor(depth)} hidden={hidden}>
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
