import { Suspense, useId } from 'react';
import { LazyReplyForm, ReplyFormPlaceholder } from './lazy-reply-form';
import { useT } from '../i18n/i18n-context';
import { useCanReply } from './use-can-reply';
import { useWantedSoon } from './use-wanted-soon';
import './reply.css';

/** The "Leave a Reply" form after the thread. */
export function LeaveReplyForm({ slug }: { slug: string }) {
  const titleId = useId();
  const t = useT();
  const canReply = useCanReply(slug);
  const [section, wanted] = useWantedSoon<HTMLElement>();
  if (!canReply) return <p className="discussion__note">{t('leave.closed')}</p>;
  return (
    <section ref={section} className="leave-reply" aria-labelledby={titleId}>
      <h3 id={titleId} className="leave-reply__title">
        {t('leave.title')}
      </h3>
      {wanted ? (
        <Suspense fallback={<ReplyFormPlaceholder />}>
          <LazyReplyForm slug={slug} parentId={null} label={t('leave.title')} />
        </Suspense>
      ) : (
        <ReplyFormPlaceholder />
      )}
    </section>
  );
}
