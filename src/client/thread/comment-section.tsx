import { useRef } from 'react';
import { useSearch } from 'wouter';
import { useT } from '../i18n/i18n-context';
import { LeaveReplyForm, RepliesOpen } from '../reply';
import { useSource } from '../sources/source-context';
import { ErrorPanel } from '../ui/error-panel';
import { SkeletonLines } from '../ui/skeleton';
import { FocusedThread } from './focused-thread';
import { PagedThreads } from './paged-threads';
import { ThreadContext } from './thread-context';
import { useDiscussion, type Discussion } from './use-discussion';
import { useDiscussionSettled } from './use-discussion-settled';
import { usePreloadDiscussionCode } from './use-preload-discussion-code';
import { useThreadKeyboard } from './use-thread-keyboard';
import { useThreadView } from './use-thread-view';

/** What a page that shows the discussion can ask of it (the embed asks both). */
export interface DiscussionOptions {
  /** Called once the comments, and the form below them, are on the page (or have failed). */
  onSettled?: () => void;
  /**
   * Windowed list and next page on scroll. Off where the page is as tall as its content (the
   * embed's frame): its window never scrolls, so both would load and render everything at once.
   */
  windowed?: boolean;
}

interface Props extends DiscussionOptions {
  slug: string;
  commentCount: number;
  /** Whether the article takes replies (the reply buttons and form say so when not). */
  commentsOpen: boolean;
}

/** An article's discussion: its threads (or one of them on its own) and the form to join in. */
export function CommentSection({
  slug,
  commentCount,
  commentsOpen,
  onSettled,
  windowed = true,
}: Props) {
  const source = useSource();
  const t = useT();
  const discussion = useDiscussion(slug, commentCount);
  const focusId = new URLSearchParams(useSearch()).get('thread');
  const { state, missingId, listHandle } = useThreadView(slug, discussion, focusId);
  const { query, isSettled } = discussion;
  const leaveForm = source.canReply && focusId === null;
  usePreloadDiscussionCode({
    commentCount,
    windowed,
    settled: isSettled,
    canReply: source.canReply,
  });
  const onFormShown = useDiscussionSettled(isSettled, leaveForm, onSettled);
  const section = useRef<HTMLElement>(null);
  useThreadKeyboard(section);

  return (
    <RepliesOpen value={commentsOpen}>
      <section
        ref={section}
        className="discussion"
        aria-labelledby="discussion-title"
        aria-busy={query.isFetching}
        data-loaded-count={state.thread.byId.size - state.thread.missing.size}
      >
        <h2 id="discussion-title" className="discussion__title">
          {t('discussion.count', { count: discussion.total })}
        </h2>
        {!source.canReply && <p className="discussion__note">{t('discussion.readOnly')}</p>}
        <ThreadContext value={state}>
          {focusId !== null ? (
            <FocusedThread focusId={focusId} discussion={discussion} />
          ) : discussion.isLoaded ? (
            <PagedThreads
              discussion={discussion}
              missingId={missingId}
              listHandle={listHandle}
              windowed={windowed}
            />
          ) : (
            <DiscussionPending discussion={discussion} />
          )}
        </ThreadContext>
        {/* Below the thread once it has come (or failed): shown beside a short skeleton, the form
            would jump down a screen or more when the comments arrive (Lighthouse's layout shift). */}
        {leaveForm && isSettled && (
          <LeaveReplyForm slug={slug} eager={!windowed} onShown={onFormShown} />
        )}
      </section>
    </RepliesOpen>
  );
}

/** Before the first page: a skeleton, or why it did not come and Retry. */
function DiscussionPending({ discussion: { query } }: { discussion: Discussion }) {
  const t = useT();
  if (query.isError) return <ErrorPanel error={query.error} onRetry={() => void query.refetch()} />;
  return <SkeletonLines lines={6} label={t('discussion.loading')} />;
}
