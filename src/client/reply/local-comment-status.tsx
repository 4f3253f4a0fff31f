import type { Comment } from '../../core/schemas';
import { isLocalId, keyOfLocalId } from './local-ids';
import { useLocalState, useReplyRuntime } from './use-reply-runtime';
import { waitLabel } from './wait-messages';
import { useT } from '../i18n/i18n-context';
import './reply.css';

/** For a comment this reader sent: "Posting…", "Awaiting moderation", or why it waits and Retry. */
export function LocalCommentStatus({ comment }: { slug: string; comment: Comment }) {
  const runtime = useReplyRuntime();
  const t = useT();
  const local = useLocalState(runtime);

  if (isLocalId(comment.id)) {
    const key = keyOfLocalId(comment.id);
    const entry = local.outbox.entries.find((e) => e.input.idempotencyKey === key);
    if (!entry) return null;
    const sending = local.outbox.sending.has(key);
    return (
      <p className="local-status" role="status">
        <span className="local-status__label">
          {sending ? t('local.posting') : waitLabel(entry.problem, t)}
        </span>
        {!sending && (
          <button type="button" className="button--link" onClick={() => runtime.outbox.retry(key)}>
            {t('local.retryNow')}
          </button>
        )}
      </p>
    );
  }
  const mine =
    comment.status === 'pending' &&
    (local.held.some((held) => held.comment.id === comment.id) ||
      local.confirmed.some((confirmed) => confirmed.comment.id === comment.id));
  if (!mine) return null;
  return (
    <p className="local-status">
      <span className="local-status__label">{t('local.awaiting')}</span>
      <span>{t('local.onlyYou')}</span>
    </p>
  );
}
