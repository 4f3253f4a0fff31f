import { useId } from 'react';
import { ReplyForm } from './reply-form';
import { useCanReply } from './use-can-reply';
import './reply.css';

/** The "Leave a Reply" form after the thread. */
export function LeaveReplyForm({ slug }: { slug: string }) {
  const titleId = useId();
  const canReply = useCanReply(slug);
  if (!canReply) return <p className="discussion__note">Comments are closed on this article.</p>;
  return (
    <section className="leave-reply" aria-labelledby={titleId}>
      <h3 id={titleId} className="leave-reply__title">
        Leave a Reply
      </h3>
      <ReplyForm slug={slug} parentId={null} label="Leave a Reply" />
    </section>
  );
}
