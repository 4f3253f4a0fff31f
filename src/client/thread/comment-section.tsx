import { useInfiniteQuery } from '@tanstack/react-query';
import { useMemo } from 'react';
import { buildThread } from '../../core/thread';
import { useSource } from '../sources/source-context';
import { ErrorPanel } from '../ui/error-panel';
import { SkeletonLines } from '../ui/skeleton';
import { commentQueries } from './comment-queries';
import { CommentList } from './comment-list';
import { LeaveReplyForm, useLocalComments } from '../reply';

const countLabel = (n: number) => (n === 1 ? '1 comment' : `${n.toLocaleString()} comments`);

export function CommentSection({ slug, commentCount }: { slug: string; commentCount: number }) {
  const source = useSource();
  const comments = useInfiniteQuery(commentQueries.list(source, slug, 'oldest'));
  const localComments = useLocalComments(slug);
  const thread = useMemo(
    () =>
      buildThread([
        ...(comments.data?.pages.flatMap((page) => page.comments) ?? []),
        ...localComments,
      ]),
    [comments.data, localComments],
  );
  const total = comments.data?.pages.at(-1)?.total ?? commentCount;

  return (
    <section className="discussion" aria-labelledby="discussion-title">
      <h2 id="discussion-title" className="discussion__title">
        {countLabel(total)}
      </h2>
      {!source.canReply && (
        <p className="discussion__note">
          This is a read-only copy of the discussion: replies are unavailable here.
        </p>
      )}
      {comments.data ? (
        <>
          {thread.roots.length === 0 ? (
            <p className="discussion__empty">No comments yet.</p>
          ) : (
            <CommentList slug={slug} thread={thread} comments={thread.roots} />
          )}
          {comments.isFetchNextPageError ? (
            // The threads already shown stay; only the next page failed.
            <ErrorPanel error={comments.error} onRetry={() => void comments.fetchNextPage()} />
          ) : (
            comments.hasNextPage && (
              <button
                type="button"
                className="button discussion__more"
                disabled={comments.isFetchingNextPage}
                onClick={() => void comments.fetchNextPage()}
              >
                {comments.isFetchingNextPage ? 'Loading more comments…' : 'Load more comments'}
              </button>
            )
          )}
        </>
      ) : comments.isError ? (
        <ErrorPanel error={comments.error} onRetry={() => void comments.refetch()} />
      ) : (
        <SkeletonLines lines={6} label="Loading comments" />
      )}
      {source.canReply && <LeaveReplyForm slug={slug} />}
    </section>
  );
}
