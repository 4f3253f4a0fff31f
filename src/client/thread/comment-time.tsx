import { formatDateTime, formatRelative } from '../lib/format-date';
import { useThreadState } from './thread-context';

/** "3 days ago", linking to the comment itself; the exact time shows on hover and on focus. */
export function CommentTime({ id, iso }: { id: string; iso: string }) {
  const { now } = useThreadState();
  const exact = formatDateTime(iso);
  return (
    <a className="comment__permalink" href={`#comment-${id}`} title={exact} data-exact={exact}>
      <time dateTime={iso}>{formatRelative(iso, now)}</time>
      <span className="visually-hidden"> ({exact}), link to this comment</span>
    </a>
  );
}
