import type { Comment } from '../../core/schemas';
import { useT } from '../i18n/i18n-context';
import { keyOfLocalId } from './local-ids';
import { useLocalCommentStatus } from './use-local-comment-status';
import { useReplyRuntime } from './use-reply-runtime';
import { waitLabel } from './wait-messages';
import './reply.css';

/** For a comment this reader sent: "Posting…", "Awaiting moderation", or why it waits and Retry. */
export function LocalCommentStatus({ comment }: { slug: string; comment: Comment }) {
  const runtime = useReplyRuntime();
  const t = useT();
  const status = useLocalCommentStatus(runtime, comment);

  if (status === null) return null;
  if (status.kind === 'awaiting-moderation') {
    return (
      <p className="local-status">
        <span className="local-status__label">{t('local.awaiting')}</span>
        <span>{t('local.onlyYou')}</span>
      </p>
    );
  }
  const sending = status.kind === 'sending';
  return (
    <p className="local-status" role="status">
      <span className="local-status__label">
        {sending ? t('local.posting') : waitLabel(status.problem, t)}
      </span>
      {!sending && (
        <button
          type="button"
          className="button--link"
          onClick={() => runtime.outbox.retry(keyOfLocalId(comment.id))}
        >
          {t('local.retryNow')}
        </button>
      )}
    </p>
  );
}
