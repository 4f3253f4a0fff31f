import type { Comment } from '../../core/schemas';
import type { Thread } from '../../core/thread';
import { formatDateTime } from '../lib/format-date';
import { Avatar } from './avatar';
import { CommentBody } from './comment-body';
import { CommentList } from './comment-list';
import { CommentActions, LocalCommentStatus } from '../reply';

export function CommentItem({
  slug,
  thread,
  comment,
}: {
  slug: string;
  thread: Thread;
  comment: Comment;
}) {
  const replies = thread.childrenOf.get(comment.id) ?? [];
  const { name, url } = comment.author;
  const headingId = `comment-${comment.id}-author`;
  return (
    <li className="comment-list__item">
      <article id={`comment-${comment.id}`} className="comment" aria-labelledby={headingId}>
        <header className="comment__header">
          <Avatar name={name} />
          <span id={headingId} className="comment__author">
            {url ? (
              <a href={url} rel="nofollow ugc noopener">
                {name}
              </a>
            ) : (
              name
            )}
          </span>
          <a className="comment__permalink" href={`#comment-${comment.id}`}>
            <time dateTime={comment.createdAt}>{formatDateTime(comment.createdAt)}</time>
          </a>
        </header>
        <CommentBody text={comment.body} />
        <LocalCommentStatus slug={slug} comment={comment} />
        <CommentActions slug={slug} comment={comment} />
      </article>
      {replies.length > 0 && <CommentList slug={slug} thread={thread} comments={replies} />}
    </li>
  );
}
