import type { Comment } from '../../core/schemas';
import type { Thread } from '../../core/thread';
import { formatDateTime } from '../lib/format-date';
import { Avatar } from './avatar';
import { CommentBody } from './comment-body';
import { CommentList } from './comment-list';

export function CommentItem({ thread, comment }: { thread: Thread; comment: Comment }) {
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
      </article>
      {replies.length > 0 && <CommentList thread={thread} comments={replies} />}
    </li>
  );
}
