import { Suspense, useId } from 'react';
import { LazyReplyForm, ReplyFormPlaceholder } from './lazy-reply-form';
import { OnMount } from './on-mount';
import { useT } from '../i18n/i18n-context';
import { leaveReplyFormHooks } from '../lib/page-signals';
import { useCanReply } from './use-can-reply';
import { useWantedSoon } from './use-wanted-soon';
import './reply.css';

interface Props {
  slug: string;
  /** Load the form's code at once rather than as it comes near (the embed, sized to content). */
  eager?: boolean;
  /** Called once the form, or the note that comments are closed, is on the page. */
  onShown?: () => void;
}

/** The "Leave a Reply" form after the thread. */
export function LeaveReplyForm({ slug, eager = false, onShown }: Props) {
  const titleId = useId();
  const t = useT();
  const canReply = useCanReply();
  const [section, wanted] = useWantedSoon<HTMLElement>(eager);
  if (!canReply) {
    return (
      <p className="discussion__note">
        {t('leave.closed')}
        <OnMount run={onShown} />
      </p>
    );
  }
  return (
    <section
      ref={section}
      className="leave-reply"
      aria-labelledby={titleId}
      // What the reader types here before the embed's app starts is carried over into it.
      {...leaveReplyFormHooks}
    >
      <h3 id={titleId} className="leave-reply__title">
        {t('leave.title')}
      </h3>
      {wanted ? (
        <Suspense fallback={<ReplyFormPlaceholder />}>
          <LazyReplyForm slug={slug} parentId={null} label={t('leave.title')} />
          <OnMount run={onShown} />
        </Suspense>
      ) : (
        <ReplyFormPlaceholder />
      )}
    </section>
  );
}
