import { useI18n } from '../i18n/i18n-context';
import { formatDateTime, formatRelative } from '../lib/format-date';
import { useThreadState } from './thread-context';

/** "3 days ago", linking to the comment itself; the exact time shows on hover and on focus. */
export function CommentTime({ id, iso }: { id: string; iso: string }) {
  const { now } = useThreadState();
  const { t, locale } = useI18n();
  const exact = formatDateTime(iso, locale);
  return (
    <a className="comment__permalink" href={`#comment-${id}`} title={exact} data-exact={exact}>
      <time dateTime={iso}>{formatRelative(iso, now, locale)}</time>
      <span className="visually-hidden"> {t('comment.permalink', { time: exact })}</span>
    </a>
  );
}
