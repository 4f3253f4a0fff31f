import { useId } from 'react';
import { ReplyForm } from './reply-form';
import { useT } from '../i18n/i18n-context';
import { useCanReply } from './use-can-reply';
import './reply.css';

/** The "Leave a Reply" form after the thread. */
export function LeaveReplyForm({ slug }: { slug: string }) {
  const titleId = useId();
  const t = useT();
  const canReply = useCanReply(slug);
  if (!canReply) return <p className="discussion__note">{t('leave.closed')}</p>;
  return (
    <section className="leave-reply" aria-labelledby={titleId}>
      <h3 id={titleId} className="leave-reply__title">
        {t('leave.title')}
      </h3>
      <ReplyForm slug={slug} parentId={null} label={t('leave.title')} />
    </section>
  );
}
