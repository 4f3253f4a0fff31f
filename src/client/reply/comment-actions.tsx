import { Suspense, useId, useRef, useState } from 'react';
import type { Comment } from '../../core/schemas';
import { useHasDraft } from '../drafts/use-has-draft';
import { isLocalId } from './local-ids';
import { LazyReplyForm, ReplyFormPlaceholder } from './lazy-reply-form';
import { useT } from '../i18n/i18n-context';
import { actionHooks } from '../lib/page-signals';
import { useCanReply } from './use-can-reply';
import { useReplyRuntime } from './use-reply-runtime';
import './reply.css';

/** Under each comment: the Reply button and, when open, the inline reply form. */
export function CommentActions({ slug, comment }: { slug: string; comment: Comment }) {
  const formId = useId();
  const t = useT();
  const runtime = useReplyRuntime();
  const canReply = useCanReply();
  const hasDraft = useHasDraft(runtime.drafts, slug, comment.id);
  const [open, setOpen] = useState(false);
  const [announcement, setAnnouncement] = useState('');
  const replyButton = useRef<HTMLButtonElement>(null);

  // The server takes replies only to approved comments it has stored.
  if (!canReply || comment.status !== 'approved' || isLocalId(comment.id)) return null;

  const close = (message = '') => {
    setOpen(false);
    setAnnouncement(message);
    replyButton.current?.focus();
  };

  return (
    <div className="comment-actions">
      <button
        ref={replyButton}
        type="button"
        className="comment-actions__reply"
        // Pressed on the embed's first view before the app started, it is pressed again after.
        {...actionHooks('reply', comment.id)}
        aria-expanded={open}
        aria-controls={open ? formId : undefined}
        // The visible words first, then whose comment: the name a screen reader hears.
        aria-label={t(hasDraft ? 'reply.draftTo' : 'reply.to', { author: comment.author.name })}
        // The form's code starts loading as the reader goes for the button.
        onPointerEnter={() => void LazyReplyForm.preload()}
        onFocus={() => void LazyReplyForm.preload()}
        onClick={() => {
          setAnnouncement('');
          if (open) document.getElementById(formId)?.querySelector('textarea')?.focus();
          else setOpen(true);
        }}
      >
        {t(hasDraft ? 'reply.buttonDraft' : 'reply.button')}
      </button>
      <span className="visually-hidden" role="status">
        {announcement}
      </span>
      {open && (
        <div id={formId}>
          <Suspense fallback={<ReplyFormPlaceholder />}>
            <LazyReplyForm
              slug={slug}
              parentId={comment.id}
              label={t('reply.to', { author: comment.author.name })}
              autoFocus
              onCancel={() => close()}
              onPosted={(posted) =>
                close(posted.status === 'pending' ? t('reply.postedPending') : t('reply.posted'))
              }
            />
          </Suspense>
        </div>
      )}
    </div>
  );
}
