import { Link, useLocation } from 'wouter';
import { commentHashOf } from '../../core/comment-hash';
import { useT } from '../i18n/i18n-context';
import { SkeletonLines } from '../ui/skeleton';
import { CommentList } from './comment-list';
import type { Discussion } from './use-discussion';

/** One thread on its own (`?thread=<id>`): its replies at any depth, and the way back. */
export function FocusedThread({
  focusId,
  discussion,
}: {
  focusId: string;
  discussion: Discussion;
}) {
  const t = useT();
  const [path] = useLocation();
  const comment = discussion.thread.byId.get(focusId);
  const { isPending, hasNextPage } = discussion.query;
  return (
    <div className="thread-focus">
      <Link
        className="thread-focus__back"
        href={path}
        // Back on the whole discussion, at the comment the thread was opened from.
        onClick={() => queueMicrotask(() => (window.location.hash = commentHashOf(focusId)))}
      >
        {t('discussion.back')}
      </Link>
      {comment ? (
        <CommentList comments={[comment]} />
      ) : isPending || hasNextPage ? (
        <SkeletonLines lines={4} label={t('discussion.loadingThread')} />
      ) : (
        <p className="discussion__empty">{t('discussion.threadMissing')}</p>
      )}
    </div>
  );
}
